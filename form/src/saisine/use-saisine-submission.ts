import { useCallback, useRef, useState } from 'react';
import { setIn, type FormikErrors, type FormikHelpers } from 'formik';
import { ApiError } from '../api/http';
import { postSaisine } from '../api/public-api';
import type { JuridictionSummary, SaisineReceipt } from '../api/types';
import { newIdempotencyKey } from '../lib/idempotency-key';
import type { SaisineFormValues } from './form-values';
import { toPayload } from './to-payload';

/** Why the last attempt failed; the values stay in the form whatever happened. */
export type SubmissionFailure =
  | { kind: 'rejected'; message: string; errors: Record<string, string> }
  | { kind: 'network' }
  | { kind: 'server'; status: number; message: string | null };

/** formik `status`: what the API refused, and the values it refused. */
export interface SaisineFormStatus {
  rejected?: { errors: Record<string, string>; values: SaisineFormValues };
}

interface Options {
  onSent: (receipt: SaisineReceipt) => void;
  /** The API needs the agent to choose the parquet among these. */
  onCandidates: (candidates: JuridictionSummary[]) => void;
  /** The API refused some fields: e.g. show the step that holds the first of them, in the same render as the alert. */
  onRejected?: (errors: Record<string, string>, helpers: FormikHelpers<SaisineFormValues>) => void;
}

/** `{ "facts.narrative": "…" }` -> `{ facts: { narrative: "…" } }`, what formik shows on the fields. */
export function toFormikErrors(errors: Record<string, string>): FormikErrors<SaisineFormValues> {
  return Object.entries(errors).reduce<FormikErrors<SaisineFormValues>>((all, [path, message]) => setIn(all, path, message), {});
}

/**
 * Sends the referral once: one Idempotency-Key per form instance, kept across retries after a
 * network failure or a 5xx (the first attempt may have reached the server), renewed after a 4xx
 * (nothing was created, and the corrected referral is a new request). A second submit while one
 * is in flight waits for the same request instead of sending another.
 */
export function useSaisineSubmission({ onSent, onCandidates, onRejected }: Options) {
  const idempotencyKey = useRef<string | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<SubmissionFailure | null>(null);

  const send = useCallback(
    async (values: SaisineFormValues, helpers: FormikHelpers<SaisineFormValues>, attachmentIds: string[]) => {
      idempotencyKey.current ??= newIdempotencyKey();
      setSending(true);
      setFailure(null);
      try {
        const receipt = await postSaisine(toPayload(values, attachmentIds), idempotencyKey.current);
        onSent(receipt);
      } catch (error) {
        if (!(error instanceof ApiError)) {
          setFailure({ kind: 'network' });
          return;
        }
        if (error.status < 500) idempotencyKey.current = null;
        if (error.status !== 400) {
          setFailure({ kind: 'server', status: error.status, message: error.body.message ?? null });
          return;
        }
        const errors = error.body.errors ?? {};
        const candidates = error.body.candidates;
        if (Array.isArray(candidates)) onCandidates(candidates);
        helpers.setErrors(toFormikErrors(errors));
        // The next validation replaces formik's errors: the status keeps the server's until the field changes.
        helpers.setStatus({ rejected: { errors, values } } satisfies SaisineFormStatus);
        onRejected?.(errors, helpers);
        setFailure({ kind: 'rejected', message: error.body.message ?? 'La saisine contient des erreurs.', errors });
      } finally {
        setSending(false);
      }
    },
    [onSent, onCandidates, onRejected],
  );

  const submit = useCallback(
    (values: SaisineFormValues, helpers: FormikHelpers<SaisineFormValues>, attachmentIds: string[] = []): Promise<void> => {
      if (!inFlight.current) {
        inFlight.current = send(values, helpers, attachmentIds).finally(() => {
          inFlight.current = null;
        });
      }
      return inFlight.current;
    },
    [send],
  );

  const clearFailure = useCallback(() => setFailure(null), []);

  return { submit, sending, failure, clearFailure };
}
