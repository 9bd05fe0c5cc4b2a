import * as Dialog from '@radix-ui/react-dialog';

/**
 * The console's own Radix dialog, with the console's own styles: proof that the kit (which uses Radix too, in its
 * own themed portal) and a host's Radix live side by side without either changing the other.
 */
export function HelpDialog() {
  return (
    <Dialog.Root>
      <Dialog.Trigger className="console-help">Help</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="console-dialog-overlay" />
        <Dialog.Content className="console-dialog">
          <Dialog.Title>About the Acme Support Console</Dialog.Title>
          <Dialog.Description>
            Internal agents are composed, reviewed and published here. The agent builder, review and run views
            are Paddock components embedded in this console; everything else is the console&apos;s own.
          </Dialog.Description>
          <Dialog.Close className="console-help">Close</Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
