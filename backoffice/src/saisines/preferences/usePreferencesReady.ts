import { useEffect, useState } from 'react';
import { useGetIdentity, useStoreContext } from 'react-admin';
import { isPreferencesStore } from '../../providers/preferencesStore';

/**
 * True once the signed-in user's saved list settings are in the store, so that the list opens
 * with them (and not with defaults that would then be saved over them). Any other store: at once.
 */
export function usePreferencesReady(): boolean {
  const store = useStoreContext();
  const { identity } = useGetIdentity();
  const userId = identity?.id == null ? null : String(identity.id);
  const synced = isPreferencesStore(store);
  const [readyFor, setReadyFor] = useState<string | null>(() => (synced ? store.loadedFor() : null));

  useEffect(() => {
    if (!synced || !userId) return;
    let current = true;
    void store.loadFor(userId).then(() => current && setReadyFor(userId));
    return () => {
      current = false;
    };
  }, [store, synced, userId]);

  return !synced || (userId !== null && readyFor === userId);
}
