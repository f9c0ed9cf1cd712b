import type { Database } from '../db/database';
import { freeDiskBytes } from '../saisines/attachments/upload-capacity';
import type { WorkerHealth } from '../jobs/worker-health';

export interface HealthOptions {
  /** Where uploads go, and the free space it must keep (below it, uploads are refused: the service is degraded). */
  uploadDir: string;
  diskReserveBytes: number;
  /** This process's background loops (the server's; none in most tests). */
  workers?: WorkerHealth;
}

export interface Health {
  checks: Record<string, 'ok' | 'ko'>;
  /** What fails, in French; empty when all is well. */
  problems: string[];
}

/** The database answers, the upload disk keeps its reserve, the background loops run on time. */
export async function checkHealth(db: Database, options: HealthOptions): Promise<Health> {
  const checks: Health['checks'] = {};
  const problems: string[] = [];
  try {
    await db.query('SELECT 1');
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
  return { checks, problems };
}
