/**
 * Runs the consumer's handler first, then ours unless the consumer called `event.preventDefault()`:
 * a host can opt out of any built-in behaviour of a part without forking it.
 */
export function composeEventHandlers<E extends { defaultPrevented: boolean }>(
  consumerHandler: ((event: E) => void) | undefined,
  ourHandler: ((event: E) => void) | undefined,
  { checkDefaultPrevented = true }: { checkDefaultPrevented?: boolean } = {},
): (event: E) => void {
  return (event: E) => {
    consumerHandler?.(event);
    if (!checkDefaultPrevented || !event.defaultPrevented) ourHandler?.(event);
  };
}
