import { Router } from 'express';
import type { Database } from '../../db/database';
import { rateLimit, type RateRule } from '../../http/rate-limit';
import { submitSaisine } from './submit-saisine';

/** `POST /api/public/saisines`: a referral sent by an agent with no account, limited per IP. */
export function publicSubmissionRoutes(db: Database, publicUrl: string, limit: RateRule): Router {
  const router = Router();
  router.post('/saisines', rateLimit(db, 'submissions', limit), async (req, res) => {
    const { created, receipt } = await submitSaisine({ db, publicUrl }, req.body, {
      idempotencyKey: req.get('Idempotency-Key') ?? undefined,
    });
    // A replay answers like the original (201), and says it is one.
    if (!created) res.set('Idempotent-Replayed', 'true');
    res.status(201).json(receipt);
  });
  return router;
}
