import { Router } from 'express';
import type { Sequelize } from 'sequelize';
import { searchCommunes } from '../communes/search';
import { requireRouting } from '../communes/routing';
import { submitSaisine } from './submit-saisine';
import { getSuivi } from './suivi';
import { addSuiviMessage } from './suivi-messages';
import { requestTrackingLinks } from './liens-de-suivi';
import { accuseReceptionPdfByToken } from '../accuse-reception/by-token';

/** What the public form uses, with no account. */
export function publicRoutes(sequelize: Sequelize, publicUrl: string): Router {
  const router = Router();

  router.post('/saisines', async (req, res) => {
    const { created, receipt } = await submitSaisine({ sequelize, publicUrl }, req.body, {
      idempotencyKey: req.get('Idempotency-Key') ?? undefined,
    });
    // A replay answers like the original (201), and says it is one.
    if (!created) res.set('Idempotent-Replayed', 'true');
    res.status(201).json(receipt);
  });

  router.get('/suivi/:token', async (req, res) => {
    res.set('Cache-Control', 'no-store').json(await getSuivi(sequelize, req.params.token));
  });

  // The sender answers the court or adds documents; the token is the credential.
  router.post('/suivi/:token/messages', async (req, res) => {
    res.status(201).json(await addSuiviMessage(sequelize, publicUrl, req.params.token, req.body));
  });

  // "Lost my link": always the same 202, known address or not.
  router.post('/liens-de-suivi', async (req, res) => {
    res.status(202).json(await requestTrackingLinks(sequelize, publicUrl, req.body, req.ip ?? ''));
  });

  router.get('/suivi/:token/accuse-reception.pdf', async (req, res) => {
    const { reference, pdf } = await accuseReceptionPdfByToken(sequelize, publicUrl, req.params.token);
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
    const [rows] = await sequelize.query(
      `SELECT id, nom, type, competence FROM juridictions WHERE active
       ORDER BY CASE type WHEN 'SPECIALISE' THEN 1 ELSE 0 END, nom`,
    );
    res.set('Cache-Control', 'public, max-age=3600').json(rows);
  });

  return router;
}
