import type { HTMLAttributes, ReactNode, Ref } from 'react';
import { highlightSegments, riskOf, summarizeSchema, type MatchRange } from '../../core/index.js';
import { useMessages } from '../../hooks/use-builder.js';
import { primitivePickerMessages } from '../../i18n/primitive-picker.en-US.js';
import { cn } from '../../utils/cn.js';
import { usePrimitivePickerItem } from './primitive-picker-list.js';

type SpanProps = HTMLAttributes<HTMLSpanElement> & { ref?: Ref<HTMLSpanElement> | undefined };

/* -------------------------------------------------------------------------------------------------
 * Highlight
 * -----------------------------------------------------------------------------------------------*/

export interface PrimitivePickerPrimitiveHighlightProps extends SpanProps {
  text: string;
  ranges: readonly MatchRange[];
}

/**
 * Text with its matched ranges wrapped in `<mark>`. Always rendered as text nodes: catalog strings come from
 * the server and are never interpreted as HTML.
 *
 * @selector [data-slot="paddock-picker-highlight"][data-state="matched" | "plain"]
 * @selector [data-slot="paddock-picker-highlight-match"] (each match, a `mark`)
 */
export function PrimitivePickerPrimitiveHighlight({
  text,
  ranges,
  className,
  ...props
}: PrimitivePickerPrimitiveHighlightProps) {
  return (
    <span
      {...props}
      className={cn(className)}
      data-slot="paddock-picker-highlight"
      data-state={ranges.length ? 'matched' : 'plain'}
    >
      {highlightSegments(text, ranges).map((segment, index) =>
        segment.match ? (
          <mark key={index} data-slot="paddock-picker-highlight-match" data-state="matched">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </span>
  );
}
PrimitivePickerPrimitiveHighlight.displayName = 'PrimitivePickerPrimitive.Highlight';

/* -------------------------------------------------------------------------------------------------
 * Item parts: each renders one span (nothing when the item has no such data) and takes `children` to
 * replace the default content.
 * -----------------------------------------------------------------------------------------------*/

function part(
  slot: string,
  state: string,
  className: string | undefined,
  props: SpanProps,
  content: ReactNode,
) {
  return (
    <span {...props} className={cn(className)} data-slot={`paddock-picker-${slot}`} data-state={state}>
      {props.children ?? content}
    </span>
  );
}

/** The checkbox-like marker. @selector [data-slot="paddock-picker-item-indicator"][data-state="checked" | "unchecked"] */
export function PrimitivePickerPrimitiveItemIndicator({ className, ...props }: SpanProps) {
  const { selected, disabled } = usePrimitivePickerItem();
  return (
    <span
      aria-hidden
      {...props}
      className={cn(className)}
      data-slot="paddock-picker-item-indicator"
      data-state={selected ? 'checked' : 'unchecked'}
      data-disabled={disabled ? '' : undefined}
    />
  );
}
PrimitivePickerPrimitiveItemIndicator.displayName = 'PrimitivePickerPrimitive.ItemIndicator';

/** The name, with search matches highlighted. @selector [data-slot="paddock-picker-item-name"] */
export function PrimitivePickerPrimitiveItemName({ className, ...props }: SpanProps) {
  const { item, match } = usePrimitivePickerItem();
  return part(
    'item-name',
    match.name.length ? 'matched' : 'plain',
    className,
    props,
    <PrimitivePickerPrimitiveHighlight text={item.name} ranges={match.name} />,
  );
}
PrimitivePickerPrimitiveItemName.displayName = 'PrimitivePickerPrimitive.ItemName';

/** The id (registration key or `provider/model`), highlighted. @selector [data-slot="paddock-picker-item-id"] */
export function PrimitivePickerPrimitiveItemId({ className, ...props }: SpanProps) {
  const { item, match } = usePrimitivePickerItem();
  return part(
    'item-id',
    match.id.length ? 'matched' : 'plain',
    className,
    props,
    <PrimitivePickerPrimitiveHighlight text={item.id} ranges={match.id} />,
  );
}
PrimitivePickerPrimitiveItemId.displayName = 'PrimitivePickerPrimitive.ItemId';

/** The description, highlighted; nothing when empty. @selector [data-slot="paddock-picker-item-description"] */
export function PrimitivePickerPrimitiveItemDescription({ className, ...props }: SpanProps) {
  const { item, match } = usePrimitivePickerItem();
  if (!item.description && props.children === undefined) return null;
  return part(
    'item-description',
    match.description.length ? 'matched' : 'plain',
    className,
    props,
    <PrimitivePickerPrimitiveHighlight text={item.description} ranges={match.description} />,
  );
}
PrimitivePickerPrimitiveItemDescription.displayName = 'PrimitivePickerPrimitive.ItemDescription';

/** The kind label. @selector [data-slot="paddock-picker-item-kind"][data-state="tool" | "agent" | "workflow" | "model"] */
export function PrimitivePickerPrimitiveItemKind({ className, ...props }: SpanProps) {
  const { item } = usePrimitivePickerItem();
  const messages = useMessages(primitivePickerMessages);
  return part('item-kind', item.kind, className, props, messages[`picker.kind.${item.kind}`]);
}
PrimitivePickerPrimitiveItemKind.displayName = 'PrimitivePickerPrimitive.ItemKind';

/** The owner, or "No owner declared". @selector [data-slot="paddock-picker-item-owner"][data-state="known" | "unknown"] */
export function PrimitivePickerPrimitiveItemOwner({ className, ...props }: SpanProps) {
  const { item } = usePrimitivePickerItem();
  const messages = useMessages(primitivePickerMessages);
  const owner = item.annotations.owner;
  return part(
    'item-owner',
    owner ? 'known' : 'unknown',
    className,
    props,
    owner ? messages['picker.owner'](owner) : messages['picker.ownerUnknown'],
  );
}
PrimitivePickerPrimitiveItemOwner.displayName = 'PrimitivePickerPrimitive.ItemOwner';

/** The support contact, as text (options must not contain links). @selector [data-slot="paddock-picker-item-contact"] */
export function PrimitivePickerPrimitiveItemContact({ className, ...props }: SpanProps) {
  const { item } = usePrimitivePickerItem();
  const messages = useMessages(primitivePickerMessages);
  const contact = item.annotations.contact;
  if (!contact) return null;
  return part('item-contact', 'known', className, props, messages['picker.contact'](contact));
}
PrimitivePickerPrimitiveItemContact.displayName = 'PrimitivePickerPrimitive.ItemContact';

/**
 * The risk label; an undeclared risk says so rather than passing as "low".
 * @selector [data-slot="paddock-picker-item-risk"][data-risk="low" | "medium" | "high" | "unknown"]
 */
export function PrimitivePickerPrimitiveItemRisk({ className, ...props }: SpanProps) {
  const { item } = usePrimitivePickerItem();
  const messages = useMessages(primitivePickerMessages);
  const risk = riskOf(item);
  return (
    <span
      {...props}
      className={cn(className)}
      data-slot="paddock-picker-item-risk"
      data-state={risk}
      data-risk={risk}
    >
      {props.children ?? messages[`picker.risk.${risk}`]}
    </span>
  );
}
PrimitivePickerPrimitiveItemRisk.displayName = 'PrimitivePickerPrimitive.ItemRisk';

/** "Requires approval", only for items that do. @selector [data-slot="paddock-picker-item-approval"] */
export function PrimitivePickerPrimitiveItemApproval({ className, ...props }: SpanProps) {
  const { item } = usePrimitivePickerItem();
  const messages = useMessages(primitivePickerMessages);
  if (!item.annotations.requiresApproval) return null;
  return part('item-approval', 'required', className, props, messages['picker.requiresApproval']);
}
PrimitivePickerPrimitiveItemApproval.displayName = 'PrimitivePickerPrimitive.ItemApproval';

/** Declared side effects, when any. @selector [data-slot="paddock-picker-item-side-effects"] */
export function PrimitivePickerPrimitiveItemSideEffects({ className, ...props }: SpanProps) {
  const { item } = usePrimitivePickerItem();
  const messages = useMessages(primitivePickerMessages);
  if (item.annotations.sideEffects.length === 0) return null;
  return part(
    'item-side-effects',
    'declared',
    className,
    props,
    messages['picker.sideEffects'](item.annotations.sideEffects),
  );
}
PrimitivePickerPrimitiveItemSideEffects.displayName = 'PrimitivePickerPrimitive.ItemSideEffects';

/** Tags, matched ones highlighted. @selector [data-slot="paddock-picker-item-tags"] */
export function PrimitivePickerPrimitiveItemTags({ className, ...props }: SpanProps) {
  const { item, match } = usePrimitivePickerItem();
  const tags = item.annotations.tags;
  if (tags.length === 0) return null;
  return part(
    'item-tags',
    match.tags.length ? 'matched' : 'plain',
    className,
    props,
    tags.map((tag, index) => (
      <span
        key={tag}
        data-slot="paddock-picker-item-tag"
        data-state={match.tags.includes(index) ? 'matched' : 'plain'}
      >
        {match.tags.includes(index) ? (
          <mark data-slot="paddock-picker-highlight-match" data-state="matched">
            #{tag}
          </mark>
        ) : (
          `#${tag}`
        )}
        {index < tags.length - 1 ? ' ' : null}
      </span>
    )),
  );
}
PrimitivePickerPrimitiveItemTags.displayName = 'PrimitivePickerPrimitive.ItemTags';

export interface PrimitivePickerPrimitiveItemSchemaProps extends SpanProps {
  /** Fields shown before "+N more". @default 4 */
  maxFields?: number | undefined;
}

/**
 * A one-line preview of the input schema: `query: string, limit?: number, +2 more`.
 * @selector [data-slot="paddock-picker-item-schema"][data-state="fields" | "empty"]
 */
export function PrimitivePickerPrimitiveItemSchema({
  maxFields = 4,
  className,
  ...props
}: PrimitivePickerPrimitiveItemSchemaProps) {
  const { item } = usePrimitivePickerItem();
  const messages = useMessages(primitivePickerMessages);
  if (!item.inputSchema || item.kind === 'model') return null;
  const fields = summarizeSchema(item.inputSchema);
  const shown = fields.slice(0, maxFields).map((f) => `${f.name}${f.required ? '' : '?'}: ${f.type}`);
  if (fields.length > maxFields) shown.push(messages['picker.schemaMore'](fields.length - maxFields));
  return part(
    'item-schema',
    fields.length ? 'fields' : 'empty',
    className,
    {
      title: fields
        .map(
          (f) => `${f.name}${f.required ? '' : '?'}: ${f.type}${f.description ? ` (${f.description})` : ''}`,
        )
        .join('\n'),
      ...props,
    },
    messages['picker.schema'](fields.length ? shown.join(', ') : null),
  );
}
PrimitivePickerPrimitiveItemSchema.displayName = 'PrimitivePickerPrimitive.ItemSchema';

/**
 * For models: whether the provider is connected (and whether it is the default).
 * @selector [data-slot="paddock-picker-item-model-status"][data-state="connected" | "disconnected"]
 */
export function PrimitivePickerPrimitiveItemModelStatus({ className, ...props }: SpanProps) {
  const { item } = usePrimitivePickerItem();
  const messages = useMessages(primitivePickerMessages);
  if (!item.model) return null;
  return part(
    'item-model-status',
    item.model.connected ? 'connected' : 'disconnected',
    className,
    props,
    messages['picker.modelStatus'](item.model.providerName, item.model.connected, item.model.isDefault),
  );
}
PrimitivePickerPrimitiveItemModelStatus.displayName = 'PrimitivePickerPrimitive.ItemModelStatus';

/**
 * Why an item cannot be picked; nothing for available items.
 * @selector [data-slot="paddock-picker-item-unavailable-reason"][data-state="not-allow-listed" | "model-policy" | "provider-disconnected" | "unknown"]
 */
export function PrimitivePickerPrimitiveItemUnavailableReason({ className, ...props }: SpanProps) {
  const { item } = usePrimitivePickerItem();
  const messages = useMessages(primitivePickerMessages);
  if (item.available) return null;
  const reason = item.unavailableReason ?? 'unknown';
  return part('item-unavailable-reason', reason, className, props, messages[`picker.unavailable.${reason}`]);
}
PrimitivePickerPrimitiveItemUnavailableReason.displayName = 'PrimitivePickerPrimitive.ItemUnavailableReason';
