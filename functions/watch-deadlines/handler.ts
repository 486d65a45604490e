import { z } from 'zod';
import { stageHandler } from '#commons/handler';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logger, metrics } from '#commons/powertools';
import { dbFromEnv, listQueue, watchDeadlines } from '#commons/store/service';
import { loadConfig } from '#config/load';
import { osloDate } from '#domain/calendar';
import { stagePortsWithBlobs } from '#commons/ports';
import { dynamoLetterRepository } from '#commons/store/letters';
import { loadLettersConfig } from '#config/letters';
import { pdfLetterRenderer } from '#engines/pdf/letter-renderer';
import { noticesDue } from '#stages/extended-notices';
import { letterStagePorts, writeExtendedNotices } from '#stages/write-letters';

/**
 * The deadline watcher, run every morning by a schedule (functions/lambda-functions.ts triggerFunctions,
 * trigger 'daily'): what comes due within WATCH_HORIZON_DAYS (default 14), and the cases whose
 * case_processing deadline passes in that time, so the unit sends «varsel om forlenget svarfrist»
 * before it does, and writes that notice, once per case (stages/write-letters.ts). Locally:
 * `npx postmottak deadlines --due-before DATE` lists, `npx postmottak outbox notices` writes.
 */
const ScheduledEvent = z.looseObject({ time: z.iso.datetime().optional() });

export const handler = stageHandler('watch-deadlines', ScheduledEvent, async (event) => {
  const horizonDays = Number(process.env.WATCH_HORIZON_DAYS ?? '14');
  if (!Number.isInteger(horizonDays) || horizonDays < 0) throw new Error('WATCH_HORIZON_DAYS must be a whole number of days');
  // The schedule's time is the day the watcher runs for (a late retry or an operator's invoke may name a
  // day that has passed): it dates the notices and ages the queue. What is written now is stamped with
  // the clock, so a notice's createdAt and its LetterReady `time` never go back (the event feed reads on
  // from them).
  const scheduled = event.time ? new Date(event.time) : new Date();
  const today = osloDate(scheduled);
  const db = dbFromEnv();
  const watch = await watchDeadlines(db, loadConfig(), { today, horizonDays });
  // The alarm «a review waiting too long» (infra/constructs/operations.ts) reads this figure: hours
  // since the oldest document in the review queue was received (0 when the queue is empty).
  const [oldest] = (await listQueue(db, { queue: 'review', order: 'oldest', limit: 1 })).items;
  const waitedHours = oldest ? Math.max(0, (scheduled.getTime() - Date.parse(`${oldest.receivedDate}T00:00:00Z`)) / 3_600_000) : 0;
  metrics.addMetric('ReviewQueueOldestAgeHours', MetricUnit.NoUnit, Math.round(waitedHours));
  const due = noticesDue(watch.extensionNotices);
  const notices = due.length
    ? await writeExtendedNotices(
        due,
        letterStagePorts({ ...stagePortsWithBlobs(), letters: dynamoLetterRepository(db), renderer: pdfLetterRenderer, lettersConfig: loadLettersConfig() }),
        today,
      )
    : [];
  // Identifiers and counts only: the list itself is the function's result.
  logger.info('deadlines coming due', { today, dueBefore: watch.dueBefore, deadlines: watch.deadlines.length, extensionNotices: watch.extensionNotices.length, noticesWritten: notices.filter((n) => n.created).length });
  return { ...watch, notices };
});
