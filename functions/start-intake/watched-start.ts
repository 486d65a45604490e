import type { StartRequest } from '#domain/intake/start-request';
import type { StagesWatch } from '#commons/stages-watch';

export interface WatchedStartDeps {
  /** Sends the watchdog's check to the check queue, which delays it past the execution's end. */
  sendWatch(watch: StagesWatch): Promise<void>;
  startExecution(request: StartRequest): Promise<void>;
}

/**
 * A start with its watchdog check (README "Why no guard"). The check goes first: a start whose check
 * could not be sent fails before anything runs, and the message's retry does both; a retry after a
 * failed StartExecution sends a second check, which finds the document finished or in review.
 */
export function watchedStart(deps: WatchedStartDeps): (request: StartRequest) => Promise<void> {
  return async (request) => {
    await deps.sendWatch({ intake: request.input.intake, fileName: request.input.fileName });
    await deps.startExecution(request);
  };
}
