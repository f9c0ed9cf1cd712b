import { Router } from 'express';
import type { Sequelize } from 'sequelize';
import { freeDiskBytes } from '../saisines/attachments/upload-capacity';
import type { WorkerHealth } from '../jobs/worker-health';

export interface HealthOptions {
  /** Where uploads go, and the free space it must keep (below it, uploads are refused: the service is degraded). */
  uploadDir: string;
  diskReserveBytes: number;
  /** This process's background loops (the server's; none in most tests). */
  workers?: WorkerHealth;
}

/**
 * `200 {"status":"ok","checks":{…}}` when the database answers, the upload disk keeps its
 * reserve and the background loops run on time; `503` with the failing check named in French otherwise (a load balancer takes the
 * process out, a supervisor raises the alarm).
 */
export function healthRoutes(sequelize: Sequelize, options: HealthOptions): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    const checks: Record<string, 'ok' | 'ko'> = {};
    const problems: string[] = [];
    try {
      await sequelize.query('SELECT 1');
      checks.database = 'ok';
    } catch {
      checks.database = 'ko';
      problems.push('La base de données ne répond pas.');
    }
    try {
      const free = await freeDiskBytes(options.uploadDir);
      checks.disk = free >= options.diskReserveBytes ? 'ok' : 'ko';
      if (checks.disk === 'ko') problems.push('L’espace disque des pièces jointes est sous sa réserve : les dépôts sont refusés.');
    } catch {
      checks.disk = 'ko';
      problems.push('L’espace disque des pièces jointes ne peut pas être lu.');
    }
    if (options.workers) {
      const late = options.workers.problems();
      checks.workers = late.length ? 'ko' : 'ok';
      problems.push(...late);
    }
    if (problems.length) res.status(503).json({ status: 'unavailable', message: problems.join(' '), checks });
    else res.json({ status: 'ok', checks });
  });
  return router;
}
