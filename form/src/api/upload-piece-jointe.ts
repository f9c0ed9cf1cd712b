import { ApiError, NetworkError } from './http';
import type { ApiErrorBody, PieceJointe } from './types';

export interface UploadHandle {
  promise: Promise<PieceJointe>;
  abort: () => void;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * `POST /api/public/pieces-jointes`, one file in the multipart field `fichier`. XMLHttpRequest,
 * not fetch: only it reports the upload's progress. Rejects with an ApiError (413/415/400…,
 * its French message in `body.message`), a NetworkError, or an AbortError once aborted.
 */
export function uploadPieceJointe(file: File, onProgress: (loaded: number, total: number) => void): UploadHandle {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<PieceJointe>((resolve, reject) => {
    xhr.open('POST', '/api/public/pieces-jointes');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded, event.total);
    });
    xhr.addEventListener('load', () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300 && body && typeof body === 'object') {
        resolve(body as PieceJointe);
        return;
      }
      if (xhr.status >= 400) {
        reject(new ApiError(xhr.status, body && typeof body === 'object' ? (body as ApiErrorBody) : {}));
        return;
      }
      reject(new NetworkError(new Error('Réponse illisible.')));
    });
    xhr.addEventListener('error', () => reject(new NetworkError()));
    xhr.addEventListener('abort', () => reject(Object.assign(new Error('Envoi annulé.'), { name: 'AbortError' })));
    const data = new FormData();
    data.append('fichier', file, file.name);
    xhr.send(data);
  });
  return { promise, abort: () => xhr.abort() };
}
