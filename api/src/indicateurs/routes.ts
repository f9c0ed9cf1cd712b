import { Router } from 'express';
import type { Database } from '../db/database';
import { requireAbility } from '../http/authenticate';
import { getIndicators, getPublicStatistics } from './service';
import { createShortCache } from './short-cache';
import type { IndicatorValues, IndicatorsResponse } from '@info-parquet/common';

/** `GET /api/indicators`: the dashboards of the analysts, the national administrator and each court. */
export function indicatorRoutes(db: Database, ttlSeconds = 300) {
  const router = Router();
  const nationalBeside = createShortCache<IndicatorValues>(ttlSeconds * 1000);
  router.get('/', requireAbility('read', 'Indicator'), async (req, res) => {
    res.set('Cache-Control', 'private, no-store');
    res.json(await getIndicators(db, req.user!, req.ability!, req.query as Record<string, unknown>, { nationalBeside }));
  });
  return router;
}

/** `GET /api/public/statistiques`: national aggregates for everyone, computed at most every few minutes. */
export function publicStatisticsRoutes(db: Database, ttlSeconds = 300) {
  const router = Router();
  const cache = createShortCache<IndicatorsResponse>(ttlSeconds * 1000);
  router.get('/statistiques', async (req, res) => {
    const raw = req.query as Record<string, unknown>;
    const answer = await cache.get(JSON.stringify(Object.entries(raw).sort()), () => getPublicStatistics(db, raw));
    res.set('Cache-Control', `public, max-age=${ttlSeconds}`);
    res.json(answer);
  });
  return router;
}
