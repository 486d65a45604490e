import type { LambdaFunctionName, TriggerFunctionName } from '../functions/lambda-functions.ts';

/**
 * Deployment settings that are AWS-only (memory and timeouts live in functions/lambda-functions.ts, next to
 * the handlers they size). Every value can be overridden per deployment through `PostmottakStackProps`.
 */
export interface DeploymentSettings {
  /** Days OCR artefacts (page text, word boxes, page images under documents/) are kept. Originals are never expired. */
  readonly artefactRetentionDays: number;
  /** Days a rejected file is kept under quarantine/ for the mailroom to look at and rescan. */
  readonly quarantineRetentionDays: number;
  /** Days S3 server access logs are kept (they name object keys, which carry file names). */
  readonly accessLogRetentionDays: number;
  /** Days CloudWatch log groups keep function and state machine logs. */
  readonly logRetentionDays: number;
  /** Alarm when the oldest document in the review queue has waited this many hours. */
  readonly reviewAgeAlarmHours: number;
  /**
   * Reserved concurrency per function: a bulkhead, so an OCR burst cannot take the concurrency that
   * registration needs, and a ceiling that protects what each stage calls (S3, DynamoDB, Step
   * Functions' StartExecution quota). The sum must leave the account's unreserved pool at >= 100
   * (Lambda's rule), so the default account limit of 1,000 fits these defaults with room to spare.
   */
  readonly reservedConcurrency: Readonly<Record<LambdaFunctionName | TriggerFunctionName, number>> & Readonly<Record<string, number>>;
  /**
   * Pages of one document read at once in AWS (the Map's MaxConcurrencyPath, given to the inspect
   * function as PAGE_CONCURRENCY instead of config.ocr.pageConcurrency, which fits a laptop's cores).
   * The stages run as one Express execution, at most 5 minutes: at ~3.1 s an OCR page (npm run cost),
   * 10 at once reads the 200 pages config/postmottak.json admits in ~62 s.
   */
  readonly pageConcurrency: number;
  /** How many start-intake invocations poll the intake queue at once: the throttle on new executions. */
  readonly intakeMaxConcurrency: number;
}

export const defaultSettings: DeploymentSettings = {
  artefactRetentionDays: 400,
  quarantineRetentionDays: 90,
  accessLogRetentionDays: 400,
  logRetentionDays: 90,
  reviewAgeAlarmHours: 72,
  reservedConcurrency: {
    'start-intake': 10,
    // Most of the pool: OCR is the only stage whose work grows with pages, 2-3 s a page at 2 GB
    // (MEASURED.md), so 200 concurrent pages is ~4,000-6,000 pages a minute.
    'extract-page': 200,
    inspect: 50,
    classify: 50,
    // The stages that write the case register are single-digit milliseconds against DynamoDB;
    // a modest ceiling keeps a runaway redrive from turning into a write storm.
    link: 30,
    review: 20,
    register: 30,
    deadlines: 30,
    route: 30,
    // pdfkit renders one letter in ~0.2 s; a new case is one letter.
    'write-letters': 20,
    reject: 20,
    'record-failure': 20,
    'watch-deadlines': 1,
  },
  intakeMaxConcurrency: 5,
  pageConcurrency: 10,
};
