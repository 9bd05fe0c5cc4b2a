import type { ReactNode } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import * as PrimitivePickerPrimitive from '../primitives/primitive-picker/index.js';
import { useBuilderContext } from '../provider/builder-context.js';
import { PaddockRoot } from '../provider/kit-root.js';
import { useMessages } from '../hooks/use-builder.js';
import { useErrorDescription } from '../hooks/use-error-message.js';
import { cn } from '../utils/cn.js';
import { useControllableState } from '../utils/use-controllable-state.js';

/** The selection and data props are the headless root's, documented there. */
export interface PrimitivePickerProps extends Pick<
  PrimitivePickerPrimitive.RootProps,
  | 'value'
  | 'defaultValue'
  | 'onValueChange'
  | 'onConfirm'
  | 'multiple'
  | 'showUnavailable'
  | 'kinds'
  | 'items'
  | 'permission'
  | 'disabled'
> {
  /** `'inline'` renders in place; `'dialog'` renders a trigger button and a modal. @default 'inline' */
  variant?: 'inline' | 'dialog' | undefined;
  /** Whether the dialog is open (dialog variant), controlled. */
  open?: boolean | undefined;
  /** @default false for the dialog variant */
  defaultOpen?: boolean | undefined;
  /** Called when Escape, the overlay, or a confirm closes the picker (inline: Escape and confirm still report it). */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** Which filter groups to offer. @default ['kind', 'risk', 'owner'] */
  filters?: readonly ('kind' | 'risk' | 'owner')[] | undefined;
  /** Class for the picker panel (merged with the kit's). */
  className?: string | undefined;
  /** Dialog variant: content of the trigger button. @default messages['picker.trigger'] */
  trigger?: ReactNode;
}

const DEFAULT_FILTERS = ['kind', 'risk', 'owner'] as const;

function PickerItem() {
  return (
    <PrimitivePickerPrimitive.Item>
      <PrimitivePickerPrimitive.ItemIndicator />
      <span data-slot="paddock-picker-item-heading" data-state="static">
        <PrimitivePickerPrimitive.ItemName />
        <PrimitivePickerPrimitive.ItemKind />
        <PrimitivePickerPrimitive.ItemId />
      </span>
      <PrimitivePickerPrimitive.ItemDescription />
      <span data-slot="paddock-picker-item-meta" data-state="static">
        <PrimitivePickerPrimitive.ItemRisk />
        <PrimitivePickerPrimitive.ItemApproval />
        <PrimitivePickerPrimitive.ItemSideEffects />
        <PrimitivePickerPrimitive.ItemModelStatus />
        <PrimitivePickerPrimitive.ItemUnavailableReason />
      </span>
      <span data-slot="paddock-picker-item-meta" data-state="static">
        <PrimitivePickerPrimitive.ItemOwner />
        <PrimitivePickerPrimitive.ItemContact />
        <PrimitivePickerPrimitive.ItemTags />
      </span>
      <PrimitivePickerPrimitive.ItemSchema />
    </PrimitivePickerPrimitive.Item>
  );
}

function FilterBar({ facets }: { facets: readonly ('kind' | 'risk' | 'owner')[] }) {
  const picker = PrimitivePickerPrimitive.usePrimitivePicker();
  const messages = useMessages();
  const groups = facets.filter(
    (facet) => picker.facets[facet].length > 1 || picker.filters[facet].length > 0,
  );
  if (groups.length === 0) return null;
  return (
    <PrimitivePickerPrimitive.Filters>
      {groups.map((facet) => (
        <PrimitivePickerPrimitive.FilterGroup key={facet} facet={facet}>
          <span data-slot="paddock-picker-filter-group-label" data-state="static" aria-hidden>
            {messages[`picker.filterGroup.${facet}`]}
          </span>
          {picker.facets[facet].map((option) => (
            <PrimitivePickerPrimitive.FilterOption key={option.value} facet={facet} value={option.value} />
          ))}
        </PrimitivePickerPrimitive.FilterGroup>
      ))}
      <PrimitivePickerPrimitive.ClearFilters data-paddock-button="" data-variant="ghost">
        {messages['picker.clearFilters']}
      </PrimitivePickerPrimitive.ClearFilters>
    </PrimitivePickerPrimitive.Filters>
  );
}

function PickerBody({ facets }: { facets: readonly ('kind' | 'risk' | 'owner')[] }) {
  const messages = useMessages();
  return (
    <>
      <div data-slot="paddock-picker-header" data-state="static">
        <PrimitivePickerPrimitive.Search />
        <FilterBar facets={facets} />
        <PrimitivePickerPrimitive.Status />
      </div>
      <PrimitivePickerPrimitive.Loading />
      <PrimitivePickerPrimitive.PolicyNotice />
      <PrimitivePickerPrimitive.Error>
        <PickerError />
      </PrimitivePickerPrimitive.Error>
      <PrimitivePickerPrimitive.Empty />
      <PrimitivePickerPrimitive.List>
        <PickerItem />
      </PrimitivePickerPrimitive.List>
      <div data-slot="paddock-picker-footer" data-state="static">
        <PrimitivePickerPrimitive.SelectionCount />
        <PrimitivePickerPrimitive.ConfirmReason data-slot="paddock-reason" />
        <PrimitivePickerPrimitive.ClearSelection data-paddock-button="" data-variant="ghost">
          {messages['picker.clearSelection']}
        </PrimitivePickerPrimitive.ClearSelection>
        <PrimitivePickerPrimitive.Confirm data-paddock-button="" data-variant="primary">
          {messages['picker.confirm']}
        </PrimitivePickerPrimitive.Confirm>
      </div>
    </>
  );
}

/** The picker's error content (typed message, raw detail, retry); the composer's binding picker reuses it. */
export function PickerError() {
  const picker = PrimitivePickerPrimitive.usePrimitivePicker();
  const description = useErrorDescription(picker.error);
  const messages = useMessages();
  const detail = picker.error instanceof Error ? picker.error.message : null;
  return (
    <>
      <span data-slot="paddock-picker-error-title" data-state="error">
        {messages['picker.errorTitle']}
      </span>
      <span data-slot="paddock-picker-error-message" data-state="error">
        {description?.message}
      </span>
      {detail && detail !== description?.message ? (
        <span data-slot="paddock-picker-error-detail" data-state="error">
          {detail}
        </span>
      ) : null}
      <PrimitivePickerPrimitive.Retry data-paddock-button="">
        {messages['common.retry']}
      </PrimitivePickerPrimitive.Retry>
    </>
  );
}

/**
 * The styled primitive picker: search, filters, a virtualized list of the catalog with risk, owner, schema and
 * model status, and a confirm action that respects the user's permissions. Built only from
 * `PrimitivePickerPrimitive` parts, inside a themed `PaddockRoot`.
 *
 * @example
 * <PrimitivePicker variant="dialog" onConfirm={(keys) => addTools(keys)} showUnavailable />
 */
export function PrimitivePicker({
  variant = 'inline',
  value: valueProp,
  defaultValue,
  onValueChange,
  open: openProp,
  defaultOpen,
  onOpenChange,
  filters = DEFAULT_FILTERS,
  className,
  trigger,
  ...rootProps
}: PrimitivePickerProps) {
  // First, so a picker rendered outside <BuilderProvider> names itself rather than an inner hook.
  useBuilderContext('PrimitivePicker');
  const messages = useMessages();
  // Owned here, not in the picker Root, so the dialog variant keeps the selection across open/close.
  const [value, setValue] = useControllableState<readonly string[]>({
    prop: valueProp,
    defaultProp: defaultValue ?? [],
    onChange: onValueChange,
    caller: 'PrimitivePicker',
  });
  const [open, setOpen] = useControllableState<boolean>({
    prop: openProp,
    defaultProp: defaultOpen ?? variant === 'inline',
    onChange: onOpenChange,
    caller: 'PrimitivePicker',
  });

  if (variant === 'inline') {
    return (
      <PaddockRoot data-slot="paddock-picker-inline-root" data-state={open ? 'open' : 'closed'}>
        <PrimitivePickerPrimitive.Root
          {...rootProps}
          value={value}
          onValueChange={setValue}
          open={open}
          onOpenChange={setOpen}
          aria-label={messages['picker.label']}
          role="region"
          className={cn(className)}
        >
          <PickerBody facets={filters} />
        </PrimitivePickerPrimitive.Root>
      </PaddockRoot>
    );
  }

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <PaddockRoot
        data-slot="paddock-picker-trigger-root"
        data-state={open ? 'open' : 'closed'}
        style={{ display: 'inline-block' }}
      >
        <Dialog.Trigger
          data-paddock-button=""
          data-variant="primary"
          disabled={rootProps.disabled}
          data-slot="paddock-picker-trigger"
        >
          {trigger ?? messages['picker.trigger']}
        </Dialog.Trigger>
      </PaddockRoot>
      <Dialog.Portal>
        {/* The portal content gets its own themed root: the theme and tokens follow it out of the host tree. */}
        <PaddockRoot data-slot="paddock-portal-root" data-state={open ? 'open' : 'closed'}>
          <Dialog.Overlay data-slot="paddock-picker-dialog-overlay" />
          <Dialog.Content data-slot="paddock-picker-dialog-content">
            <Dialog.Title data-slot="paddock-picker-dialog-title" data-state="open">
              {messages['picker.dialogTitle']}
            </Dialog.Title>
            <Dialog.Description data-slot="paddock-picker-dialog-description" data-state="open">
              {messages['picker.dialogDescription']}
            </Dialog.Description>
            <PrimitivePickerPrimitive.Root
              {...rootProps}
              value={value}
              onValueChange={setValue}
              open={open}
              onOpenChange={setOpen}
              className={cn(className)}
            >
              <PickerBody facets={filters} />
            </PrimitivePickerPrimitive.Root>
          </Dialog.Content>
        </PaddockRoot>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
