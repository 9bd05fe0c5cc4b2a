import {
  useCallback,
  useMemo,
  type ComponentProps,
  type HTMLAttributes,
  type ReactNode,
  type Ref,
} from 'react';
import type { AgentDraft, BindingKind, DraftChange } from '../../core/agent-draft.js';
import { bindingRefusal } from '../../core/agent-draft-validation.js';
import * as PrimitivePickerPrimitive from '../primitive-picker/index.js';
import { useMessages } from '../../hooks/use-builder.js';
import { primitivePickerMessages } from '../../i18n/primitive-picker.en-US.js';
import { cn } from '../../utils/cn.js';
import { useAgentComposer } from './agent-composer-context.js';
import { refusalText, refusedChangeText } from './agent-composer-text.js';

const CATALOG_KIND = { tools: 'tool', agents: 'agent', workflows: 'workflow' } as const;

/* -------------------------------------------------------------------------------------------------
 * BindingList
 * -----------------------------------------------------------------------------------------------*/

export interface AgentComposerPrimitiveBindingListProps extends HTMLAttributes<HTMLUListElement> {
  kind: BindingKind;
  ref?: Ref<HTMLUListElement> | undefined;
}

/**
 * The primitives bound to the agent, each with its name, the reason when the allow-list refuses it, and a
 * remove button. Shows the empty message when there are none.
 *
 * @selector [data-slot="paddock-composer-bindings"][data-kind="tools" | "agents" | "workflows"]
 * @selector [data-slot="paddock-composer-binding"][data-state="allowed" | "refused"]
 */
export function AgentComposerPrimitiveBindingList({
  kind,
  className,
  ...props
}: AgentComposerPrimitiveBindingListProps) {
  const composer = useAgentComposer((c) => ({
    messages: c.messages,
    readOnly: c.readOnly,
    change: c.change,
    catalog: c.catalog,
    catalogItem: c.catalogItem,
    draft: { [kind]: c.draft[kind] } as Pick<AgentDraft, BindingKind>,
    locked: !!c.state.locks[kind],
  }));
  const kitMessages = useMessages(primitivePickerMessages);
  const { messages } = composer;
  const ids = composer.draft[kind];
  const { locked } = composer;
  return (
    <ul
      aria-label={messages[`agentComposer.bindingsList.${kind}`]}
      {...props}
      data-slot="paddock-composer-bindings"
      data-kind={kind}
      data-state={ids.length === 0 ? 'empty' : 'filled'}
      className={cn(className)}
    >
      {ids.length === 0 ? (
        <li data-slot="paddock-composer-bindings-empty" data-state="empty">
          {messages[`agentComposer.bindingsEmpty.${kind}`]}
        </li>
      ) : (
        ids.map((id) => {
          const item = composer.catalogItem(CATALOG_KIND[kind], id);
          const refusal = bindingRefusal(composer.catalog, kind, id);
          const name = item?.name || id;
          const state = refusal ? 'refused' : 'allowed';
          return (
            <li key={id} data-slot="paddock-composer-binding" data-state={state} data-id={id}>
              <span data-slot="paddock-composer-binding-name" data-state={state}>
                {name}
              </span>
              {name !== id ? (
                <code data-slot="paddock-composer-binding-id" data-state={state}>
                  {id}
                </code>
              ) : null}
              {item?.annotations.risk ? (
                <span
                  data-slot="paddock-composer-binding-risk"
                  data-state={item.annotations.risk}
                  data-risk={item.annotations.risk}
                >
                  {kitMessages[`picker.risk.${item.annotations.risk}`]}
                </span>
              ) : null}
              {item?.annotations.requiresApproval ? (
                <span data-slot="paddock-composer-binding-approval" data-state="requires-approval">
                  {kitMessages['picker.requiresApproval']}
                </span>
              ) : null}
              {refusal ? (
                <span data-slot="paddock-composer-binding-reason" data-state="refused">
                  {refusalText(messages, id, refusal)}
                </span>
              ) : null}
              {composer.readOnly || locked ? null : (
                <button
                  type="button"
                  data-slot="paddock-composer-binding-remove"
                  data-state="idle"
                  aria-label={messages['agentComposer.bindingRemove'](name)}
                  onClick={() => composer.change({ type: 'remove-binding', kind, id })}
                >
                  ×
                </button>
              )}
            </li>
          );
        })
      )}
    </ul>
  );
}
AgentComposerPrimitiveBindingList.displayName = 'AgentComposerPrimitive.BindingList';

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

/* -------------------------------------------------------------------------------------------------
 * Refusals
 * -----------------------------------------------------------------------------------------------*/

export interface AgentComposerPrimitiveRefusalsProps extends HTMLAttributes<HTMLParagraphElement> {
  ref?: Ref<HTMLParagraphElement> | undefined;
}

/**
 * Announces edits the kit refused (a binding or model outside the allow-lists, read-only), with the reason.
 * A polite live region, so screen readers hear why nothing changed.
 *
 * @selector [data-slot="paddock-composer-refusals"][data-state="empty" | "refused"]
 */
export function AgentComposerPrimitiveRefusals({ className, ...props }: AgentComposerPrimitiveRefusalsProps) {
  const composer = useAgentComposer((c) => ({ messages: c.messages, state: { refused: c.state.refused } }));
  const refused = composer.state.refused;
  return (
    <p
      role="status"
      {...props}
      data-slot="paddock-composer-refusals"
      data-state={refused.length > 0 ? 'refused' : 'empty'}
      className={cn(className)}
    >
      {refused.map((entry) => refusedChangeText(composer.messages, entry)).join(' ')}
    </p>
  );
}
AgentComposerPrimitiveRefusals.displayName = 'AgentComposerPrimitive.Refusals';
