import { z } from 'zod';
import { IntakeInput } from '#schemas/pipeline';

/**
 * What start-intake sends the stages watchdog (functions/watch-stages) for each upload it starts: the
 * upload as the execution starts with it. The check queue delivers it after STAGES_WATCH_DELAY_SECONDS,
 * when the execution has ended one way or another (README "Why no guard").
 */
export const StagesWatch = z.object({ intake: IntakeInput, fileName: z.string() });
export type StagesWatch = z.infer<typeof StagesWatch>;

/** The Express limit: no execution of the stages runs longer. */
export const EXPRESS_LIMIT_SECONDS = 300;

/**
 * The check queue's delivery delay: Express's 5 minutes, then the longest a stage's Lambda invoked at the
 * last moment may still run and write (extract-page and inspect, 120 s; Step Functions does not stop
 * it), then three minutes' margin for the start's own retries. SQS delays at most 15 minutes.
 */
export const STAGES_WATCH_DELAY_SECONDS = 600;
