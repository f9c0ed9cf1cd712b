import { useEffect, useRef } from 'react';
import { useFormikContext } from 'formik';
import type { SaisineFormValues } from '../form-values';
import { saveDraft } from './draft-storage';

export const DRAFT_SAVE_DELAY_MS = 500;

/**
 * Saves the form's values in the browser shortly after the agent stops typing, and at once when
 * the page is hidden or closed. Unmounting (e.g. after a successful submit) saves nothing.
 */
export function DraftAutosave() {
  const { values } = useFormikContext<SaisineFormValues>();
  const latest = useRef(values);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const first = useRef(true);

  useEffect(() => {
    latest.current = values;
    // The initial values are the empty form or the draft itself: nothing new to save.
    if (first.current) {
      first.current = false;
      return;
    }
    if (pending.current) clearTimeout(pending.current);
    pending.current = setTimeout(() => {
      pending.current = null;
      saveDraft(latest.current);
    }, DRAFT_SAVE_DELAY_MS);
  }, [values]);

  useEffect(() => {
    const flush = () => {
      if (!pending.current) return;
      clearTimeout(pending.current);
      pending.current = null;
      saveDraft(latest.current);
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      if (pending.current) clearTimeout(pending.current);
      pending.current = null;
    };
  }, []);

  return null;
}
