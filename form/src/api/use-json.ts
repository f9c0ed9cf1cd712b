import { useEffect, useState } from 'react';
import { requestJson } from './http';

export type JsonState<T> = { status: 'loading' } | { status: 'found'; data: T } | { status: 'error'; message: string };

/**
 * A GET of the API as a page's state: loading, found, or the API's French message. A new `url`
 * starts over (the previous answer is never shown for it); leaving the page cancels the request.
 */
export function useJson<T>(url: string): JsonState<T> {
  const [answer, setAnswer] = useState<{ url: string; state: JsonState<T> } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    requestJson<T>(url, { signal: controller.signal }).then(
      (data) => setAnswer({ url, state: { status: 'found', data } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setAnswer({ url, state: { status: 'error', message: error instanceof Error ? error.message : 'Le service est injoignable.' } });
      },
    );
    return () => controller.abort();
  }, [url]);
  return answer?.url === url ? answer.state : { status: 'loading' };
}
