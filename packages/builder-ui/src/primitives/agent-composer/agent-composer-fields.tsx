import type {
  ChangeEvent,
  HTMLAttributes,
  InputHTMLAttributes,
  LabelHTMLAttributes,
  ReactNode,
  Ref,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'react';
import type { AgentDraft, BindingKind, DraftField, DraftMemory } from '../../core/agent-draft.js';
import type { IssueField } from '../../core/agent-draft-validation.js';
import { estimateTokens } from '../../core/agent-draft.js';
import { cn } from '../../utils/cn.js';
import { composeEventHandlers } from '../../utils/compose-event-handlers.js';
import { useAgentComposer, type AgentComposerSection } from './agent-composer-context.js';
import { issueText, refusalText } from './agent-composer-text.js';

/* -------------------------------------------------------------------------------------------------
 * Section
 * -----------------------------------------------------------------------------------------------*/

export interface AgentComposerPrimitiveSectionProps extends HTMLAttributes<HTMLElement> {
  section: AgentComposerSection;
  ref?: Ref<HTMLElement> | undefined;
}

/**
 * A group of fields; renders nothing when the `sections` prop or the server's builder features hide it.
 *
 * @selector [data-slot="paddock-composer-section"][data-section="<name>"]
 * @selector [data-state="editable" | "read-only"]
 */
export function AgentComposerPrimitiveSection({
  section,
  className,
  children,
  ...props
}: AgentComposerPrimitiveSectionProps) {
  const composer = useAgentComposer((c) => ({
    visible: c.isSectionVisible(section),
    messages: c.messages,
    readOnly: c.readOnly,
  }));
  if (!composer.visible) return null;
  return (
    <section
      aria-label={composer.messages[`agentComposer.section.${section}`]}
      {...props}
      data-slot="paddock-composer-section"
      data-section={section}
      data-state={composer.readOnly ? 'read-only' : 'editable'}
      className={cn(className)}
    >
      {children}
    </section>
  );
}
AgentComposerPrimitiveSection.displayName = 'AgentComposerPrimitive.Section';

export interface AgentComposerPrimitiveSectionTitleProps extends HTMLAttributes<HTMLHeadingElement> {
  section: AgentComposerSection;
  ref?: Ref<HTMLHeadingElement> | undefined;
}

/** The section's heading (`h3`), text from messages unless children are given. */
export function AgentComposerPrimitiveSectionTitle({
  section,
  className,
  children,
  ...props
}: AgentComposerPrimitiveSectionTitleProps) {
  const composer = useAgentComposer((c) => ({ messages: c.messages }));
  return (
    <h3 {...props} data-slot="paddock-composer-section-title" data-state="static" className={cn(className)}>
      {children ?? composer.messages[`agentComposer.section.${section}`]}
    </h3>
  );
}
AgentComposerPrimitiveSectionTitle.displayName = 'AgentComposerPrimitive.SectionTitle';

/* -------------------------------------------------------------------------------------------------
 * Label / FieldIssues
 * -----------------------------------------------------------------------------------------------*/

type LabelledField = 'id' | 'name' | 'description' | 'instructions' | 'model' | 'visibility' | 'team';

export interface AgentComposerPrimitiveLabelProps extends LabelHTMLAttributes<HTMLLabelElement> {
  field: LabelledField;
  ref?: Ref<HTMLLabelElement> | undefined;
}

/** The `<label>` of a field part, wired to its control. */
export function AgentComposerPrimitiveLabel({
  field,
  className,
  children,
  ...props
}: AgentComposerPrimitiveLabelProps) {
  const composer = useAgentComposer((c) => ({
    messages: c.messages,
    idFor: c.idFor,
    invalid: c.issuesFor(field).length > 0,
  }));
  const { invalid } = composer;
  return (
    <label
      {...props}
      id={composer.idFor(field, 'label')}
      htmlFor={composer.idFor(field)}
      data-slot="paddock-composer-label"
      data-state={invalid ? 'invalid' : 'valid'}
      className={cn(className)}
    >
      {children ?? composer.messages[`agentComposer.field.${field}`]}
    </label>
  );
}
AgentComposerPrimitiveLabel.displayName = 'AgentComposerPrimitive.Label';

export interface AgentComposerPrimitiveFieldIssuesProps extends HTMLAttributes<HTMLParagraphElement> {
  field: IssueField;
  ref?: Ref<HTMLParagraphElement> | undefined;
}

/**
 * The field's problems as text (required, too long, outside the allow-list, name taken). Always rendered so
 * the control can point `aria-describedby` at it; empty when there is nothing to say.
 *
 * @selector [data-slot="paddock-composer-issues"][data-state="invalid" | "valid"]
 */
export function AgentComposerPrimitiveFieldIssues({
  field,
  className,
  ...props
}: AgentComposerPrimitiveFieldIssuesProps) {
  const composer = useAgentComposer((c) => ({
    messages: c.messages,
    idFor: c.idFor,
    issues: c.issuesFor(field),
  }));
  const { issues } = composer;
  return (
    <p
      {...props}
      id={composer.idFor(field, 'issues')}
      data-slot="paddock-composer-issues"
      data-state={issues.length > 0 ? 'invalid' : 'valid'}
      data-field={field}
      className={cn(className)}
    >
      {issues.map((issue) => issueText(composer.messages, issue)).join(' ')}
    </p>
  );
}
AgentComposerPrimitiveFieldIssues.displayName = 'AgentComposerPrimitive.FieldIssues';

function useFieldProps<F extends DraftField>(field: F, hint = false) {
  // Only this field's value: typing in another field does not re-render this one.
  const composer = useAgentComposer((c) => ({
    messages: c.messages,
    idFor: c.idFor,
    readOnly: c.readOnly,
    change: c.change,
    modelOptions: c.modelOptions,
    defaultModel: c.defaultModel,
    modelLock: c.modelLock,
    draft: { [field]: c.draft[field] } as Pick<AgentDraft, F>,
    invalid: c.issuesFor(field).length > 0,
    locked: c.state.locks[field],
    dirty: c.state.dirtyFields.includes(field),
  }));
  const { invalid, locked } = composer;
  const describedBy = [
    hint ? composer.idFor(field, 'hint') : null,
    // A locked field says why (LockReason), like the model does: "disabled with the reason".
    locked ? composer.idFor(field, 'lock') : null,
    composer.idFor(field, 'issues'),
  ]
    .filter(Boolean)
    .join(' ');
  return {
    composer,
    invalid,
    locked,
    common: {
      id: composer.idFor(field),
      'aria-invalid': invalid || undefined,
      'aria-describedby': describedBy,
      'data-state': locked ? 'locked' : composer.readOnly ? 'read-only' : invalid ? 'invalid' : 'valid',
      'data-dirty': composer.dirty ? '' : undefined,
    },
  };
}

/* -------------------------------------------------------------------------------------------------
 * Text fields
 * -----------------------------------------------------------------------------------------------*/

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue'> & {
  ref?: Ref<HTMLInputElement> | undefined;
};

function textInput(
  field: 'name' | 'description' | 'team',
  slot: string,
  displayName: string,
  placeholderKey?: string,
) {
  function Part({ className, onChange, ...props }: InputProps) {
    const { composer, locked, common } = useFieldProps(field);
    const placeholder = placeholderKey
      ? (composer.messages as unknown as Record<string, string>)[placeholderKey]
      : undefined;
    return (
      <input
        type="text"
        placeholder={placeholder}
        required={field === 'name' || undefined}
        {...props}
        {...common}
        readOnly={composer.readOnly || !!locked || props.readOnly}
        value={composer.draft[field]}
        onChange={composeEventHandlers(onChange, (event: ChangeEvent<HTMLInputElement>) =>
          composer.change({ type: 'set', field, value: event.target.value }),
        )}
        data-slot={slot}
        className={cn(className)}
      />
    );
  }
  Part.displayName = displayName;
  return Part;
}

/** The agent's name (required). @selector [data-slot="paddock-composer-name"] */
export const AgentComposerPrimitiveName = /* @__PURE__ */ textInput(
  'name',
  'paddock-composer-name',
  'AgentComposerPrimitive.Name',
  'agentComposer.namePlaceholder',
);
/** One-sentence description. @selector [data-slot="paddock-composer-description"] */
export const AgentComposerPrimitiveDescription = /* @__PURE__ */ textInput(
  'description',
  'paddock-composer-description',
  'AgentComposerPrimitive.Description',
  'agentComposer.descriptionPlaceholder',
);
/** Team metadata (`metadata.team`). @selector [data-slot="paddock-composer-team"] */
export const AgentComposerPrimitiveTeam = /* @__PURE__ */ textInput(
  'team',
  'paddock-composer-team',
  'AgentComposerPrimitive.Team',
  'agentComposer.teamPlaceholder',
);

/**
 * The id a new agent will be created with: proposed from the name (a readable slug, or `agent-<random>` for a
 * name in another script, which Mastra cannot derive an id from) and editable until the first save. Renders
 * nothing once the agent exists. Pair with `Label field="id"`, `AgentIdHint` and `FieldIssues field="id"`.
 *
 * @selector [data-slot="paddock-composer-agent-id"][data-state="proposed" | "edited" | "invalid"]
 */
export function AgentComposerPrimitiveAgentId({ className, onChange, ...props }: InputProps) {
  const composer = useAgentComposer((c) => ({
    messages: c.messages,
    idFor: c.idFor,
    readOnly: c.readOnly,
    setNewAgentId: c.setNewAgentId,
    invalid: c.issuesFor('id').length > 0,
    state: {
      agentId: c.state.agentId,
      newAgentId: c.state.newAgentId,
      newAgentIdEdited: c.state.newAgentIdEdited,
    },
  }));
  const id = composer.state.newAgentId;
  if (composer.state.agentId !== null || id === null) return null;
  const { invalid } = composer;
  return (
    <input
      type="text"
      spellCheck={false}
      autoComplete="off"
      required
      {...props}
      id={composer.idFor('id')}
      aria-invalid={invalid || undefined}
      aria-describedby={`${composer.idFor('id', 'hint')} ${composer.idFor('id', 'issues')}`}
      readOnly={composer.readOnly || props.readOnly}
      value={id}
      onChange={composeEventHandlers(onChange, (event: ChangeEvent<HTMLInputElement>) =>
        composer.setNewAgentId(event.target.value),
      )}
      data-slot="paddock-composer-agent-id"
      data-state={invalid ? 'invalid' : composer.state.newAgentIdEdited ? 'edited' : 'proposed'}
      className={cn(className)}
    />
  );
}
AgentComposerPrimitiveAgentId.displayName = 'AgentComposerPrimitive.AgentId';

/** What the agent id is for; rendered only before the first save. @selector [data-slot="paddock-composer-agent-id-hint"] */
export function AgentComposerPrimitiveAgentIdHint({
  className,
  children,
  ...props
}: HTMLAttributes<HTMLParagraphElement>) {
  const composer = useAgentComposer((c) => ({
    messages: c.messages,
    idFor: c.idFor,
    state: { agentId: c.state.agentId, newAgentId: c.state.newAgentId },
  }));
  if (composer.state.agentId !== null || composer.state.newAgentId === null) return null;
  return (
    <p
      {...props}
      id={composer.idFor('id', 'hint')}
      data-slot="paddock-composer-agent-id-hint"
      data-state="static"
      className={cn(className)}
    >
      {children ?? composer.messages['agentComposer.idHint']}
    </p>
  );
}
AgentComposerPrimitiveAgentIdHint.displayName = 'AgentComposerPrimitive.AgentIdHint';

export interface AgentComposerPrimitiveInstructionsProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'value' | 'defaultValue'
> {
  ref?: Ref<HTMLTextAreaElement> | undefined;
}

/**
 * The system instructions, multi-line. Described by `InstructionsStats` (length and token estimate).
 *
 * @selector [data-slot="paddock-composer-instructions"][data-state="valid" | "invalid" | "read-only" | "locked"]
 */
export function AgentComposerPrimitiveInstructions({
  className,
  onChange,
  ...props
}: AgentComposerPrimitiveInstructionsProps) {
  const { composer, locked, common } = useFieldProps('instructions', true);
  return (
    <textarea
      rows={10}
      placeholder={composer.messages['agentComposer.instructionsPlaceholder']}
      required
      {...props}
      {...common}
      readOnly={composer.readOnly || !!locked || props.readOnly}
      value={composer.draft.instructions}
      onChange={composeEventHandlers(onChange, (event: ChangeEvent<HTMLTextAreaElement>) =>
        composer.change({ type: 'set', field: 'instructions', value: event.target.value }),
      )}
      data-slot="paddock-composer-instructions"
      className={cn(className)}
    />
  );
}
AgentComposerPrimitiveInstructions.displayName = 'AgentComposerPrimitive.Instructions';

export interface AgentComposerPrimitiveInstructionsStatsProps extends HTMLAttributes<HTMLParagraphElement> {
  ref?: Ref<HTMLParagraphElement> | undefined;
}

/** "1,234 characters · about 310 tokens" for the instructions. @selector [data-slot="paddock-composer-instructions-stats"] */
export function AgentComposerPrimitiveInstructionsStats({
  className,
  ...props
}: AgentComposerPrimitiveInstructionsStatsProps) {
  const composer = useAgentComposer((c) => ({
    messages: c.messages,
    idFor: c.idFor,
    draft: { instructions: c.draft.instructions },
  }));
  const text = composer.draft.instructions;
  const tokens = estimateTokens(text);
  return (
    <p
      {...props}
      id={composer.idFor('instructions', 'hint')}
      data-slot="paddock-composer-instructions-stats"
      data-state={text.length === 0 ? 'empty' : 'filled'}
      data-characters={text.length}
      data-tokens={tokens}
      className={cn(className)}
    >
      {composer.messages['agentComposer.instructionsStats'](text.length, tokens)}
    </p>
  );
}
AgentComposerPrimitiveInstructionsStats.displayName = 'AgentComposerPrimitive.InstructionsStats';

/* -------------------------------------------------------------------------------------------------
 * Model
 * -----------------------------------------------------------------------------------------------*/

export interface AgentComposerPrimitiveModelSelectProps extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'value' | 'defaultValue' | 'children'
> {
  ref?: Ref<HTMLSelectElement> | undefined;
}

const SERVER_DEFAULT = '';

/**
 * The model, from the policy-filtered catalog models; the default is preselected. Disabled when the policy
 * pins or hides the model (see `ModelLockReason`). Models the policy refuses are listed disabled with why.
 *
 * @selector [data-slot="paddock-composer-model"][data-state="valid" | "invalid" | "read-only" | "locked"]
 */
export function AgentComposerPrimitiveModelSelect({
  className,
  onChange,
  ...props
}: AgentComposerPrimitiveModelSelectProps) {
  const { composer, common } = useFieldProps('model', true);
  const { draft, modelOptions, defaultModel, modelLock, messages } = composer;
  const current = draft.model ? `${draft.model.provider}/${draft.model.name}` : SERVER_DEFAULT;
  const defaultKey = defaultModel ? `${defaultModel.provider}/${defaultModel.modelId}` : null;
  const options = modelOptions.filter((option) => option.available || option.key === current);
  const currentKnown = current === SERVER_DEFAULT || options.some((option) => option.key === current);
  return (
    <select
      {...props}
      {...common}
      aria-describedby={[
        modelLock ? composer.idFor('model', 'hint') : null,
        composer.idFor('model', 'issues'),
      ]
        .filter(Boolean)
        .join(' ')}
      data-state={modelLock ? 'locked' : common['data-state']}
      disabled={composer.readOnly || modelLock !== null || props.disabled}
      // With no explicit model the server applies its default: show that option as chosen.
      value={
        current === SERVER_DEFAULT && defaultKey && options.some((o) => o.key === defaultKey)
          ? defaultKey
          : current
      }
      onChange={composeEventHandlers(onChange, (event: ChangeEvent<HTMLSelectElement>) => {
        const option = modelOptions.find((entry) => entry.key === event.target.value);
        composer.change({
          type: 'set',
          field: 'model',
          value: option ? { provider: option.provider, name: option.modelId } : null,
        });
      })}
      data-slot="paddock-composer-model"
      className={cn(className)}
    >
      {defaultKey && options.some((o) => o.key === defaultKey) ? null : (
        <option value={SERVER_DEFAULT}>{messages['agentComposer.modelServerDefault']}</option>
      )}
      {!currentKnown ? (
        <option value={current} disabled>
          {current}
        </option>
      ) : null}
      {options.map((option) => {
        const label =
          option.key === defaultKey ? messages['agentComposer.modelDefault'](option.label) : option.label;
        return (
          <option
            key={option.key}
            value={option.key}
            disabled={!option.available}
            data-slot="paddock-composer-model-option"
            data-state={
              !option.available ? 'unavailable' : option.key === defaultKey ? 'default' : 'available'
            }
          >
            {option.available
              ? label
              : messages['agentComposer.modelOptionUnavailable'](
                  label,
                  refusalText(messages, option.key, option.unavailableReason ?? 'model-policy'),
                )}
          </option>
        );
      })}
    </select>
  );
}
AgentComposerPrimitiveModelSelect.displayName = 'AgentComposerPrimitive.ModelSelect';

export interface AgentComposerPrimitiveModelLockReasonProps extends HTMLAttributes<HTMLParagraphElement> {
  ref?: Ref<HTMLParagraphElement> | undefined;
}

/** Why the model cannot be changed; renders nothing when it can. @selector [data-slot="paddock-composer-model-lock"][data-state="pinned" | "hidden" | "conditional"] */
export function AgentComposerPrimitiveModelLockReason({
  className,
  ...props
}: AgentComposerPrimitiveModelLockReasonProps) {
  const composer = useAgentComposer((c) => ({
    messages: c.messages,
    idFor: c.idFor,
    modelLock: c.modelLock,
  }));
  if (!composer.modelLock) return null;
  return (
    <p
      {...props}
      id={composer.idFor('model', 'hint')}
      data-slot="paddock-composer-model-lock"
      data-state={composer.modelLock}
      className={cn(className)}
    >
      {composer.messages[`agentComposer.modelLocked.${composer.modelLock}`]}
    </p>
  );
}
AgentComposerPrimitiveModelLockReason.displayName = 'AgentComposerPrimitive.ModelLockReason';

/* -------------------------------------------------------------------------------------------------
 * LockReason
 * -----------------------------------------------------------------------------------------------*/

export interface AgentComposerPrimitiveLockReasonProps extends HTMLAttributes<HTMLParagraphElement> {
  /** The locked field whose reason to show (the model has its own `ModelLockReason`). */
  field: 'instructions' | 'memory' | BindingKind;
  ref?: Ref<HTMLParagraphElement> | undefined;
}

const LOCK_MESSAGE = {
  instructions: 'agentComposer.instructionsLocked',
  memory: 'agentComposer.memoryLocked',
  tools: 'agentComposer.bindingLocked',
  agents: 'agentComposer.bindingLocked',
  workflows: 'agentComposer.bindingLocked',
} as const;

/**
 * Why a field the stored agent defines in a shape the composer cannot edit (instruction blocks, conditional
 * variants) is locked; the field's controls point `aria-describedby` at it. Renders nothing when unlocked.
 *
 * @selector [data-slot="paddock-composer-lock-reason"][data-field="<field>"][data-state="instruction-blocks" | "conditional"]
 */
export function AgentComposerPrimitiveLockReason({
  field,
  className,
  children,
  ...props
}: AgentComposerPrimitiveLockReasonProps) {
  const composer = useAgentComposer((c) => ({
    messages: c.messages,
    idFor: c.idFor,
    lock: c.state.locks[field],
  }));
  const { lock } = composer;
  if (!lock) return null;
  return (
    <p
      {...props}
      id={composer.idFor(field, 'lock')}
      data-slot="paddock-composer-lock-reason"
      data-field={field}
      data-state={lock}
      className={cn(className)}
    >
      {children ?? composer.messages[LOCK_MESSAGE[field]]}
    </p>
  );
}
AgentComposerPrimitiveLockReason.displayName = 'AgentComposerPrimitive.LockReason';

/* -------------------------------------------------------------------------------------------------
 * Memory
 * -----------------------------------------------------------------------------------------------*/

export interface AgentComposerPrimitiveMemoryOptionProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'defaultValue' | 'checked' | 'type'
> {
  /** Which memory setting this control edits. */
  option: keyof DraftMemory;
  /** Label text. @default the option's message */
  children?: ReactNode;
  ref?: Ref<HTMLInputElement> | undefined;
}

const MEMORY_LABEL = {
  enabled: 'agentComposer.memory',
  lastMessages: 'agentComposer.memoryLastMessages',
  semanticRecall: 'agentComposer.memorySemanticRecall',
  generateTitle: 'agentComposer.memoryGenerateTitle',
} as const;

/**
 * One memory setting: a checkbox (`enabled`, `semanticRecall`, `generateTitle`) or a number
 * (`lastMessages`), inside its `<label>`. Options other than `enabled` are disabled while memory is off.
 *
 * @selector [data-slot="paddock-composer-memory-option"][data-option="<option>"][data-state="on" | "off"]
 */
export function AgentComposerPrimitiveMemoryOption({
  option,
  className,
  children,
  onChange,
  ...props
}: AgentComposerPrimitiveMemoryOptionProps) {
  const composer = useAgentComposer((c) => ({
    messages: c.messages,
    idFor: c.idFor,
    readOnly: c.readOnly,
    change: c.change,
    draft: { memory: c.draft.memory },
    locked: !!c.state.locks.memory,
  }));
  const memory = composer.draft.memory;
  const { locked } = composer;
  const disabled = composer.readOnly || locked || (option !== 'enabled' && !memory.enabled) || props.disabled;
  const label = children ?? composer.messages[MEMORY_LABEL[option]];
  const isNumber = option === 'lastMessages';
  return (
    <label
      data-slot="paddock-composer-memory-option"
      data-option={option}
      data-state={(isNumber ? memory.enabled : memory[option]) ? 'on' : 'off'}
      className={cn(className)}
    >
      <input
        aria-describedby={locked ? composer.idFor('memory', 'lock') : undefined}
        {...props}
        type={isNumber ? 'number' : 'checkbox'}
        min={isNumber ? 1 : undefined}
        max={isNumber ? 100 : undefined}
        disabled={disabled}
        {...(isNumber ? { value: memory.lastMessages } : { checked: memory[option] as boolean })}
        onChange={composeEventHandlers(onChange, (event: ChangeEvent<HTMLInputElement>) => {
          const next = isNumber
            ? Math.max(1, Math.min(100, Number(event.target.value) || 1))
            : event.target.checked;
          composer.change({ type: 'memory', value: { [option]: next } });
        })}
        data-slot="paddock-composer-memory-input"
        data-state={disabled ? 'disabled' : (isNumber ? memory.enabled : memory[option]) ? 'on' : 'off'}
      />
      <span data-slot="paddock-composer-memory-label" data-state={disabled ? 'disabled' : 'enabled'}>
        {label}
      </span>
    </label>
  );
}
AgentComposerPrimitiveMemoryOption.displayName = 'AgentComposerPrimitive.MemoryOption';

/* -------------------------------------------------------------------------------------------------
 * Sharing: visibility, owner
 * -----------------------------------------------------------------------------------------------*/

export interface AgentComposerPrimitiveVisibilityProps extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'value' | 'defaultValue' | 'children'
> {
  ref?: Ref<HTMLSelectElement> | undefined;
}

/** Private or public. @selector [data-slot="paddock-composer-visibility"][data-value="private" | "public"] */
export function AgentComposerPrimitiveVisibility({
  className,
  onChange,
  ...props
}: AgentComposerPrimitiveVisibilityProps) {
  const { composer, common } = useFieldProps('visibility');
  return (
    <select
      {...props}
      {...common}
      disabled={composer.readOnly || props.disabled}
      value={composer.draft.visibility}
      onChange={composeEventHandlers(onChange, (event: ChangeEvent<HTMLSelectElement>) =>
        composer.change({
          type: 'set',
          field: 'visibility',
          value: event.target.value === 'public' ? 'public' : 'private',
        }),
      )}
      data-slot="paddock-composer-visibility"
      data-value={composer.draft.visibility}
      className={cn(className)}
    >
      <option value="private">{composer.messages['agentComposer.visibility.private']}</option>
      <option value="public">{composer.messages['agentComposer.visibility.public']}</option>
    </select>
  );
}
AgentComposerPrimitiveVisibility.displayName = 'AgentComposerPrimitive.Visibility';

export interface AgentComposerPrimitiveOwnerProps extends HTMLAttributes<HTMLSpanElement> {
  ref?: Ref<HTMLSpanElement> | undefined;
}

/**
 * Who owns the agent (shown, never edited: the server sets it from the signed-in user).
 *
 * @selector [data-slot="paddock-composer-owner"][data-state="you" | "other" | "unknown"]
 */
export function AgentComposerPrimitiveOwner({ className, ...props }: AgentComposerPrimitiveOwnerProps) {
  const composer = useAgentComposer((c) => ({
    messages: c.messages,
    user: c.user,
    state: { record: c.state.record },
  }));
  const record = composer.state.record as {
    authorId?: string | null;
    author?: { name?: string | null } | null;
  } | null;
  const ownerId = record ? (record.authorId ?? null) : (composer.user?.id ?? null);
  const you = ownerId !== null && ownerId === composer.user?.id;
  const name = record?.author?.name ?? (you ? (composer.user?.name ?? ownerId) : ownerId);
  return (
    <span
      {...props}
      data-slot="paddock-composer-owner"
      data-state={ownerId === null ? 'unknown' : you ? 'you' : 'other'}
      className={cn(className)}
    >
      {ownerId === null
        ? composer.messages['agentComposer.ownerUnknown']
        : you
          ? composer.messages['agentComposer.ownerYou'](name ?? ownerId)
          : name}
    </span>
  );
}
AgentComposerPrimitiveOwner.displayName = 'AgentComposerPrimitive.Owner';
