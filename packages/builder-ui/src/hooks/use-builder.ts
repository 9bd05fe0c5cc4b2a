import type { MastraClient } from '@paddock/client-sdk';
import type { CommonMessages } from '../i18n/common.en-US.js';
import type { PaddockMessageOverrides } from '../i18n/en-US.js';
import { useBuilderContext, type PaddockLinkComponent } from '../provider/builder-context.js';

/** The SDK client from the nearest `BuilderProvider`. */
export function useBuilderClient(): MastraClient {
  return useBuilderContext('useBuilderClient').client;
}

// One merged dictionary per (provider messages, component defaults) pair, shared by every part that asks: a
// virtualized list's rows then read one object instead of each spreading a few hundred keys.
const merged = /* @__PURE__ */ new WeakMap<object, WeakMap<object, object>>();

function mergeMessages<T extends object>(
  defaults: T,
  provided: CommonMessages & PaddockMessageOverrides,
): CommonMessages & T {
  let byDefaults = merged.get(provided);
  if (!byDefaults) {
    byDefaults = new WeakMap();
    merged.set(provided, byDefaults);
  }
  let result = byDefaults.get(defaults);
  if (!result) {
    // The provider's dictionary (the common strings plus every host override) wins over the component's defaults.
    result = { ...defaults, ...provided };
    byDefaults.set(defaults, result);
  }
  return result as CommonMessages & T;
}

/**
 * The messages dictionary: the kit's common strings plus the host's overrides. A component passes its own
 * default dictionary (`useMessages(primitivePickerMessages)`) and gets it merged under the host's overrides, so
 * its strings ship only with the component, not with the provider.
 */
export function useMessages(): CommonMessages;
export function useMessages<T extends object>(defaults: T): CommonMessages & T;
export function useMessages(defaults?: object): CommonMessages {
  const provided = useBuilderContext('useMessages').messages;
  return defaults ? mergeMessages(defaults, provided) : provided;
}

/** The host's router-agnostic link component. */
export function useLinkComponent(): PaddockLinkComponent {
  return useBuilderContext('useLinkComponent').LinkComponent;
}
