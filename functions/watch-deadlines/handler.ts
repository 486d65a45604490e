import { z } from 'zod';
import { stageHandler } from '#commons/handler';
import { logger } from '#commons/powertools';
import { dbFromEnv, watchDeadlines } from '#commons/store/service';
import { loadConfig } from '#domain/config';
import { osloDate } from '#domain/calendar';

/**
 * The deadline watcher, run every morning by a schedule (functions/registry.ts triggerFunctions,
 * trigger 'daily'): what comes due within WATCH_HORIZON_DAYS (default 14), and the cases whose
 * case_processing deadline passes in that time, so the unit sends «varsel om forlenget svarfrist»
 * before it does. Locally: `npx postmottak deadlines --due-before DATE`.
 */
const ScheduledEvent = z.looseObject({ time: z.iso.datetime().optional() });

export const handler = stageHandler('watch-deadlines', ScheduledEvent, async (event) => {
  const horizonDays = Number(process.env.WATCH_HORIZON_DAYS ?? '14');
  if (!Number.isInteger(horizonDays) || horizonDays < 0) throw new Error('WATCH_HORIZON_DAYS must be a whole number of days');
  const today = osloDate(event.time ? new Date(event.time) : new Date());
  const watch = await watchDeadlines(dbFromEnv(), loadConfig(), { today, horizonDays });
  // Identifiers and counts only: the list itself is the function's result.
  logger.info('deadlines coming due', { today, dueBefore: watch.dueBefore, deadlines: watch.deadlines.length, extensionNotices: watch.extensionNotices.length });
  return watch;
});
