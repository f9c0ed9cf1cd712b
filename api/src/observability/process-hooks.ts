import type { Logger } from 'pino';
import type { ErrorReporter } from './error-reporter';

/**
 * A promise rejected with no handler is logged and reported, and the process goes on (the
 * request that made it has been answered or timed out). An uncaught exception leaves the process
 * in an unknown state: logged, reported, then `onFatal` stops it cleanly.
 */
export function processHooks(logger: Logger, reporter: ErrorReporter, onFatal: (error: unknown) => void) {
  return {
    unhandledRejection: async (reason: unknown) => {
      logger.error({ err: reason }, 'Promesse rejetée sans traitement');
      await reporter.capture(reason);
    },
    uncaughtException: async (error: unknown) => {
      logger.fatal({ err: error }, 'Exception non rattrapée : arrêt du processus');
      await reporter.capture(error);
      onFatal(error);
    },
  };
}

export function installProcessHooks(logger: Logger, reporter: ErrorReporter, onFatal: (error: unknown) => void) {
  const hooks = processHooks(logger, reporter, onFatal);
  process.on('unhandledRejection', (reason) => void hooks.unhandledRejection(reason));
  process.on('uncaughtException', (error) => void hooks.uncaughtException(error));
}
