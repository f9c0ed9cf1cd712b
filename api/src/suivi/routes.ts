import { Router } from 'express';
import type { Database } from '../db/database';
import { accuseReceptionPdfByToken } from '../saisines/accuse-reception/by-token';
import { rateLimit, type PublicLimits } from '../http/rate-limit';
import { requestTrackingLinks } from './liens-de-suivi';
import { getSuivi } from './suivi';
import { addSuiviMessage } from './suivi-messages';

/** The sender's side, with no account: the tracking link is the credential; reads and messages limited per IP. */
export function suiviRoutes(db: Database, publicUrl: string, limits: Pick<PublicLimits, 'suiviReads' | 'suiviMessages'>): Router {
  const router = Router();

  router.get('/suivi/:token', rateLimit(db, 'suiviReads', limits.suiviReads), async (req, res) => {
    res.set('Cache-Control', 'no-store').json(await getSuivi(db, String(req.params.token)));
  });

  // The sender answers the court or adds documents.
  router.post('/suivi/:token/messages', rateLimit(db, 'suiviMessages', limits.suiviMessages), async (req, res) => {
    res.status(201).json(await addSuiviMessage(db, publicUrl, String(req.params.token), req.body));
  });

  // "Lost my link": always the same 202, known address or not.
  router.post('/liens-de-suivi', async (req, res) => {
    res.status(202).json(await requestTrackingLinks(db, publicUrl, req.body, req.ip ?? ''));
  });

  router.get('/suivi/:token/accuse-reception.pdf', rateLimit(db, 'suiviReads', limits.suiviReads), async (req, res) => {
    const { reference, pdf } = await accuseReceptionPdfByToken(db, publicUrl, String(req.params.token));
    res.set({ 'Cache-Control': 'no-store', 'Content-Type': 'application/pdf' });
    res.attachment(`accuse-reception-${reference}.pdf`).send(Buffer.from(pdf));
  });

  return router;
}
