import { Router } from 'express';
import { requireAbility } from '../http/authenticate';
import type { LiveHub } from './live-hub';
import { DEFAULT_STREAM_SETTINGS, streamLiveEvents, type StreamSettings } from './stream';

/** `GET /api/events`: the back-office's live stream (server-sent events), for the signed-in user's court. */
export function eventRoutes(hub: LiveHub, settings: Partial<StreamSettings> = {}): Router {
  const router = Router();
  router.get('/', requireAbility('read', 'Saisine'), async (req, res) => {
    await streamLiveEvents(hub, req.ability!, req, res, { ...DEFAULT_STREAM_SETTINGS, ...settings });
  });
  return router;
}
