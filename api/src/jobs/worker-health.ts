/**
 * Whether the background loops of this process still run (`/api/health`): each says when a run
 * ends, well or badly. A loop is late when its last good run is older than it allows (a few of
 * its intervals): a single failed run (PostgreSQL restarting) is not an alarm, a loop stuck or
 * failing for minutes is, with its last error.
 */
export interface WorkerHealth {
  expect(name: string, label: string, maxSilenceMs: number): void;
  ran(name: string): void;
  failed(name: string, error: unknown): void;
  /** What is wrong now, in French; empty when every loop is on time. */
  problems(now?: number): string[];
}

export function createWorkerHealth(clock: () => number = Date.now): WorkerHealth {
  const loops = new Map<string, { label: string; maxSilenceMs: number; lastGood: number; lastError: string | null }>();
  return {
    expect(name, label, maxSilenceMs) {
      loops.set(name, { label, maxSilenceMs, lastGood: clock(), lastError: null });
    },
    ran(name) {
      const loop = loops.get(name);
      if (loop) Object.assign(loop, { lastGood: clock(), lastError: null });
    },
    failed(name, error) {
      const loop = loops.get(name);
      if (loop) loop.lastError = error instanceof Error ? error.message : String(error);
    },
    problems(now = clock()) {
      return [...loops.values()]
        .filter((loop) => now - loop.lastGood > loop.maxSilenceMs)
        .map((loop) => {
          const minutes = Math.round((now - loop.lastGood) / 60_000);
          return `${loop.label} : aucun passage réussi depuis ${minutes} min${loop.lastError ? ` (dernière erreur : ${loop.lastError})` : ''}.`;
        });
    },
  };
}

/** A loop every `intervalMs` is late after three missed runs and a minute. */
export const allowedSilence = (intervalMs: number) => 3 * intervalMs + 60_000;
