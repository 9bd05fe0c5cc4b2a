/** JSON for display; text from the server is shown as text, never as HTML. */
export function toDisplayJson(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A JSON value as text (never HTML), in a block that scrolls when long. */
export function Json({ value, slot }: { value: unknown; slot: string }) {
  // Long values scroll inside the block; keyboard users must be able to reach and scroll it.
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <pre tabIndex={0} data-slot={slot}>
      {toDisplayJson(value)}
    </pre>
  );
}
