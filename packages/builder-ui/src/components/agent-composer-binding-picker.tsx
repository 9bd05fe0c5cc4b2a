import { useEffect, type RefObject } from 'react';
import * as PrimitivePickerPrimitive from '../primitives/primitive-picker/index.js';
import { PaddockStylesheets } from '../provider/kit-root.js';
import { primitivePickerCss } from '../styles/primitive-picker.js';
import { PickerError } from './primitive-picker.js';

const STYLESHEETS = { 'primitive-picker': primitivePickerCss };

/**
 * The inside of the composer's binding picker (search, status, the virtualized list), in its own module so the
 * list and its virtualizer load when a builder first opens "Add tools" (`React.lazy`), not with every composer.
 */
export default function BindingPickerBody({ searchRef }: { searchRef: RefObject<HTMLInputElement | null> }) {
  // The section focuses the search when it opens; a body that arrives later (first load) focuses it itself.
  useEffect(() => {
    searchRef.current?.focus();
  }, [searchRef]);
  return (
    <>
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
    </>
  );
}
