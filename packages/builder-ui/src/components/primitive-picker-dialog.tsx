import type { ReactNode, RefObject } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { PaddockRoot, type PaddockStylesheet } from '../provider/kit-root.js';

export interface PrimitivePickerDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  contentId: string;
  title: string;
  description: string;
  stylesheets: PaddockStylesheet;
  /** Where focus returns when the dialog closes: the picker's own trigger (not a Radix `Dialog.Trigger`). */
  triggerRef: RefObject<HTMLButtonElement | null>;
  children: ReactNode;
}

/**
 * The modal half of `<PrimitivePicker variant="dialog">`, in its own module so that Radix Dialog is loaded only
 * when a picker dialog first opens (`React.lazy`): inline pickers and pages that never open one do not pay for it.
 */
export default function PrimitivePickerDialog({
  open,
  onOpenChange,
  contentId,
  title,
  description,
  stylesheets,
  triggerRef,
  children,
}: PrimitivePickerDialogProps) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        {/* The portal content gets its own themed root: the theme and tokens follow it out of the host tree. */}
        <PaddockRoot
          stylesheets={stylesheets}
          data-slot="paddock-portal-root"
          data-state={open ? 'open' : 'closed'}
        >
          <Dialog.Overlay data-slot="paddock-picker-dialog-overlay" />
          <Dialog.Content
            id={contentId}
            data-slot="paddock-picker-dialog-content"
            onCloseAutoFocus={(event) => {
              // Radix returns focus to its own Dialog.Trigger, which this picker does not use.
              event.preventDefault();
              triggerRef.current?.focus();
            }}
          >
            <Dialog.Title data-slot="paddock-picker-dialog-title" data-state="open">
              {title}
            </Dialog.Title>
            <Dialog.Description data-slot="paddock-picker-dialog-description" data-state="open">
              {description}
            </Dialog.Description>
            {children}
          </Dialog.Content>
        </PaddockRoot>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
