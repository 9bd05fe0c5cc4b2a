import { lazy, Suspense, useId, useRef, useState, type ReactNode } from 'react';
import * as PrimitivePickerPrimitive from '../primitives/primitive-picker/index.js';
import { useBuilderContext } from '../provider/builder-context.js';
import { PaddockRoot } from '../provider/kit-root.js';
import { useMessages } from '../hooks/use-builder.js';
import { primitivePickerMessages } from '../i18n/primitive-picker.en-US.js';
import { primitivePickerCss } from '../styles/primitive-picker.js';
import { useErrorDescription } from '../hooks/use-error-message.js';
import { cn } from '../utils/cn.js';
import { useControllableState } from '../utils/use-controllable-state.js';

const STYLESHEETS = { 'primitive-picker': primitivePickerCss };

// Radix Dialog (about 15 kB gz) loads with the first open, or ahead of it when the pointer or focus reaches the
// trigger: an inline picker, or a page whose dialog stays closed, never downloads it.
const loadDialog = () => import('./primitive-picker-dialog.js');
const PrimitivePickerDialog = lazy(loadDialog);

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
  const messages = useMessages(primitivePickerMessages);
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
  const messages = useMessages(primitivePickerMessages);
  return (
    <>
      <div data-slot="paddock-picker-header" data-state="static">
        <PrimitivePickerPrimitive.Search />
        <FilterBar facets={facets} />
        <PrimitivePickerPrimitive.Status />
      </div>
      <PrimitivePickerPrimitive.Loading />
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
  const messages = useMessages(primitivePickerMessages);
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
  const messages = useMessages(primitivePickerMessages);
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
      <PaddockRoot
        stylesheets={STYLESHEETS}
        data-slot="paddock-picker-inline-root"
        data-state={open ? 'open' : 'closed'}
      >
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
    <PickerDialog
      open={open}
      onOpenChange={setOpen}
      disabled={rootProps.disabled}
      trigger={trigger ?? messages['picker.trigger']}
      title={messages['picker.dialogTitle']}
      description={messages['picker.dialogDescription']}
    >
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
    </PickerDialog>
  );
}

function PickerDialog({
  open,
  onOpenChange,
  disabled,
  trigger,
  title,
  description,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  disabled: boolean | undefined;
  trigger: ReactNode;
  title: string;
  description: string;
  children: ReactNode;
}) {
  const contentId = useId();
  const triggerRef = useRef<HTMLButtonElement>(null);
  // Mounted from the first open on, so Radix can play the closing state instead of vanishing mid-animation.
  const [mounted, setMounted] = useState(open);
  if (open && !mounted) setMounted(true);
  return (
    <>
      <PaddockRoot
        stylesheets={STYLESHEETS}
        data-slot="paddock-picker-trigger-root"
        data-state={open ? 'open' : 'closed'}
        style={{ display: 'inline-block' }}
      >
        <button
          ref={triggerRef}
          type="button"
          aria-haspopup="dialog"
          aria-expanded={open}
          aria-controls={open ? contentId : undefined}
          data-paddock-button=""
          data-variant="primary"
          disabled={disabled}
          data-slot="paddock-picker-trigger"
          data-state={open ? 'open' : 'closed'}
          onPointerEnter={() => void loadDialog()}
          onFocus={() => void loadDialog()}
          onClick={() => onOpenChange(!open)}
        >
          {trigger}
        </button>
      </PaddockRoot>
      {mounted ? (
        <Suspense fallback={null}>
          <PrimitivePickerDialog
            open={open}
            onOpenChange={onOpenChange}
            contentId={contentId}
            title={title}
            description={description}
            stylesheets={STYLESHEETS}
            triggerRef={triggerRef}
          >
            {children}
          </PrimitivePickerDialog>
        </Suspense>
      ) : null}
    </>
  );
}
