import { useEffect } from 'react';

/** The app bar's title element (react-admin's TitlePortal, an `h1` here: AccountLayout). */
const TITLE_ID = 'react-admin-title';

/**
 * One level-1 heading on every screen (RGAA 9.1): the app bar's title, which names every screen,
 * is the `h1`; a screen that writes its own `h1` (the dashboard, a referral) keeps it, and the
 * title then stops being a heading (`role="none"`). Followed as screens change, once, in the layout.
 */
export function useLevelOneHeading() {
  useEffect(() => {
    const update = () => {
      const title = document.getElementById(TITLE_ID);
      if (!title) return;
      const main = document.getElementById('main-content') ?? document.querySelector('main');
      const ownHeading = Boolean(main?.querySelector('h1'));
      if (ownHeading && title.getAttribute('role') !== 'none') title.setAttribute('role', 'none');
      else if (!ownHeading && title.hasAttribute('role')) title.removeAttribute('role');
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.body, { subtree: true, childList: true });
    return () => observer.disconnect();
  }, []);
}
