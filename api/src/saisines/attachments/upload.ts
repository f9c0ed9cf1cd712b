import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { IncomingMessage } from 'node:http';
import type { Database } from '../../db/database';
import { formatBytes, PIECE_JOINTE_FORMATS, PIECE_JOINTE_MAX_BYTES, PIECE_JOINTE_TYPES_TEXT } from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import { acceptedType, sniffFormat, SNIFF_BYTES } from './sniff';
import { newStorageKey, storagePath } from './storage';
import { checkUploadCapacity, type UploadCapacity } from './upload-capacity';
import { insertPiece } from './attachments-repository';

export interface UploadedPiece {
  id: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
}

const tooLarge = () =>
  new AppError(413, `Le fichier dépasse la taille maximale de ${formatBytes(PIECE_JOINTE_MAX_BYTES)} par pièce jointe.`);

function unsupported(originalName: string, format: keyof typeof PIECE_JOINTE_FORMATS | null): AppError {
  const detail = format
    ? `son contenu est un ${PIECE_JOINTE_FORMATS[format].label}, ce que son nom ne dit pas`
    : 'son contenu n’est pas d’un type accepté';
  return new AppError(415, `Fichier « ${originalName} » refusé : ${detail}. Types acceptés : ${PIECE_JOINTE_TYPES_TEXT}.`);
}

/** The sender's file name, without any folder part or control character, at most 255 characters. */
export function cleanFileName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const clean = [...base]
    .filter((char) => char.charCodeAt(0) >= 0x20 && char.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(-255);
  return clean || 'document';
}

/**
 * Hashes and counts the bytes on their way to disk, and holds back only the first 64 KB until
 * the content says what the file is: nothing of a refused file is kept.
 */
class Inspector extends Transform {
  readonly hash = createHash('sha256');
  size = 0;
  mimeType: string | null = null;
  private head: Buffer[] = [];
  private headSize = 0;

  constructor(private readonly originalName: string) {
    super();
  }

  private decide(complete: boolean): void {
    const head = Buffer.concat(this.head);
    const format = sniffFormat(head, complete);
    const type = acceptedType(format, this.originalName);
    if (!type) throw unsupported(this.originalName, format);
    this.mimeType = type.mimeType;
    this.head = [];
    this.push(head);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > PIECE_JOINTE_MAX_BYTES) return callback(tooLarge());
    this.hash.update(chunk);
    if (this.mimeType) return callback(null, chunk);
    this.head.push(chunk);
    this.headSize += chunk.length;
    try {
      if (this.headSize >= SNIFF_BYTES) this.decide(false);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    if (this.size === 0) return callback(AppError.badRequest('Le fichier est vide.'));
    try {
      if (!this.mimeType) this.decide(true);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }
}

/**
 * Lets the rest of a refused request go by (without storing it), so the client reads our answer
 * instead of a reset connection; a client that keeps sending far past the limit is cut off.
 */
function drain(req: IncomingMessage): Promise<void> {
  if (req.readableEnded) return Promise.resolve();
  return new Promise((resolve) => {
    let drained = 0;
    req.on('data', (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > 2 * PIECE_JOINTE_MAX_BYTES) {
        req.destroy();
        resolve();
      }
    });
    req.once('end', resolve);
    req.once('close', resolve);
    req.resume();
  });
}

/** Streams one multipart file to `uploadDir`, checking its type by content and its size as it comes. */
async function streamToDisk(req: IncomingMessage, uploadDir: string): Promise<UploadedPiece & { storageKey: string }> {
  if (!/^multipart\/form-data\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
    throw AppError.badRequest('Envoyez le fichier au format multipart/form-data (un fichier par requête).');
  }
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      defParamCharset: 'utf8',
      // One byte over the limit is enough to know the file is too large.
      limits: { files: 1, fileSize: PIECE_JOINTE_MAX_BYTES + 1, fields: 5, fieldSize: 1024, parts: 6 },
    });
  } catch {
    // A multipart Content-Type without its boundary (busboy throws at once).
    throw AppError.badRequest('Envoi de fichier mal formé : l’en-tête Content-Type multipart n’indique pas de séparateur (boundary).');
  }
  return new Promise((resolve, reject) => {
    let saving: Promise<UploadedPiece & { storageKey: string }> | null = null;
    let fileStream: { destroy(): void } | null = null;
    let settled = false;
    /**
     * Refused: nothing may stay on disk when the answer leaves. The file being written is cut
     * off (its pipeline then removes it), a file already complete is removed, then the refusal.
     */
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      fileStream?.destroy();
      const written = saving ? saving.then((piece) => fs.promises.rm(storagePath(uploadDir, piece.storageKey), { force: true }), () => undefined) : Promise.resolve();
      written.then(() => reject(error), () => reject(error));
    };

    parser.on('file', (_field, stream, info) => {
      // A body cut short destroys the file stream with an error, possibly before the pipeline
      // below listens (during mkdir): without a listener that error would end the process.
      // The pipeline still sees the stream destroyed and fails the upload.
      stream.on('error', () => undefined);
      if (saving) {
        stream.resume();
        return;
      }
      fileStream = stream;
      const id = randomUUID();
      const storageKey = newStorageKey(id);
      const filePath = storagePath(uploadDir, storageKey);
      const originalName = cleanFileName(info.filename);
      const inspector = new Inspector(originalName);
      saving = (async () => {
        let out: fs.WriteStream | null = null;
        try {
          await fs.promises.mkdir(path.dirname(filePath), { recursive: true });
          // Refused while the folder was made: a pipeline over a destroyed stream never settles.
          if (stream.destroyed) throw new Error('upload refused before writing');
          out = fs.createWriteStream(filePath, { flags: 'wx' });
          await pipeline(stream, inspector, out);
        } catch (error) {
          stream.resume();
          // The file is opened asynchronously: removed only once closed, or it would come back.
          if (out && !out.closed) await new Promise<void>((resolve) => out!.once('close', () => resolve()));
          await fs.promises.rm(filePath, { force: true });
          throw error;
        }
        return {
          id,
          storageKey,
          originalName,
          mimeType: inspector.mimeType!,
          sizeBytes: inspector.size,
          sha256: inspector.hash.digest('hex'),
        };
      })();
      saving.catch(fail);
    });
    parser.on('filesLimit', () => fail(AppError.badRequest('Un seul fichier par envoi.')));
    parser.on('error', () => fail(AppError.badRequest('Envoi de fichier mal formé ou interrompu.')));
    parser.on('close', () => {
      if (!saving) return fail(AppError.badRequest('Aucun fichier reçu : joignez un fichier au champ « fichier ».'));
      saving.then(
        (piece) => {
          if (settled) return;
          settled = true;
          resolve(piece);
        },
        fail,
      );
    });
    req.pipe(parser);
  });
}

/** The disk (or the account's quota) filled up while writing: the file was removed, say so plainly. */
function diskFull(error: unknown): AppError | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code !== 'ENOSPC' && code !== 'EDQUOT') return null;
  return new AppError(507, 'Espace disque insuffisant sur le serveur : la pièce n’a pas été enregistrée. Réessayez plus tard.');
}

/**
 * `POST /api/public/pieces-jointes`: room checked first (the address's pending uploads, everyone's,
 * the disk), then the file on disk and its row in `pieces_jointes` (not yet attached, with the
 * uploader's address for the quota).
 */
export async function receiveUpload(
  db: Database,
  uploadDir: string,
  upload: { body: IncomingMessage; ip: string },
  capacity: UploadCapacity,
): Promise<UploadedPiece> {
  const { body: req, ip } = upload;
  let piece: UploadedPiece & { storageKey: string };
  try {
    await checkUploadCapacity(db, uploadDir, ip, capacity);
    piece = await streamToDisk(req, uploadDir);
  } catch (error) {
    await drain(req);
    throw diskFull(error) ?? error;
  }
  try {
    await insertPiece(db, piece, ip);
  } catch (error) {
    await fs.promises.rm(storagePath(uploadDir, piece.storageKey), { force: true });
    throw error;
  }
  const { storageKey: _key, ...answer } = piece;
  return answer;
}
