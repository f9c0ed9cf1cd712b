import { allowedSilence, type WorkerHealth } from './worker-health';

/**
 * Runs `job` now and then every `intervalMs`, never two runs at once; `stop` waits for the
 * current run. Each run's end is told to `health` (`/api/health`).
 */
export function startPeriodic(name: string, intervalMs: number, job: () => Promise<unknown>, log: (line: string) => void, health?: WorkerHealth) {
  health?.expect(name, name, allowedSilence(intervalMs));
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = job()
      .then(() => health?.ran(name))
      .catch((error) => {
        health?.failed(name, error);
        log(`${name} : ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
