import { useEffect, type RefObject } from 'react';
import type { BindingKind } from '../core/agent-draft.js';
import * as AgentComposerPrimitive from '../primitives/agent-composer/index.js';
import * as PrimitivePickerPrimitive from '../primitives/primitive-picker/index.js';
import { PaddockStylesheets } from '../provider/kit-root.js';
import { primitivePickerCss } from '../styles/primitive-picker.js';
import { PickerError } from './primitive-picker.js';

const STYLESHEETS = { 'primitive-picker': primitivePickerCss };

/**
 * The composer's binding picker (its root, search, status, the virtualized list): deferred with the test panel
 * (agent-composer-deferred.ts), so the picker, its search index and virtualizer are not in the composer's first
 * chunk.
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
    <AgentComposerPrimitive.BindingPicker
      kind={kind}
      open
      onOpenChange={(next) => {
        if (!next) onClose();
      }}
    >
      <PaddockStylesheets stylesheets={STYLESHEETS} />
      <PrimitivePickerPrimitive.Search ref={searchRef} />
      <PrimitivePickerPrimitive.Status />
      <PrimitivePickerPrimitive.Loading />
      <PrimitivePickerPrimitive.Error>
        <PickerError />
      </PrimitivePickerPrimitive.Error>
      <PrimitivePickerPrimitive.Empty />
      <PrimitivePickerPrimitive.List estimateSize={64}>
        <PrimitivePickerPrimitive.Item>
          <PrimitivePickerPrimitive.ItemIndicator />
          <span data-slot="paddock-picker-item-heading" data-state="static">
            <PrimitivePickerPrimitive.ItemName />
            <PrimitivePickerPrimitive.ItemId />
          </span>
          <PrimitivePickerPrimitive.ItemDescription />
          <span data-slot="paddock-picker-item-meta" data-state="static">
            <PrimitivePickerPrimitive.ItemRisk />
            <PrimitivePickerPrimitive.ItemApproval />
            <PrimitivePickerPrimitive.ItemUnavailableReason />
          </span>
        </PrimitivePickerPrimitive.Item>
      </PrimitivePickerPrimitive.List>
    </AgentComposerPrimitive.BindingPicker>
  );
}
