import type { RunningServer } from './server';

/** Longer than Apollo's drain (10 s for requests in flight) plus closing the store. */
const GIVE_UP_AFTER_MS = 30_000;

/**
 * SIGTERM (docker stop, systemd) or SIGINT (Ctrl-C) closes the app: Apollo's drain plugin
 * stops taking connections and lets requests in flight finish, then the store closes (SQLite
 * checkpoints its WAL into the file; Neo4j's driver closes) and the process exits 0. A second
 * signal, or a close that hangs, exits at once with 1. Only main.ts installs this: a server
 * started inside tests leaves the process's signals alone.
 */
export function closeOnSignals(server: RunningServer, log: (line: string) => void): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (closing) {
      log(`${signal} again: exiting without waiting.`);
      process.exit(1);
    }
    closing = true;
    log(`${signal}: finishing requests in flight, then closing the store.`);
    setTimeout(() => {
      log(`Still closing after ${GIVE_UP_AFTER_MS / 1000} s: exiting.`);
      process.exit(1);
    }, GIVE_UP_AFTER_MS).unref();
    afterPendingRequestsAreRead()
      .then(() => server.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          log(`Closing failed: ${error instanceof Error ? error.message : String(error)}`);
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

/**
 * The signal is handled in the same turn of the event loop that accepts connections waiting
 * since the loop was last busy, but their requests are read only in the next turn. Apollo's
 * drain ends every connection without a request at once, so without this wait a request sent
 * before the signal could be dropped unanswered. Two check phases: the next poll has run.
 */
function afterPendingRequestsAreRead(): Promise<void> {
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  return turn().then(turn);
}
