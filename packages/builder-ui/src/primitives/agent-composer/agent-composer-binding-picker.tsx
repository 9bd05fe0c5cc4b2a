import { useCallback, useMemo, type ComponentProps, type ReactNode } from 'react';
import type { AgentDraft, BindingKind, DraftChange } from '../../core/agent-draft.js';
import * as PrimitivePickerPrimitive from '../primitive-picker/index.js';
import { useAgentComposer } from './agent-composer-context.js';

/* In a module of its own: the picker's root (its search index and keyboard navigation) loads only where a
   binding picker renders, so the styled composer fetches it with the first "Add tools". */

const CATALOG_KIND = { tools: 'tool', agents: 'agent', workflows: 'workflow' } as const;

/* -------------------------------------------------------------------------------------------------
 * BindingPicker
 * -----------------------------------------------------------------------------------------------*/

export interface AgentComposerPrimitiveBindingPickerProps extends Omit<
  ComponentProps<typeof PrimitivePickerPrimitive.Root>,
  'value' | 'defaultValue' | 'onValueChange' | 'kinds'
> {
  kind: BindingKind;
  children?: ReactNode;
}

/**
 * A `PrimitivePickerPrimitive.Root` scoped to one kind whose selection is the agent's bindings: toggling an
 * item adds or removes the binding (through the allow-list screen). Compose the picker's parts inside.
 *
 * @example
 * <AgentComposerPrimitive.BindingPicker kind="tools">
 *   <PrimitivePickerPrimitive.Search />
 *   <PrimitivePickerPrimitive.List>…</PrimitivePickerPrimitive.List>
 * </AgentComposerPrimitive.BindingPicker>
 */
export function AgentComposerPrimitiveBindingPicker({
  kind,
  children,
  disabled,
  ...props
}: AgentComposerPrimitiveBindingPickerProps) {
  const composer = useAgentComposer((c) => ({
    messages: c.messages,
    readOnly: c.readOnly,
    change: c.change,
    draft: { [kind]: c.draft[kind] } as Pick<AgentDraft, BindingKind>,
    locked: !!c.state.locks[kind],
  }));
  const prefix = `${CATALOG_KIND[kind]}:`;
  const ids = composer.draft[kind];
  const value = useMemo(() => ids.map((id) => `${prefix}${id}`), [ids, prefix]);
  const { change } = composer;
  const onValueChange = useCallback(
    (next: readonly string[]) => {
      const nextIds = next.filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
      const changes: DraftChange[] = [
        ...nextIds
          .filter((id) => !ids.includes(id))
          .map((id) => ({ type: 'add-binding' as const, kind, id })),
        ...ids
          .filter((id) => !nextIds.includes(id))
          .map((id) => ({ type: 'remove-binding' as const, kind, id })),
      ];
      if (changes.length > 0) change(changes);
    },
    [change, ids, kind, prefix],
  );
  return (
    <PrimitivePickerPrimitive.Root
      showUnavailable
      permission={null}
      aria-label={composer.messages[`agentComposer.bindingsAdd.${kind}`]}
      {...props}
      kinds={[CATALOG_KIND[kind]]}
      value={value}
      onValueChange={onValueChange}
      disabled={composer.readOnly || composer.locked || disabled}
      data-composer-kind={kind}
    >
      {children}
    </PrimitivePickerPrimitive.Root>
  );
}
AgentComposerPrimitiveBindingPicker.displayName = 'AgentComposerPrimitive.BindingPicker';
