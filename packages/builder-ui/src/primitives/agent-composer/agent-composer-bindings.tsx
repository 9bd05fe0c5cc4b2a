import { Fragment, type HTMLAttributes, type ReactNode, type Ref } from 'react';
import type { BindingKind } from '../../core/agent-draft.js';
import type { CatalogItem } from '@paddock/client-sdk';
import { bindingRefusal, type RefusalReason } from '../../core/agent-draft-validation.js';
import { useMessages } from '../../hooks/use-builder.js';
import { primitivePickerMessages } from '../../i18n/primitive-picker.en-US.js';
import { cn } from '../../utils/cn.js';
import { createActionButton, type ActionState } from '../../utils/create-action-button.js';
import { createContext } from '../../utils/create-context.js';
import { useAgentComposer } from './agent-composer-context.js';
import { refusalText, refusedChangeText } from './agent-composer-text.js';

const CATALOG_KIND = { tools: 'tool', agents: 'agent', workflows: 'workflow' } as const;

/* -------------------------------------------------------------------------------------------------
 * BindingList
 * -----------------------------------------------------------------------------------------------*/

export interface AgentComposerPrimitiveBindingListProps extends Omit<
  HTMLAttributes<HTMLUListElement>,
  'children'
> {
  kind: BindingKind;
  /**
   * One row per bound id. @default a `BindingRow` with name, id, risk, approval, refusal reason and remove
   * button, or `BindingEmpty` when nothing is bound
   */
  children?: ((id: string) => ReactNode) | undefined;
  ref?: Ref<HTMLUListElement> | undefined;
}

function useBindingIds(kind: BindingKind): readonly string[] {
  return useAgentComposer((c) => c.draft[kind]);
}

/**
 * The primitives bound to the agent, one `BindingRow` each (`BindingEmpty` when there are none). Renders the
 * `ul`; rows are compound parts, so a host can lay out its own.
 *
 * @selector [data-slot="paddock-composer-bindings"][data-kind="tools" | "agents" | "workflows"]
 * @example
 * <AgentComposerPrimitive.BindingList kind="tools">
 *   {(id) => (
 *     <AgentComposerPrimitive.BindingRow kind="tools" id={id}>
 *       <AgentComposerPrimitive.BindingName />
 *       <AgentComposerPrimitive.BindingRemove />
 *     </AgentComposerPrimitive.BindingRow>
 *   )}
 * </AgentComposerPrimitive.BindingList>
 */
export function AgentComposerPrimitiveBindingList({
  kind,
  className,
  children,
  ...props
}: AgentComposerPrimitiveBindingListProps) {
  const messages = useAgentComposer((c) => c.messages);
  const ids = useBindingIds(kind);
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
        <AgentComposerPrimitiveBindingEmpty kind={kind} />
      ) : (
        ids.map((id) =>
          children ? (
            <Fragment key={id}>{children(id)}</Fragment>
          ) : (
            <AgentComposerPrimitiveBindingRow key={id} kind={kind} id={id}>
              <AgentComposerPrimitiveBindingName />
              <AgentComposerPrimitiveBindingId />
              <AgentComposerPrimitiveBindingRisk />
              <AgentComposerPrimitiveBindingApproval />
              <AgentComposerPrimitiveBindingReason />
              <AgentComposerPrimitiveBindingRemove />
            </AgentComposerPrimitiveBindingRow>
          ),
        )
      )}
    </ul>
  );
}
AgentComposerPrimitiveBindingList.displayName = 'AgentComposerPrimitive.BindingList';

export interface AgentComposerPrimitiveBindingEmptyProps extends HTMLAttributes<HTMLLIElement> {
  kind: BindingKind;
  ref?: Ref<HTMLLIElement> | undefined;
}

/** The `li` saying nothing is bound. @selector [data-slot="paddock-composer-bindings-empty"] */
export function AgentComposerPrimitiveBindingEmpty({
  kind,
  className,
  children,
  ...props
}: AgentComposerPrimitiveBindingEmptyProps) {
  const messages = useAgentComposer((c) => c.messages);
  return (
    <li {...props} data-slot="paddock-composer-bindings-empty" data-state="empty" className={cn(className)}>
      {children ?? messages[`agentComposer.bindingsEmpty.${kind}`]}
    </li>
  );
}
AgentComposerPrimitiveBindingEmpty.displayName = 'AgentComposerPrimitive.BindingEmpty';

interface BindingRowContextValue {
  kind: BindingKind;
  id: string;
  name: string;
  item: CatalogItem | undefined;
  refusal: RefusalReason | null;
  state: 'allowed' | 'refused';
}

const [BindingRowContext, useBindingRowContext] = /* @__PURE__ */ createContext<BindingRowContextValue>(
  'AgentComposerPrimitive.BindingRow',
);

export interface AgentComposerPrimitiveBindingRowProps extends HTMLAttributes<HTMLLIElement> {
  kind: BindingKind;
  id: string;
  ref?: Ref<HTMLLIElement> | undefined;
}

/**
 * One bound primitive (an `li`); its parts read it from here.
 *
 * @selector [data-slot="paddock-composer-binding"][data-state="allowed" | "refused"][data-id="<id>"]
 */
export function AgentComposerPrimitiveBindingRow({
  kind,
  id,
  className,
  children,
  ...props
}: AgentComposerPrimitiveBindingRowProps) {
  const { item, refusal } = useAgentComposer((c) => ({
    item: c.catalogItem(CATALOG_KIND[kind], id),
    refusal: bindingRefusal(c.catalog, kind, id),
  }));
  const state = refusal ? 'refused' : 'allowed';
  const name = item?.name || id;
  return (
    <BindingRowContext value={{ kind, id, name, item, refusal, state }}>
      <li
        {...props}
        data-slot="paddock-composer-binding"
        data-state={state}
        data-id={id}
        className={cn(className)}
      >
        {children}
      </li>
    </BindingRowContext>
  );
}
AgentComposerPrimitiveBindingRow.displayName = 'AgentComposerPrimitive.BindingRow';

type SpanProps = HTMLAttributes<HTMLSpanElement> & { ref?: Ref<HTMLSpanElement> | undefined };

/** The bound primitive's catalog name (its id when the catalog does not name it). @selector [data-slot="paddock-composer-binding-name"] */
export function AgentComposerPrimitiveBindingName({ className, children, ...props }: SpanProps) {
  const row = useBindingRowContext('AgentComposerPrimitive.BindingName');
  return (
    <span
      {...props}
      data-slot="paddock-composer-binding-name"
      data-state={row.state}
      className={cn(className)}
    >
      {children ?? row.name}
    </span>
  );
}
AgentComposerPrimitiveBindingName.displayName = 'AgentComposerPrimitive.BindingName';

/** The id, when it differs from the name; nothing otherwise. @selector [data-slot="paddock-composer-binding-id"] */
export function AgentComposerPrimitiveBindingId({
  className,
  children,
  ...props
}: HTMLAttributes<HTMLElement> & { ref?: Ref<HTMLElement> | undefined }) {
  const row = useBindingRowContext('AgentComposerPrimitive.BindingId');
  if (row.name === row.id) return null;
  return (
    <code {...props} data-slot="paddock-composer-binding-id" data-state={row.state} className={cn(className)}>
      {children ?? row.id}
    </code>
  );
}
AgentComposerPrimitiveBindingId.displayName = 'AgentComposerPrimitive.BindingId';

/** The catalog's risk label; nothing without one. @selector [data-slot="paddock-composer-binding-risk"][data-risk] */
export function AgentComposerPrimitiveBindingRisk({ className, children, ...props }: SpanProps) {
  const row = useBindingRowContext('AgentComposerPrimitive.BindingRisk');
  const kitMessages = useMessages(primitivePickerMessages);
  const risk = row.item?.annotations.risk;
  if (!risk) return null;
  return (
    <span
      {...props}
      data-slot="paddock-composer-binding-risk"
      data-state={risk}
      data-risk={risk}
      className={cn(className)}
    >
      {children ?? kitMessages[`picker.risk.${risk}`]}
    </span>
  );
}
AgentComposerPrimitiveBindingRisk.displayName = 'AgentComposerPrimitive.BindingRisk';

/** "Requires approval" for tools that ask before they run; nothing otherwise. */
export function AgentComposerPrimitiveBindingApproval({ className, children, ...props }: SpanProps) {
  const row = useBindingRowContext('AgentComposerPrimitive.BindingApproval');
  const kitMessages = useMessages(primitivePickerMessages);
  if (!row.item?.annotations.requiresApproval) return null;
  return (
    <span
      {...props}
      data-slot="paddock-composer-binding-approval"
      data-state="requires-approval"
      className={cn(className)}
    >
      {children ?? kitMessages['picker.requiresApproval']}
    </span>
  );
}
AgentComposerPrimitiveBindingApproval.displayName = 'AgentComposerPrimitive.BindingApproval';

/** Why the allow-list refuses this binding; nothing when it is allowed. */
export function AgentComposerPrimitiveBindingReason({ className, children, ...props }: SpanProps) {
  const row = useBindingRowContext('AgentComposerPrimitive.BindingReason');
  const messages = useAgentComposer((c) => c.messages);
  if (!row.refusal) return null;
  return (
    <span
      {...props}
      data-slot="paddock-composer-binding-reason"
      data-state="refused"
      className={cn(className)}
    >
      {children ?? refusalText(messages, row.id, row.refusal)}
    </span>
  );
}
AgentComposerPrimitiveBindingReason.displayName = 'AgentComposerPrimitive.BindingReason';

function useBindingRemoveAction(): ActionState {
  const row = useBindingRowContext('AgentComposerPrimitive.BindingRemove');
  const composer = useAgentComposer((c) => ({
    messages: c.messages,
    change: c.change,
    editable: !c.readOnly && !c.state.locks[row.kind],
  }));
  const { change } = composer;
  return {
    action: () => void change({ type: 'remove-binding', kind: row.kind, id: row.id }),
    reason: null,
    hidden: !composer.editable,
    state: 'idle',
    label: '×',
    attributes: { 'aria-label': composer.messages['agentComposer.bindingRemove'](row.name) },
  };
}

/** Removes the binding; rendered only while the field is editable. @selector [data-slot="paddock-composer-binding-remove"] */
export const AgentComposerPrimitiveBindingRemove = /* @__PURE__ */ createActionButton(
  'AgentComposerPrimitive.BindingRemove',
  'paddock-composer-binding-remove',
  useBindingRemoveAction,
);

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
