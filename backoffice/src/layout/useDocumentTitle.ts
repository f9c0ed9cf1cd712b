import { useEffect } from 'react';

export const APP_NAME = 'Info Parquet';
/** What the page says of itself for the document title when the app bar's is not the right one. */
export const DOCUMENT_TITLE_ATTRIBUTE = 'data-document-title';

/** The title a screen shows in the app bar, as the browser tab and history should name it. */
export function documentTitleOf(container: Element | null): string | null {
  if (!container) return null;
  const explicit = container.querySelector(`[${DOCUMENT_TITLE_ATTRIBUTE}]`)?.getAttribute(DOCUMENT_TITLE_ATTRIBUTE);
  const text = (explicit ?? container.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text || null;
}

/**
 * Keeps `document.title` on the current screen (« Saisines — Info Parquet »): every screen already
 * names itself in the app bar (react-admin's `<Title>`, rendered into `#react-admin-title`), so
 * following that element covers every screen, present and future, without a per-screen call.
 * Tabs, history and screen readers then tell screens apart. Used once, by the layout.
 */
export function useDocumentTitle() {
  useEffect(() => {
    const initial = document.title;
    const container = document.getElementById('react-admin-title');
    if (!container) return;
    const update = () => {
      const title = documentTitleOf(container);
      const next = title && title !== APP_NAME ? `${title} — ${APP_NAME}` : initial;
      if (document.title !== next) document.title = next;
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(container, { subtree: true, childList: true, characterData: true, attributes: true });
    return () => {
      observer.disconnect();
      document.title = initial;
    };
  }, []);
}
