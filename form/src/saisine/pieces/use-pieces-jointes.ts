import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, isAbortError } from '../../api/http';
import type { PieceJointe } from '../../api/types';
import { uploadPieceJointe } from '../../api/upload-piece-jointe';
import { refusalBeforeUpload } from './limits';

/** One file the agent chose, from its choice to its stored copy (or its refusal). */
export type PieceItem = { key: string; name: string; size: number } & (
  | { status: 'uploading'; percent: number }
  | { status: 'done'; piece: PieceJointe }
  | { status: 'error'; message: string }
);

const NETWORK_MESSAGE = 'Le service est injoignable : le fichier n’a pas été envoyé. Retirez-le, puis ajoutez-le de nouveau.';

function failureMessage(error: unknown): string {
  if (error instanceof ApiError) return error.body.message ?? `Le fichier n’a pas été accepté (erreur ${error.status}).`;
  return NETWORK_MESSAGE;
}

/** Bytes that count towards the referral's total: files sent or being sent. */
const countedBytes = (items: PieceItem[]) =>
  items.reduce((sum, item) => (item.status === 'error' ? sum : sum + item.size), 0);

/**
 * The documents of the referral: each chosen file is checked against common's limits, then sent
 * at once (one request per file) with its progress; the ids of the stored files go with the referral.
 */
export function usePiecesJointes() {
  const [items, setItems] = useState<PieceItem[]>([]);
  const itemsRef = useRef<PieceItem[]>([]);
  const aborts = useRef(new Map<string, () => void>());
  const nextKey = useRef(0);

  const update = useCallback((change: (items: PieceItem[]) => PieceItem[]) => {
    itemsRef.current = change(itemsRef.current);
    setItems(itemsRef.current);
  }, []);

  const patch = useCallback(
    (key: string, next: (item: PieceItem) => PieceItem) => update((all) => all.map((item) => (item.key === key ? next(item) : item))),
    [update],
  );

  const start = useCallback(
    (key: string, file: File) => {
      const upload = uploadPieceJointe(file, (loaded, total) => {
        const percent = total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : 0;
        patch(key, (item) => (item.status === 'uploading' ? { ...item, percent } : item));
      });
      aborts.current.set(key, upload.abort);
      upload.promise.then(
        (piece) => patch(key, (item) => ({ key, name: item.name, size: item.size, status: 'done', piece })),
        (error: unknown) => {
          if (isAbortError(error)) return;
          patch(key, (item) => ({ key, name: item.name, size: item.size, status: 'error', message: failureMessage(error) }));
        },
      ).finally(() => aborts.current.delete(key));
    },
    [patch],
  );

  const addFiles = useCallback(
    (files: Iterable<File>) => {
      for (const file of files) {
        nextKey.current += 1;
        const key = `piece-${nextKey.current}`;
        const base = { key, name: file.name, size: file.size };
        const refusal = refusalBeforeUpload(file, countedBytes(itemsRef.current));
        if (refusal) {
          update((all) => [...all, { ...base, status: 'error', message: refusal }]);
          continue;
        }
        update((all) => [...all, { ...base, status: 'uploading', percent: 0 }]);
        start(key, file);
      }
    },
    [start, update],
  );

  const remove = useCallback(
    (key: string) => {
      aborts.current.get(key)?.();
      update((all) => all.filter((item) => item.key !== key));
    },
    [update],
  );

  // Leaving the form stops the uploads still running (the server deletes unattached files).
  useEffect(() => {
    const running = aborts.current;
    return () => running.forEach((abort) => abort());
  }, []);

  const uploading = items.some((item) => item.status === 'uploading');
  const attachmentIds = useMemo(
    () => items.flatMap((item) => (item.status === 'done' ? [item.piece.id] : [])),
    [items],
  );
  return { items, addFiles, remove, uploading, attachmentIds };
}

export type PiecesJointes = ReturnType<typeof usePiecesJointes>;
