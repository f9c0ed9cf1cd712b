import { Router } from 'express';
import { pipeline } from 'node:stream/promises';
import type { Database } from '../../db/database';
import { requireAbility } from '../../http/authenticate';
import { openPieceJointe } from './download';
import { receiveUpload } from './upload';
import { rateLimit, type RateRule } from '../../http/rate-limit';
import type { UploadCapacity } from './upload-capacity';

/** `POST /api/public/pieces-jointes`: no account, one file per request, limited per IP (mounted under /public). */
export function publicPieceJointeRoutes(db: Database, uploadDir: string, limit: RateRule, capacity: UploadCapacity): Router {
  const router = Router();
  router.post('/pieces-jointes', rateLimit(db, 'uploads', limit), async (req, res) => {
    res.status(201).json(await receiveUpload(db, uploadDir, { body: req, ip: req.ip ?? '' }, capacity));
  });
  return router;
}

/** `GET /api/saisines/:id/pieces-jointes/:pieceId`: the court downloads a document (mounted under /saisines). */
export function pieceJointeRoutes(db: Database, uploadDir: string): Router {
  const router = Router();
  router.get('/:id/pieces-jointes/:pieceId', requireAbility('read', 'Saisine'), async (req, res) => {
    const piece = await openPieceJointe(db, uploadDir, req.ability!, String(req.params.id), String(req.params.pieceId));
    res.attachment(piece.originalName);
    res.set({
      'Content-Type': piece.mimeType,
      'Content-Length': String(piece.sizeBytes),
      'Cache-Control': 'private, no-store',
      Digest: `sha-256=${Buffer.from(piece.sha256, 'hex').toString('base64')}`,
    });
    await pipeline(piece.stream, res);
  });
  return router;
}
