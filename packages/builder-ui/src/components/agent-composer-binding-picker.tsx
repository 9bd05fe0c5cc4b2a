import { useEffect, type RefObject } from 'react';
import type { BindingKind } from '../core/agent-draft.js';
import { AgentComposerPrimitiveBindingPicker as BindingPicker } from '../primitives/agent-composer/agent-composer-binding-picker.js';
import {
  PrimitivePickerPrimitiveEmpty as PickerEmpty,
  PrimitivePickerPrimitiveError as PickerErrorAlert,
  PrimitivePickerPrimitiveLoading as PickerLoading,
  PrimitivePickerPrimitiveSearch as PickerSearch,
  PrimitivePickerPrimitiveStatus as PickerStatus,
} from '../primitives/primitive-picker/primitive-picker-controls.js';
import {
  PrimitivePickerPrimitiveItemApproval as PickerItemApproval,
  PrimitivePickerPrimitiveItemDescription as PickerItemDescription,
  PrimitivePickerPrimitiveItemId as PickerItemId,
  PrimitivePickerPrimitiveItemIndicator as PickerItemIndicator,
  PrimitivePickerPrimitiveItemName as PickerItemName,
  PrimitivePickerPrimitiveItemRisk as PickerItemRisk,
  PrimitivePickerPrimitiveItemUnavailableReason as PickerItemUnavailableReason,
} from '../primitives/primitive-picker/primitive-picker-item-parts.js';
import {
  PrimitivePickerPrimitiveItem as PickerItem,
  PrimitivePickerPrimitiveList as PickerList,
} from '../primitives/primitive-picker/primitive-picker-list.js';
import { PaddockStylesheets } from '../provider/kit-root.js';
import { primitivePickerCss } from '../styles/primitive-picker.js';
import { PickerError } from './primitive-picker.js';

const STYLESHEETS = { 'primitive-picker': primitivePickerCss };

// The lazily loaded composer bodies import parts from their modules, not from the primitives' index: a chunk
// that imports the index shares every part module with the page's entry, and the bundler then splits those
// into extra chunks a page loads up front.

/**
 * The composer's binding picker (its root, search, status, the virtualized list), in its own module so the
 * picker, its search index and virtualizer load when a builder first opens "Add tools" (`React.lazy`), not with
 * every composer.
 */
export default function BindingPickerBody({
  kind,
  searchRef,
  onClose,
}: {
  kind: BindingKind;
  searchRef: RefObject<HTMLInputElement | null>;
  /** The picker closed itself (Escape, Enter). */
  onClose: () => void;
}) {
  // The section focuses the search when it opens; a body that arrives later (first load) focuses it itself.
  useEffect(() => {
    searchRef.current?.focus();
  }, [searchRef]);
  return (
    <BindingPicker
      kind={kind}
      open
      onOpenChange={(next) => {
        if (!next) onClose();
      }}
    >
      <PaddockStylesheets stylesheets={STYLESHEETS} />
      <PickerSearch ref={searchRef} />
      <PickerStatus />
      <PickerLoading />
      <PickerErrorAlert>
        <PickerError />
      </PickerErrorAlert>
      <PickerEmpty />
      <PickerList estimateSize={64}>
        <PickerItem>
          <PickerItemIndicator />
          <span data-slot="paddock-picker-item-heading" data-state="static">
            <PickerItemName />
            <PickerItemId />
          </span>
          <PickerItemDescription />
          <span data-slot="paddock-picker-item-meta" data-state="static">
            <PickerItemRisk />
            <PickerItemApproval />
            <PickerItemUnavailableReason />
          </span>
        </PickerItem>
      </PickerList>
    </BindingPicker>
  );
}
