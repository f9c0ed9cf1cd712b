import { Router } from 'express';
import type { Sequelize } from 'sequelize';
import { accuseReceptionPdfByToken } from '../saisines/accuse-reception/by-token';
import { rateLimit, type PublicLimits } from '../http/rate-limit';
import { requestTrackingLinks } from './liens-de-suivi';
import { getSuivi } from './suivi';
import { addSuiviMessage } from './suivi-messages';

/** The sender's side, with no account: the tracking link is the credential; reads and messages limited per IP. */
export function suiviRoutes(sequelize: Sequelize, publicUrl: string, limits: Pick<PublicLimits, 'suiviReads' | 'suiviMessages'>): Router {
  const router = Router();

  router.get('/suivi/:token', rateLimit(sequelize, 'suiviReads', limits.suiviReads), async (req, res) => {
    res.set('Cache-Control', 'no-store').json(await getSuivi(sequelize, String(req.params.token)));
  });

  // The sender answers the court or adds documents.
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

  return router;
}
