import type { Page } from 'playwright-core';

/** What a screen reader would call the focused element: what labels it (aria-labelledby, aria-label, label), or its text. */
function focusedName(): string {
  const element = document.activeElement as HTMLElement | null;
  if (!element) return '';
  const labels = (element as HTMLInputElement).labels;
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) return labelledBy.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
  return (element.getAttribute('aria-label') ?? (labels && labels.length > 0 ? labels[0].textContent : element.textContent))?.trim() ?? '';
}

/** Presses Tab (or Shift+Tab) until the focused element's accessible text matches. */
export async function tabTo(page: Page, name: RegExp, { backwards = false, max = 60 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (name.test(await page.evaluate(focusedName))) return;
  }
  throw new Error(`Aucun élément « ${name.source} » atteint au clavier.`);
}
