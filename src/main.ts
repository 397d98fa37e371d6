#!/usr/bin/env node
/**
 * Composition root: reads flags and environment, starts the emulator, prints the readiness line
 * (tools such as testcontainers wait for it), and shuts down cleanly on SIGINT/SIGTERM.
 */
import { HELP_TEXT, OptionsError, parseOptions } from './cli-options';
import { Logger } from './common/logger';
import { Emulator, READY_MESSAGE } from './emulator';
import { StartupError } from './common/startup-error';

async function main(): Promise<void> {
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof OptionsError)) throw e;
    process.stderr.write(`${e.message}\n\n${HELP_TEXT}`);
    process.exit(2);
  }
  if (options === 'help') {
    process.stdout.write(HELP_TEXT);
    return;
  }
  const logger = new Logger(options.logLevel);
  // A request must never take the process down: anything that escapes a handler is logged and dropped.
  process.on('unhandledRejection', (reason) => logger.error('Unhandled rejection', reason));
  process.on('uncaughtException', (error) => logger.error('Uncaught exception', error));
  let emulator: Emulator;
  try {
    emulator = await Emulator.start(options, logger);
  } catch (e) {
    if (!(e instanceof StartupError)) throw e;
    // Whatever the log level: the user must learn why nothing started, in one line.
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
  logger.banner(READY_MESSAGE);
  logger.banner(`gRPC: ${options.host}:${emulator.grpcPort}`);
  logger.banner(`REST: http://${options.host}:${emulator.restPort}`);
  logger.banner(`Data: ${options.dataDir ?? 'in memory (nothing is kept)'}`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received; shutting down.`);
    emulator.stop().then(
      () => process.exit(0),
      (e) => {
        logger.error('Shutdown failed', e);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((e) => {
  process.stderr.write(`Failed to start: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
