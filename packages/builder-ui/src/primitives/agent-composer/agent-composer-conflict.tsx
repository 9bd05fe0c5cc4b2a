import {
  Fragment,
  useState,
  type ChangeEvent,
  type HTMLAttributes,
  type InputHTMLAttributes,
  type LabelHTMLAttributes,
  type ReactNode,
  type Ref,
  type TableHTMLAttributes,
  type TdHTMLAttributes,
  type ThHTMLAttributes,
} from 'react';
import type { DraftField } from '../../core/agent-draft.js';
import {
  defaultChoices,
  isBindingField,
  type DraftConflict,
  type FieldConflict,
  type MergeChoice,
} from '../../core/merge-choices.js';
import { useMessages } from '../../hooks/use-builder.js';
import {
  agentComposerConflictMessages,
  type AgentComposerConflictMessages,
} from '../../i18n/agent-composer-conflict.en-US.js';
import { cn } from '../../utils/cn.js';
import { composeEventHandlers } from '../../utils/compose-event-handlers.js';
import { createActionButton, type ActionState } from '../../utils/create-action-button.js';
import { createContext } from '../../utils/create-context.js';
import { useAgentComposer } from './agent-composer-context.js';

/* The conflict resolver as compound parts: one element each, the consumer's props, ref and className on that
   element. Its strings live in their own dictionary (`agentComposerConflictMessages`): the styled composer
   loads these parts only when a conflict shows. */

type Choices = Partial<Record<DraftField, MergeChoice>>;

interface ConflictContextValue {
  conflict: DraftConflict;
  titleId: string;
  /** Every field's choice: the user's picks over the preselection (`defaultChoices`). */
  choices: Choices;
  choose: (field: DraftField, choice: MergeChoice) => void;
  apply: () => void;
}

const [ConflictContext, useConflictContext] = /* @__PURE__ */ createContext<ConflictContextValue>(
  'AgentComposerPrimitive.ConflictResolver',
);

const useConflictMessages = () => useMessages(agentComposerConflictMessages);

/** Readable one-line rendering of a draft field value for the conflict view. */
export function formatFieldValue(messages: AgentComposerConflictMessages, value: unknown): string {
  if (value === null || value === undefined || value === '') return messages['agentComposer.conflict.empty'];
  if (typeof value === 'string') return value;
  if (Array.isArray(value))
    return value.length === 0 ? messages['agentComposer.conflict.empty'] : value.join(', ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['provider'] === 'string' && typeof record['name'] === 'string') {
      return `${record['provider']}/${record['name']}`;
    }
    if (typeof record['enabled'] === 'boolean') {
      return record['enabled']
        ? messages['agentComposer.conflict.memory'](
            Number(record['lastMessages']),
            record['semanticRecall'] === true,
            record['generateTitle'] === true,
          )
        : messages['agentComposer.conflict.empty'];
    }
  }
  return JSON.stringify(value);
}

/* -------------------------------------------------------------------------------------------------
 * ConflictResolver
 * -----------------------------------------------------------------------------------------------*/

export interface AgentComposerPrimitiveConflictResolverProps extends HTMLAttributes<HTMLElement> {
  /**
   * The resolver's parts. @default `ConflictTitle`, `ConflictAnnounce`, `ConflictDescription`,
   * `ConflictTable` and `ConflictApply`
   */
  children?: ReactNode;
  ref?: Ref<HTMLElement> | undefined;
}

/**
 * Shown when someone else saved the agent meanwhile: each differing field side by side (your edit, their
 * version) with a choice per field, then "Apply and save". Nothing is written until the user applies.
 * Renders nothing without a conflict. Renders the `section`; its parts are compound, so a host can lay out
 * its own.
 *
 * A labelled region with a live `role="alert"` summary (`ConflictAnnounce`) rather than a dialog that grabs
 * focus: the conflict usually surfaces from autosave while the user is typing, and moving focus then would
 * swallow keystrokes.
 *
 * @selector [data-slot="paddock-composer-conflict"][data-state="open"]
 * @example
 * <AgentComposerPrimitive.ConflictResolver>
 *   <AgentComposerPrimitive.ConflictTitle />
 *   <AgentComposerPrimitive.ConflictTable>
 *     <AgentComposerPrimitive.ConflictBody>
 *       {(field) => <AgentComposerPrimitive.ConflictRow field={field} />}
 *     </AgentComposerPrimitive.ConflictBody>
 *   </AgentComposerPrimitive.ConflictTable>
 *   <AgentComposerPrimitive.ConflictApply />
 * </AgentComposerPrimitive.ConflictResolver>
 */
export function AgentComposerPrimitiveConflictResolver({
  className,
  children,
  ...props
}: AgentComposerPrimitiveConflictResolverProps) {
  const composer = useAgentComposer((c) => ({
    idFor: c.idFor,
    resolveConflict: c.resolveConflict,
    conflict: c.state.conflict,
  }));
  // The user's picks belong to the conflict they were made on: a newer conflict starts from its own defaults.
  const [picked, setPicked] = useState<{ conflict: DraftConflict | null; choices: Choices }>({
    conflict: null,
    choices: {},
  });
  const { conflict, resolveConflict } = composer;
  if (!conflict) return null;
  const own = picked.conflict === conflict ? picked.choices : {};
  const choices = { ...defaultChoices(conflict), ...own };
  const titleId = composer.idFor('conflict-title');
  const value: ConflictContextValue = {
    conflict,
    titleId,
    choices,
    choose: (field, choice) => setPicked({ conflict, choices: { ...own, [field]: choice } }),
    apply: () => {
      setPicked({ conflict: null, choices: {} });
      void resolveConflict(choices);
    },
  };
  return (
    <ConflictContext value={value}>
      {/* A <section> with a name is a landmark region. */}
      <section
        aria-labelledby={titleId}
        {...props}
        data-slot="paddock-composer-conflict"
        data-state="open"
        className={cn(className)}
      >
        {children ?? (
          <>
            <AgentComposerPrimitiveConflictTitle />
            <AgentComposerPrimitiveConflictAnnounce />
            <AgentComposerPrimitiveConflictDescription />
            <AgentComposerPrimitiveConflictTable />
            <AgentComposerPrimitiveConflictApply />
          </>
        )}
      </section>
    </ConflictContext>
  );
}
AgentComposerPrimitiveConflictResolver.displayName = 'AgentComposerPrimitive.ConflictResolver';

type HeadingProps = HTMLAttributes<HTMLHeadingElement> & { ref?: Ref<HTMLHeadingElement> | undefined };
type ParagraphProps = HTMLAttributes<HTMLParagraphElement> & {
  ref?: Ref<HTMLParagraphElement> | undefined;
};

/** The resolver's heading, which names its region. @selector [data-slot="paddock-composer-conflict-title"] */
export function AgentComposerPrimitiveConflictTitle({ className, children, ...props }: HeadingProps) {
  const { titleId } = useConflictContext('AgentComposerPrimitive.ConflictTitle');
  const m = useConflictMessages();
  return (
    <h3
      {...props}
      id={titleId}
      data-slot="paddock-composer-conflict-title"
      data-state="open"
      className={cn(className)}
    >
      {children ?? m['agentComposer.conflict.title']}
    </h3>
  );
}
AgentComposerPrimitiveConflictTitle.displayName = 'AgentComposerPrimitive.ConflictTitle';

/**
 * The one-sentence summary as `role="alert"`: announced when the conflict appears, without moving focus.
 * @selector [data-slot="paddock-composer-conflict-announce"]
 */
export function AgentComposerPrimitiveConflictAnnounce({ className, children, ...props }: ParagraphProps) {
  useConflictContext('AgentComposerPrimitive.ConflictAnnounce');
  const m = useConflictMessages();
  return (
    <p
      role="alert"
      {...props}
      data-slot="paddock-composer-conflict-announce"
      data-state="open"
      className={cn(className)}
    >
      {children ?? m['agentComposer.conflict.announce']}
    </p>
  );
}
AgentComposerPrimitiveConflictAnnounce.displayName = 'AgentComposerPrimitive.ConflictAnnounce';

/** What happened and that nothing is overwritten until the user applies. @selector [data-slot="paddock-composer-conflict-description"] */
export function AgentComposerPrimitiveConflictDescription({ className, children, ...props }: ParagraphProps) {
  useConflictContext('AgentComposerPrimitive.ConflictDescription');
  const m = useConflictMessages();
  return (
    <p
      {...props}
      data-slot="paddock-composer-conflict-description"
      data-state="open"
      className={cn(className)}
    >
      {children ?? m['agentComposer.conflict.description']}
    </p>
  );
}
AgentComposerPrimitiveConflictDescription.displayName = 'AgentComposerPrimitive.ConflictDescription';

/* -------------------------------------------------------------------------------------------------
 * The table: head, body, one row per differing field
 * -----------------------------------------------------------------------------------------------*/

export interface AgentComposerPrimitiveConflictTableProps extends TableHTMLAttributes<HTMLTableElement> {
  /** @default `ConflictHead` and `ConflictBody` */
  children?: ReactNode;
  ref?: Ref<HTMLTableElement> | undefined;
}

/** The side-by-side `table`. @selector [data-slot="paddock-composer-conflict-table"] */
export function AgentComposerPrimitiveConflictTable({
  className,
  children,
  ...props
}: AgentComposerPrimitiveConflictTableProps) {
  useConflictContext('AgentComposerPrimitive.ConflictTable');
  return (
    <table {...props} data-slot="paddock-composer-conflict-table" data-state="open" className={cn(className)}>
      {children ?? (
        <>
          <AgentComposerPrimitiveConflictHead />
          <AgentComposerPrimitiveConflictBody />
        </>
      )}
    </table>
  );
}
AgentComposerPrimitiveConflictTable.displayName = 'AgentComposerPrimitive.ConflictTable';

type SectionProps = HTMLAttributes<HTMLTableSectionElement> & {
  ref?: Ref<HTMLTableSectionElement> | undefined;
};

/** The `thead`. @default children: a `ConflictHeadRow` @selector [data-slot="paddock-composer-conflict-head"] */
export function AgentComposerPrimitiveConflictHead({ className, children, ...props }: SectionProps) {
  useConflictContext('AgentComposerPrimitive.ConflictHead');
  return (
    <thead {...props} data-slot="paddock-composer-conflict-head" data-state="open" className={cn(className)}>
      {children ?? <AgentComposerPrimitiveConflictHeadRow />}
    </thead>
  );
}
AgentComposerPrimitiveConflictHead.displayName = 'AgentComposerPrimitive.ConflictHead';

type RowProps = HTMLAttributes<HTMLTableRowElement> & { ref?: Ref<HTMLTableRowElement> | undefined };

/**
 * The head's `tr`. @default children: a `ConflictColumn` for the field, your edit and their version
 * @selector [data-slot="paddock-composer-conflict-head-row"]
 */
export function AgentComposerPrimitiveConflictHeadRow({ className, children, ...props }: RowProps) {
  useConflictContext('AgentComposerPrimitive.ConflictHeadRow');
  return (
    <tr {...props} data-slot="paddock-composer-conflict-head-row" data-state="open" className={cn(className)}>
      {children ?? (
        <>
          <AgentComposerPrimitiveConflictColumn column="field" />
          <AgentComposerPrimitiveConflictColumn column="mine" />
          <AgentComposerPrimitiveConflictColumn column="theirs" />
        </>
      )}
    </tr>
  );
}
AgentComposerPrimitiveConflictHeadRow.displayName = 'AgentComposerPrimitive.ConflictHeadRow';

export interface AgentComposerPrimitiveConflictColumnProps extends ThHTMLAttributes<HTMLTableCellElement> {
  column: 'field' | 'mine' | 'theirs';
  ref?: Ref<HTMLTableCellElement> | undefined;
}

/** A column header (`th scope="col"`). @selector [data-slot="paddock-composer-conflict-column"][data-column="field" | "mine" | "theirs"] */
export function AgentComposerPrimitiveConflictColumn({
  column,
  className,
  children,
  ...props
}: AgentComposerPrimitiveConflictColumnProps) {
  useConflictContext('AgentComposerPrimitive.ConflictColumn');
  const m = useConflictMessages();
  return (
    <th
      scope="col"
      {...props}
      data-slot="paddock-composer-conflict-column"
      data-state="open"
      data-column={column}
      className={cn(className)}
    >
      {children ?? m[`agentComposer.conflict.${column}`]}
    </th>
  );
}
AgentComposerPrimitiveConflictColumn.displayName = 'AgentComposerPrimitive.ConflictColumn';

export interface AgentComposerPrimitiveConflictBodyProps extends Omit<SectionProps, 'children'> {
  /** One row per differing field, in form order. @default a `ConflictRow` with its default cells */
  children?: ((field: DraftField) => ReactNode) | undefined;
}

/** The `tbody`, one `ConflictRow` per differing field. @selector [data-slot="paddock-composer-conflict-body"] */
export function AgentComposerPrimitiveConflictBody({
  className,
  children,
  ...props
}: AgentComposerPrimitiveConflictBodyProps) {
  const { conflict } = useConflictContext('AgentComposerPrimitive.ConflictBody');
  return (
    <tbody {...props} data-slot="paddock-composer-conflict-body" data-state="open" className={cn(className)}>
      {conflict.fields.map(({ field }) =>
        children ? (
          <Fragment key={field}>{children(field)}</Fragment>
        ) : (
          <AgentComposerPrimitiveConflictRow key={field} field={field} />
        ),
      )}
    </tbody>
  );
}
AgentComposerPrimitiveConflictBody.displayName = 'AgentComposerPrimitive.ConflictBody';

interface ConflictRowContextValue {
  entry: FieldConflict;
  choice: MergeChoice;
  /** A field only one side changed (or both the same way) needs no decision: `same` shows no choices. */
  decidable: boolean;
  label: string;
  name: string;
}

const [ConflictRowContext, useConflictRowContext] = /* @__PURE__ */ createContext<ConflictRowContextValue>(
  'AgentComposerPrimitive.ConflictRow',
);

export interface AgentComposerPrimitiveConflictRowProps extends RowProps {
  field: DraftField;
  /** @default `ConflictField`, then `ConflictValue` for your edit and for their version */
  children?: ReactNode;
}

/**
 * One differing field (a `tr`); its parts read it from here. Renders nothing for a field that does not differ.
 *
 * @selector [data-slot="paddock-composer-conflict-row"][data-state="decidable" | "same"][data-field][data-kind="mine" | "theirs" | "both" | "same"][data-choice="mine" | "theirs" | "both"]
 */
export function AgentComposerPrimitiveConflictRow({
  field,
  className,
  children,
  ...props
}: AgentComposerPrimitiveConflictRowProps) {
  const { conflict, choices, titleId } = useConflictContext('AgentComposerPrimitive.ConflictRow');
  const label = useAgentComposer((c) => c.messages[`agentComposer.field.${field}`]);
  const entry = conflict.fields.find((candidate) => candidate.field === field);
  if (!entry) return null;
  const choice = choices[field] ?? 'mine';
  const decidable = entry.kind !== 'same';
  return (
    <ConflictRowContext value={{ entry, choice, decidable, label, name: `${titleId}-${field}` }}>
      <tr
        {...props}
        data-slot="paddock-composer-conflict-row"
        data-state={decidable ? 'decidable' : 'same'}
        data-field={field}
        data-kind={entry.kind}
        data-choice={choice}
        className={cn(className)}
      >
        {children ?? (
          <>
            <AgentComposerPrimitiveConflictField />
            <AgentComposerPrimitiveConflictValue side="mine" />
            <AgentComposerPrimitiveConflictValue side="theirs" />
          </>
        )}
      </tr>
    </ConflictRowContext>
  );
}
AgentComposerPrimitiveConflictRow.displayName = 'AgentComposerPrimitive.ConflictRow';

type HeaderCellProps = ThHTMLAttributes<HTMLTableCellElement> & {
  ref?: Ref<HTMLTableCellElement> | undefined;
};

/**
 * The row's header cell (`th scope="row"`). @default children: `ConflictFieldLabel`, `ConflictKind`, `ConflictChoices`
 * @selector [data-slot="paddock-composer-conflict-field"][data-state="mine" | "theirs" | "both" | "same"]
 */
export function AgentComposerPrimitiveConflictField({ className, children, ...props }: HeaderCellProps) {
  const row = useConflictRowContext('AgentComposerPrimitive.ConflictField');
  return (
    <th
      scope="row"
      {...props}
      data-slot="paddock-composer-conflict-field"
      data-state={row.entry.kind}
      className={cn(className)}
    >
      {children ?? (
        <>
          <AgentComposerPrimitiveConflictFieldLabel />
          <AgentComposerPrimitiveConflictKind />
          <AgentComposerPrimitiveConflictChoices />
        </>
      )}
    </th>
  );
}
AgentComposerPrimitiveConflictField.displayName = 'AgentComposerPrimitive.ConflictField';

type SpanProps = HTMLAttributes<HTMLSpanElement> & { ref?: Ref<HTMLSpanElement> | undefined };

/** The field's name. @selector [data-slot="paddock-composer-conflict-field-label"] */
export function AgentComposerPrimitiveConflictFieldLabel({ className, children, ...props }: SpanProps) {
  const row = useConflictRowContext('AgentComposerPrimitive.ConflictFieldLabel');
  return (
    <span
      {...props}
      data-slot="paddock-composer-conflict-field-label"
      data-state={row.entry.kind}
      className={cn(className)}
    >
      {children ?? row.label}
    </span>
  );
}
AgentComposerPrimitiveConflictFieldLabel.displayName = 'AgentComposerPrimitive.ConflictFieldLabel';

/** Who changed the field ("Changed by them"). @selector [data-slot="paddock-composer-conflict-kind"][data-state="mine" | "theirs" | "both" | "same"] */
export function AgentComposerPrimitiveConflictKind({ className, children, ...props }: SpanProps) {
  const row = useConflictRowContext('AgentComposerPrimitive.ConflictKind');
  const m = useConflictMessages();
  return (
    <span
      {...props}
      data-slot="paddock-composer-conflict-kind"
      data-state={row.entry.kind}
      className={cn(className)}
    >
      {children ?? m[`agentComposer.conflict.kind.${row.entry.kind}`]}
    </span>
  );
}
AgentComposerPrimitiveConflictKind.displayName = 'AgentComposerPrimitive.ConflictKind';

/**
 * The field's choices as a `radiogroup` named after the field; nothing when there is nothing to decide.
 * @default children: a `ConflictChoice` for keep mine, take theirs and (bindings only) merge both
 * @selector [data-slot="paddock-composer-conflict-choices"][data-state="mine" | "theirs" | "both"]
 */
export function AgentComposerPrimitiveConflictChoices({ className, children, ...props }: SpanProps) {
  const row = useConflictRowContext('AgentComposerPrimitive.ConflictChoices');
  if (!row.decidable) return null;
  return (
    <span
      role="radiogroup"
      aria-label={row.label}
      {...props}
      data-slot="paddock-composer-conflict-choices"
      data-state={row.choice}
      className={cn(className)}
    >
      {children ?? (
        <>
          <AgentComposerPrimitiveConflictChoice option="mine" />
          <AgentComposerPrimitiveConflictChoice option="theirs" />
          <AgentComposerPrimitiveConflictChoice option="both" />
        </>
      )}
    </span>
  );
}
AgentComposerPrimitiveConflictChoices.displayName = 'AgentComposerPrimitive.ConflictChoices';

const CHOICE_LABEL = {
  mine: 'agentComposer.conflict.keepMine',
  theirs: 'agentComposer.conflict.keepTheirs',
  both: 'agentComposer.conflict.keepBoth',
} as const;

const [ConflictChoiceContext, useConflictChoiceContext] = /* @__PURE__ */ createContext<{
  option: MergeChoice;
}>('AgentComposerPrimitive.ConflictChoice');

export interface AgentComposerPrimitiveConflictChoiceProps extends LabelHTMLAttributes<HTMLLabelElement> {
  option: MergeChoice;
  /** @default a `ConflictRadio`, then the option's words */
  children?: ReactNode;
  ref?: Ref<HTMLLabelElement> | undefined;
}

/**
 * One option (a `label` around its `ConflictRadio`). `both` renders only for bindings, where both sides'
 * additions and removals can be merged.
 *
 * @selector [data-slot="paddock-composer-conflict-choice"][data-state="checked" | "unchecked"][data-option="mine" | "theirs" | "both"]
 */
export function AgentComposerPrimitiveConflictChoice({
  option,
  className,
  children,
  ...props
}: AgentComposerPrimitiveConflictChoiceProps) {
  const row = useConflictRowContext('AgentComposerPrimitive.ConflictChoice');
  const m = useConflictMessages();
  if (option === 'both' && !isBindingField(row.entry.field)) return null;
  return (
    <ConflictChoiceContext value={{ option }}>
      {/* The radio is a part of its own, nested in this label (the label's content names it). */}
      <label
        {...props}
        data-slot="paddock-composer-conflict-choice"
        data-state={row.choice === option ? 'checked' : 'unchecked'}
        data-option={option}
        className={cn(className)}
      >
        {children ?? (
          <>
            <AgentComposerPrimitiveConflictRadio />
            {m[CHOICE_LABEL[option]]}
          </>
        )}
      </label>
    </ConflictChoiceContext>
  );
}
AgentComposerPrimitiveConflictChoice.displayName = 'AgentComposerPrimitive.ConflictChoice';

export interface AgentComposerPrimitiveConflictRadioProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'checked' | 'defaultChecked' | 'value'
> {
  ref?: Ref<HTMLInputElement> | undefined;
}

/** The option's radio button. @selector [data-slot="paddock-composer-conflict-radio"][data-state="checked" | "unchecked"] */
export function AgentComposerPrimitiveConflictRadio({
  className,
  onChange,
  ...props
}: AgentComposerPrimitiveConflictRadioProps) {
  const { choose } = useConflictContext('AgentComposerPrimitive.ConflictRadio');
  const row = useConflictRowContext('AgentComposerPrimitive.ConflictRadio');
  const { option } = useConflictChoiceContext('AgentComposerPrimitive.ConflictRadio');
  const checked = row.choice === option;
  return (
    <input
      name={row.name}
      {...props}
      type="radio"
      value={option}
      checked={checked}
      onChange={composeEventHandlers(onChange, (_event: ChangeEvent<HTMLInputElement>) =>
        choose(row.entry.field, option),
      )}
      data-slot="paddock-composer-conflict-radio"
      data-state={checked ? 'checked' : 'unchecked'}
      className={cn(className)}
    />
  );
}
AgentComposerPrimitiveConflictRadio.displayName = 'AgentComposerPrimitive.ConflictRadio';

export interface AgentComposerPrimitiveConflictValueProps extends TdHTMLAttributes<HTMLTableCellElement> {
  side: 'mine' | 'theirs';
  ref?: Ref<HTMLTableCellElement> | undefined;
}

/**
 * One side's value of the field, as text (`td`); `discarded` when the choice drops it.
 * @selector [data-slot="paddock-composer-conflict-mine" | "paddock-composer-conflict-theirs"][data-state="kept" | "discarded"]
 */
export function AgentComposerPrimitiveConflictValue({
  side,
  className,
  children,
  ...props
}: AgentComposerPrimitiveConflictValueProps) {
  const row = useConflictRowContext('AgentComposerPrimitive.ConflictValue');
  const m = useConflictMessages();
  const discarded = row.choice === (side === 'mine' ? 'theirs' : 'mine');
  return (
    <td
      {...props}
      data-slot={`paddock-composer-conflict-${side}`}
      data-state={discarded ? 'discarded' : 'kept'}
      className={cn(className)}
    >
      {children ?? formatFieldValue(m, row.entry[side])}
    </td>
  );
}
AgentComposerPrimitiveConflictValue.displayName = 'AgentComposerPrimitive.ConflictValue';

/* -------------------------------------------------------------------------------------------------
 * Apply
 * -----------------------------------------------------------------------------------------------*/

function useConflictApplyAction(): ActionState {
  const { apply } = useConflictContext('AgentComposerPrimitive.ConflictApply');
  const m = useConflictMessages();
  return { action: apply, reason: null, state: 'idle', label: m['agentComposer.conflict.apply'] };
}

/**
 * Saves the merge of the chosen sides on top of their version.
 * @selector [data-slot="paddock-composer-conflict-apply"][data-state="idle"]
 */
export const AgentComposerPrimitiveConflictApply = /* @__PURE__ */ createActionButton(
  'AgentComposerPrimitive.ConflictApply',
  'paddock-composer-conflict-apply',
  useConflictApplyAction,
);
