import { Router } from 'express';
import type { Sequelize } from 'sequelize';
import { SECURITY_EVENT_TYPES } from '@info-parquet/common';
import { requireAbility } from '../../http/authenticate';
import { AppError } from '../../http/app-error';
import { contentRange, oneOrMany, parseListQuery } from '../../http/simple-rest-query';
import { camelCaseKeys } from '../../db/rows';
import { UUID } from '../../http/uuid';

const FILTERS = ['type', 'userId', 'email', 'ip', 'at_gte', 'at_lte'] as const;
const SORTS = ['at'] as const;

function timestamp(value: unknown, label: string): string {
  const date = typeof value === 'string' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) throw AppError.badRequest(`Date invalide pour « ${label} ».`);
  return date.toISOString();
}

/** `GET /api/security-events`: the security log, for the national administrator (ra-data-simple-rest). */
export function securityEventRoutes(sequelize: Sequelize): Router {
  const router = Router();

  router.get('/', requireAbility('read', 'SecurityLog'), async (req, res) => {
    const { sort, offset, limit, filter } = parseListQuery(req.query as Record<string, unknown>, {
      filters: FILTERS,
      sorts: SORTS,
      defaultSort: { field: 'at', order: 'DESC' },
    });
    const where = ['TRUE'];
    const replacements: Record<string, unknown> = {};
    if (filter.type !== undefined) {
      replacements.types = oneOrMany(filter.type, SECURITY_EVENT_TYPES, 'type');
      where.push('type IN (:types)');
    }
    if (filter.userId !== undefined) {
      if (typeof filter.userId !== 'string' || !UUID.test(filter.userId)) throw AppError.badRequest('Filtre « userId » invalide.');
      replacements.userId = filter.userId;
      where.push('user_id = :userId');
    }
    if (filter.email !== undefined) {
      if (typeof filter.email !== 'string' || filter.email.length > 320) throw AppError.badRequest('Filtre « adresse électronique » invalide.');
      // The beginning of an address, whatever its case (index of migration 0016).
      replacements.emailPrefix = `${filter.email.trim().toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;
      where.push('lower(email) LIKE :emailPrefix');
    }
    if (filter.ip !== undefined) {
      if (typeof filter.ip !== 'string' || !/^[0-9a-fA-F.:]{2,45}$/.test(filter.ip)) throw AppError.badRequest('Filtre « adresse IP » invalide.');
      replacements.ip = filter.ip;
      where.push('ip = :ip');
    }
    if (filter.at_gte !== undefined) {
      replacements.atGte = timestamp(filter.at_gte, 'at_gte');
      where.push('at >= :atGte');
    }
    if (filter.at_lte !== undefined) {
      replacements.atLte = timestamp(filter.at_lte, 'at_lte');
      where.push('at <= :atLte');
    }
    const clause = where.join(' AND ');
    const [rows] = await sequelize.query(
      `SELECT id::text, at, type, user_id, email, ip, user_agent, details FROM security_events
       WHERE ${clause} ORDER BY at ${sort.order}, id ${sort.order} LIMIT ${limit} OFFSET ${offset}`,
      { replacements },
    );
    const [[{ total }]] = (await sequelize.query(`SELECT count(*)::int AS total FROM security_events WHERE ${clause}`, {
      replacements,
    })) as [[{ total: number }], unknown];
    res.set('Content-Range', contentRange('security-events', offset, rows.length, total));
    res.json((rows as Record<string, unknown>[]).map((row) => camelCaseKeys(row)));
  });

  return router;
}
