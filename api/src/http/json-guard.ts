import type { RequestHandler } from 'express';
import { AppError } from './app-error';

/** How deep and how wide a JSON body may be: far beyond any real request, far below a parser's trouble. */
export const JSON_LIMITS = { depth: 12, keys: 5_000 };
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** The NUL character (PostgreSQL stores no text with it) and UTF-16 halves without their pair (not text at all). */
// eslint-disable-next-line no-control-regex -- the NUL character is exactly what is looked for
const INVALID_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const INVALID_TEXT_MESSAGE = 'Texte invalide : caractère nul ou caractère mal encodé.';

/** The first reason the document is refused, with where (`a.b[2]`), or null. */
export function jsonDocumentProblem(value: unknown): { path: string; message: string } | null {
  let keys = 0;
  const walk = (node: unknown, path: string, depth: number): { path: string; message: string } | null => {
    if (typeof node === 'string') return INVALID_TEXT.test(node) ? { path, message: INVALID_TEXT_MESSAGE } : null;
    if (typeof node !== 'object' || node === null) return null;
    if (depth > JSON_LIMITS.depth) return { path, message: `Document trop profond (${JSON_LIMITS.depth} niveaux au plus).` };
    const entries: Array<[string, unknown]> = Array.isArray(node) ? node.map((item, index) => [`[${index}]`, item]) : Object.entries(node);
    for (const [key, item] of entries) {
      keys += 1;
      if (keys > JSON_LIMITS.keys) return { path, message: `Document trop grand (${JSON_LIMITS.keys} valeurs au plus).` };
      const child = Array.isArray(node) ? `${path}${key}` : path ? `${path}.${key}` : key;
      if (!Array.isArray(node) && FORBIDDEN_KEYS.has(key)) return { path: child, message: 'Nom de champ interdit.' };
      if (!Array.isArray(node) && INVALID_TEXT.test(key)) return { path: child, message: INVALID_TEXT_MESSAGE };
      const problem = walk(item, child, depth + 1);
      if (problem) return problem;
    }
    return null;
  };
  return walk(value, '', 1);
}

/**
 * After `express.json()`: a body too deep, too large, with a key that names an object's
 * prototype, or with text PostgreSQL cannot store, is a 400 that names where, before any route sees it.
 */
export const jsonGuard: RequestHandler = (req, _res, next) => {
  const problem = jsonDocumentProblem(req.body);
  if (!problem) return next();
  next(AppError.badRequest('Le corps de la requête est refusé.', { [problem.path || '_']: problem.message }));
};

/**
 * Before any route: a path or a query string carrying text PostgreSQL cannot store (`%00`) is a
 * 400, as in a body. A malformed escape is left to the router, which answers its own 400.
 */
export const urlGuard: RequestHandler = (req, _res, next) => {
  let path: string;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    return next();
  }
  if (INVALID_TEXT.test(path)) return next(AppError.badRequest('L’adresse demandée contient un caractère invalide.'));
  const problem = jsonDocumentProblem(req.query);
  if (!problem) return next();
  next(AppError.badRequest('Les paramètres de la requête sont refusés.', { [problem.path || '_']: problem.message }));
};
