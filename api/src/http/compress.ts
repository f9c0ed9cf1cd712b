import compression from 'compression';
import type { Request, Response } from 'express';

/**
 * Answers compressed when the client accepts it (gzip or deflate), from 1 kB: the pages' scripts
 * and styles, JSON lists, CSV exports — whether a proxy is in front or not (`npm start` alone). Never
 * the live stream: compression would hold its events back until a buffer fills.
 */
export const compressAnswers = compression({
  threshold: 1024,
  filter: (req: Request, res: Response) => {
    if (String(res.getHeader('Content-Type') ?? '').startsWith('text/event-stream')) return false;
    return compression.filter(req, res);
  },
});
