import { Router } from 'express';
import type { Database } from '../db/database';
import { requireAbility } from '../http/authenticate';
import { contentRange } from '../http/simple-rest-query';
import { listSaisines } from './list/list-query';
import { countQuickViews } from './list/quick-view-queries';
import { getSaisineDetail } from './detail';
import { requestOrigin } from '../http/request-origin';
import { withAvailableTransitions } from './workflow/available-transitions';
import { applyTransition } from './workflow/transition-service';
import { streamSaisinesCsv } from './export/export-csv';
import { applyBulkTransition } from './workflow/bulk-transitions';
import { enterSaisine } from './submission/saisie-greffe';
import { takeIntoAccount } from './workflow/prise-en-compte';

export function saisineRoutes(db: Database, publicUrl: string): Router {
  const router = Router();

  // A referral received on paper or by e-mail, entered by a clerk of the court.
  router.post('/', requireAbility('create', 'Saisine'), async (req, res) => {
    const { created, receipt } = await enterSaisine({ db, publicUrl }, req.user!, req.body, req.get('Idempotency-Key') ?? undefined);
    if (!created) res.set('Idempotent-Replayed', 'true');
    res.status(201).json(receipt);
  });

  router.get('/', requireAbility('read', 'Saisine'), async (req, res) => {
    const { rows, total, offset } = await listSaisines(db, req.ability!, req.query as Record<string, unknown>);
    res.set('Content-Range', contentRange('saisines', offset, rows.length, total)).json(rows);
  });

  // Before '/:id': the quick views' live counts, for the user's own rules.
  router.get('/counts', requireAbility('read', 'Saisine'), async (req, res) => {
    res.json(await countQuickViews(db, req.ability!, req.user!.id));
  });

  // Before '/:id': the list's filter and sort as a CSV file, streamed.
  router.get('/export.csv', requireAbility('export', 'Saisine'), async (req, res) => {
    await streamSaisinesCsv(
      db,
      { ability: req.ability!, userId: req.user!.id, origin: requestOrigin(req) },
      req.query as Record<string, unknown>,
      res,
    );
  });

  // Before '/:id': one transition on many referrals, each independently (≤ 1000).
  router.post('/bulk-transitions', requireAbility('transition', 'Saisine'), async (req, res) => {
    res.json(await applyBulkTransition(db, req.user!, req.ability!, req.body));
  });

  router.get('/:id', requireAbility('read', 'Saisine'), async (req, res) => {
    // No read without its record (every consultation of a referral is logged), in the same statement.
    const detail = await getSaisineDetail(db, req.ability!, String(req.params.id), {
      userId: req.user!.id,
      origin: requestOrigin(req),
    });
    res.json(withAvailableTransitions(req.user!, req.ability!, detail));
  });

  // One step of the workflow (common/workflow.ts); the answer is the updated detail.
  router.post('/:id/transitions', requireAbility('transition', 'Saisine'), async (req, res) => {
    res.json(await applyTransition(db, req.user!, req.ability!, String(req.params.id), req.body));
  });

  // « Prendre en compte » an urgent referral: who and when, one event, the live alert ends.
  router.post('/:id/prise-en-compte', requireAbility('transition', 'Saisine'), async (req, res) => {
    res.json(await takeIntoAccount(db, req.user!, req.ability!, String(req.params.id)));
  });

  return router;
}
