/**
 * Kit control labels and statuses whose words the layout split across lines ("Previou / s page", "Statu / s"). The kit root
 * lets any word break so long server text cannot widen a page; a squeezed control then breaks its own short
 * words. Words over 24 characters (ids, URLs, long server text) may break: they have to somewhere.
 *
 * Self-contained (no imports, no closure), so Playwright can run it in a page: `page.evaluate(splitControlWords)`.
 */
export function splitControlWords(): string[] {
  const found: string[] = [];
  const controls = document.body.querySelectorAll(
    '[data-paddock-root] :is(button, [role="tab"], thead th, label, [role="radio"], [data-slot$="-status"])',
  );
  for (const control of controls) {
    const walker = document.createTreeWalker(control, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
        if (word[0].length > 24) continue;
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1)
          found.push(
            `${word[0]} (in ${control.tagName.toLowerCase()} "${control.textContent?.trim().slice(0, 60)}")`,
          );
      }
    }
  }
  return found;
}
