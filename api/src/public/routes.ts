import { Router } from 'express';
import type { Sequelize } from 'sequelize';
import { searchCommunes } from '../communes/search';
import { requireRouting } from '../communes/routing';
import { submitSaisine } from './submit-saisine';
import { getSuivi } from './suivi';
import { listPublicJuridictions } from '../juridictions/public-list';
import { addSuiviMessage } from './suivi-messages';
import { requestTrackingLinks } from './liens-de-suivi';
import { accuseReceptionPdfByToken } from '../accuse-reception/by-token';
import { rateLimit, type PublicLimits } from '../http/rate-limit';

/** What the public form uses, with no account; the entries that write or read a referral are limited per IP. */
export function publicRoutes(sequelize: Sequelize, publicUrl: string, limits: PublicLimits): Router {
  const router = Router();

  router.post('/saisines', rateLimit(sequelize, 'submissions', limits.submissions), async (req, res) => {
    const { created, receipt } = await submitSaisine({ sequelize, publicUrl }, req.body, {
      idempotencyKey: req.get('Idempotency-Key') ?? undefined,
    });
    // A replay answers like the original (201), and says it is one.
    if (!created) res.set('Idempotent-Replayed', 'true');
    res.status(201).json(receipt);
  });

  router.get('/suivi/:token', rateLimit(sequelize, 'suiviReads', limits.suiviReads), async (req, res) => {
    res.set('Cache-Control', 'no-store').json(await getSuivi(sequelize, String(req.params.token)));
  });

  // The sender answers the court or adds documents; the token is the credential.
  router.post('/suivi/:token/messages', rateLimit(sequelize, 'suiviMessages', limits.suiviMessages), async (req, res) => {
    res.status(201).json(await addSuiviMessage(sequelize, publicUrl, String(req.params.token), req.body));
  });

  // "Lost my link": always the same 202, known address or not.
  router.post('/liens-de-suivi', async (req, res) => {
    res.status(202).json(await requestTrackingLinks(sequelize, publicUrl, req.body, req.ip ?? ''));
  });

  router.get('/suivi/:token/accuse-reception.pdf', rateLimit(sequelize, 'suiviReads', limits.suiviReads), async (req, res) => {
    const { reference, pdf } = await accuseReceptionPdfByToken(sequelize, publicUrl, String(req.params.token));
    res.set({ 'Cache-Control': 'no-store', 'Content-Type': 'application/pdf' });
    res.attachment(`accuse-reception-${reference}.pdf`).send(Buffer.from(pdf));
  });

  router.get('/communes', async (req, res) => {
    res.json(await searchCommunes(sequelize, req.query.q));
  });

  router.get('/communes/:codeInsee/routage', async (req, res) => {
    res.json(await requireRouting(sequelize, req.params.codeInsee));
  });

  router.get('/juridictions', async (_req, res) => {
    res.set('Cache-Control', 'public, max-age=3600').json(await listPublicJuridictions(sequelize));
  });

  return router;
}
