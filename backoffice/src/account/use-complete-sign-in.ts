import { useCallback } from 'react';
import { useHref } from 'react-router-dom';

/**
 * Once the second factor completed the sign-in, the back-office opens afresh: react-admin,
 * which saw nobody signed in, then loads the session from `GET /api/auth/me` as after a reload.
 * (Navigating inside the app would meet react-admin's "not signed in" state and log out.)
 */
export function useCompleteSignIn() {
  const home = useHref('/');
  return useCallback(() => window.location.assign(home), [home]);
}
