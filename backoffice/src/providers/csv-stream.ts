const CR = 0x0d;
const LF = 0x0a;

/**
 * Reads a CSV answer chunk by chunk, telling `onRows` how many data rows arrived so far, and
 * answers the whole file. Rows end with CRLF (RFC 4180) while a line break inside a cell is a
 * bare LF, so counting CRLF counts rows; the header row is not one.
 */
export async function readCsvWithProgress(response: Response, onRows: (rows: number) => void, signal?: AbortSignal): Promise<Blob> {
  const type = response.headers.get('Content-Type') ?? 'text/csv;charset=utf-8';
  if (!response.body) return response.blob();
  const reader = response.body.getReader();
  // Not every body stops on its own when its request is aborted: cancelling ends the read at once.
  const cancel = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    return await readAll(reader, type, onRows, signal);
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}

async function readAll(reader: ReadableStreamDefaultReader<Uint8Array>, type: string, onRows: (rows: number) => void, signal?: AbortSignal) {
  const chunks: Uint8Array[] = [];
  let lines = 0;
  let previous = 0;
  for (;;) {
    const { done, value } = await reader.read();
    // A cancelled read looks like the end of the file: it is not one.
    signal?.throwIfAborted();
    if (done) break;
    chunks.push(value);
    for (let i = 0; i < value.length; i++) {
      // A CR at the end of a chunk and its LF at the start of the next one still make a row.
      if (value[i] === LF && (i > 0 ? value[i - 1] : previous) === CR) lines++;
    }
    if (value.length > 0) previous = value[value.length - 1];
    onRows(Math.max(0, lines - 1));
  }
  return new Blob(chunks as BlobPart[], { type });
}
