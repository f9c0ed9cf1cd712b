import { memoryStore, type Store } from 'react-admin';
import { isSyncedPreferenceKey, sanitizePreference } from '@info-parquet/common';

/** How the store talks to `GET/PUT/DELETE /api/preferences`. */
export interface PreferencesApi {
  load(): Promise<Record<string, unknown>>;
  save(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

/** A react-admin store whose list settings follow the user: loaded at sign-in, written back to the server. */
export interface PreferencesStore extends Store {
  /** Loads the signed-in user's settings (once per user); resolves when the list may read them. */
  loadFor(userId: string): Promise<void>;
  loadedFor(): string | null;
}

export const SAVE_DELAY_MS = 800;

/**
 * react-admin's memory store, plus: the list's columns, sort, filters and saved views
 * (`SYNCED_PREFERENCE_KEYS` of common/) are loaded from the server for the signed-in user and
 * saved back, debounced per key. Everything else (selection, sidebar…) stays in this tab. A
 * full-text search is dropped before saving: it may hold a person's name.
 */
export function createPreferencesStore(api: PreferencesApi, saveDelayMs = SAVE_DELAY_MS): PreferencesStore {
  const memory = memoryStore();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let loadedUser: string | null = null;
  let loading: { userId: string; promise: Promise<void> } | null = null;

  const schedule = (key: string, write: () => Promise<void>) => {
    // Nothing is written before the user's own settings are in: defaults must not overwrite them.
    if (!loadedUser || !isSyncedPreferenceKey(key)) return;
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        write().catch(() => undefined);
      }, saveDelayMs),
    );
  };

  const dropPending = () => {
    timers.forEach((timer) => clearTimeout(timer));
    timers.clear();
  };

  return {
    ...memory,
    setItem(key, value) {
      memory.setItem(key, value);
      schedule(key, () => api.save(key, sanitizePreference(key, value)));
    },
    removeItem(key) {
      memory.removeItem(key);
      schedule(key, () => api.remove(key));
    },
    // Sign-out resets the store: this tab forgets, the server keeps.
    reset() {
      dropPending();
      loadedUser = null;
      memory.reset();
    },
    teardown() {
      dropPending();
      memory.teardown();
    },
    loadedFor: () => loadedUser,
    loadFor(userId) {
      if (loadedUser === userId) return Promise.resolve();
      if (loading?.userId === userId) return loading.promise;
      const promise = api
        .load()
        .catch(() => ({}) as Record<string, unknown>)
        .then((values) => {
          for (const [key, value] of Object.entries(values)) {
            if (isSyncedPreferenceKey(key)) memory.setItem(key, value);
          }
          loadedUser = userId;
        })
        .finally(() => {
          loading = null;
        });
      loading = { userId, promise };
      return promise;
    },
  };
}

export function isPreferencesStore(store: Store): store is PreferencesStore {
  return typeof (store as Partial<PreferencesStore>).loadFor === 'function';
}

type HttpClient = (url: string, options?: { method?: string; body?: string }) => Promise<{ json: unknown }>;

export function preferencesApi(httpClient: HttpClient, apiUrl = '/api'): PreferencesApi {
  const url = (key: string) => `${apiUrl}/preferences/${encodeURIComponent(key)}`;
  return {
    load: async () => (await httpClient(`${apiUrl}/preferences`)).json as Record<string, unknown>,
    save: async (key, value) => {
      await httpClient(url(key), { method: 'PUT', body: JSON.stringify({ value }) });
    },
    remove: async (key) => {
      await httpClient(url(key), { method: 'DELETE' });
    },
  };
}
