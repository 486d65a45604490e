import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { lambdaFunctions, triggerFunctions } from '../functions/lambda-functions.ts';
import { parseSettingsWith, readSettingsJson, SettingsFileError } from '../config/settings-file.ts';

/**
 * Deployment settings that are AWS-only (memory and timeouts live in functions/lambda-functions.ts, next to
 * the handlers they size): data, validated by the zod schema below, read from infra/deployment.json
 * (or the file `-c settings=FILE` names). Every value can also be overridden per stack through
 * `PostmottakStackProps`, which the tests use.
 */

/** Where health data is kept unless someone decides otherwise on purpose: Stockholm, the AWS region closest to Norway. */
export const HOME_REGION = 'eu-north-1';
/** AWS keeps CloudFront-scoped WAF web ACLs (and CloudFront certificates) only here. */
export const EDGE_REGION = 'us-east-1';

const functionNames = [...lambdaFunctions, ...triggerFunctions].map((f) => f.name);
const days = z.number().int().positive();

export const DeploymentSettingsSchema = z
  .strictObject({
    /** The region of the stack that holds data (documents, the case register, queues, logs). */
    region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'an AWS region name such as eu-north-1').default(HOME_REGION),
    /**
     * Health data outside HOME_REGION only on purpose: a region other than eu-north-1 is refused unless
     * this says why (it is written into the stack's description, so the decision is visible in AWS).
     */
    regionChosenBecause: z.string().min(20, 'say why, in a sentence').optional(),
    /** Who gets the alarms: an e-mail subscription on the alarm topic (confirmed by the recipient once). */
    alarmEmail: z.email(),
    /** Days OCR artefacts (page text, word boxes, page images under documents/) are kept. Originals are never expired. */
    artefactRetentionDays: days.default(400),
    /** Days a rejected file is kept under quarantine/ for the mailroom to look at and rescan. */
    quarantineRetentionDays: days.default(90),
    /** Days S3 server access logs are kept (they name object keys, which carry file names). */
    accessLogRetentionDays: days.default(400),
    /** Days CloudWatch log groups keep function and state machine logs. */
    logRetentionDays: days.default(90),
    /** Alarm when the oldest document in the review queue has waited this many hours. */
    reviewAgeAlarmHours: z.number().positive().default(72),
    /** Alarm when an upload has waited this long in the intake queue without its intake starting. */
    intakeQueueAgeAlarmMinutes: z.number().int().positive().default(30),
    /**
     * Reserved concurrency per function: a bulkhead, so an OCR burst cannot take the concurrency that
     * registration needs, and a ceiling that protects what each stage calls. Lambda keeps at least 100
     * of the account's concurrency unreserved, so the sum must stay at or below
     * `assumedAccountConcurrency - 100`.
     */
    reservedConcurrency: z.record(z.string(), z.number().int().positive()).default({
      'start-intake': 5,
      // The largest share: OCR is the only stage whose work grows with pages, 2-3 s a page at 1,769 MB,
      // so 60 concurrent pages read ~1,200-1,800 pages a minute, a mailroom's morning batch in minutes.
      'extract-page': 60,
      inspect: 10,
      classify: 10,
      // The stages that write the case register take single-digit milliseconds against DynamoDB;
      // a small ceiling keeps a runaway redrive from turning into a write storm.
      link: 5,
      review: 3,
      register: 5,
      deadlines: 5,
      route: 5,
      // A new case is one letter, ~0.2 s to render.
      'write-letters': 3,
      reject: 3,
      'record-failure': 3,
      // Reads one upload and writes at most one document per message, ten minutes after its start.
      'watch-stages': 2,
      'watch-deadlines': 1,
      reconcile: 1,
      api: 20,
    }),
    /**
     * The account's Lambda concurrency limit this deployment assumes: 1,000, the documented default
     * quota. The reserved sum is checked against it at synth (Lambda refuses a reservation that leaves
     * fewer than 100 unreserved); the defaults sum to 141, so they deploy on any account whose limit is
     * 241 or more. Newer accounts can start lower than 1,000: set this to the account's real limit
     * (Service Quotas, "Concurrent executions") and synth says whether the reservations fit.
     */
    assumedAccountConcurrency: z.number().int().min(100).default(1000),
    /**
     * Pages of one document read at once in AWS (the Map's MaxConcurrencyPath, given to the inspect
     * function as PAGE_CONCURRENCY instead of config.ocr.pageConcurrency, which fits a laptop's cores).
     * The stages run as one Express execution, at most 5 minutes: at ~3.1 s an OCR page (npm run cost),
     * 10 at once reads the 200 pages config/postmottak.json admits in ~62 s.
     */
    pageConcurrency: z.number().int().positive().default(10),
    /**
     * Share of intakes traced with X-Ray (a sampling rule on start-intake and the stages machine, no
     * reservoir): the Lambdas of a traced execution are traced with it. 5% keeps a sample of every
     * morning's batch for latency questions at a twentieth of the price; failures are in the logs and
     * alarms whatever is sampled. 1 traces every intake.
     */
    traceSampleRate: z.number().min(0).max(1).default(0.05),
    /**
     * What the Express stages machine logs: ERROR keeps every failed, timed-out or caught task and
     * execution (what an operator needs when StagesFailed fires); ALL adds every state entered and left
     * of every execution, which a document's journal in the table already tells.
     */
    stagesLogLevel: z.enum(['ALL', 'ERROR', 'FATAL']).default('ERROR'),
    /** How many start-intake invocations poll the intake queue at once: the throttle on new executions. */
    intakeMaxConcurrency: z.number().int().min(2).default(5),
    /** Days the events bus archive keeps every postmottak event (a consumer that missed some replays them). */
    eventArchiveRetentionDays: days.default(365),
    /** The EventBridge schema registry discoverer on the bus (costs per discovered event; off unless wanted). */
    eventSchemaDiscovery: z.boolean().default(false),
    /** API Gateway throttling of the whole stage and the usage plan: steady requests per second, burst. */
    apiThrottle: z.strictObject({ ratePerSecond: z.number().positive(), burst: z.number().int().positive() }).default({ ratePerSecond: 50, burst: 100 }),
    /**
     * Countries from which the archivists' page is served (CloudFront geo restriction, ISO 3166-1 alpha-2)
     * and the regional API answers (a geo rule of its WAF web ACL): downstream systems call from there too.
     */
    pageCountries: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1).default(['NO']),
    /** The prefix of the Cognito hosted sign-in domain (<prefix>.auth.<region>.amazoncognito.com); globally unique. */
    signInDomainPrefix: z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/).optional(),
  })
  .superRefine((s, ctx) => {
    const missing = functionNames.filter((name) => s.reservedConcurrency[name] === undefined);
    if (missing.length) ctx.addIssue({ code: 'custom', path: ['reservedConcurrency'], message: `no reserved concurrency for ${missing.join(', ')}` });
    const sum = reservedConcurrencySum(s);
    if (sum > s.assumedAccountConcurrency - 100) {
      ctx.addIssue({
        code: 'custom',
        path: ['reservedConcurrency'],
        message: `reserved concurrency sums to ${sum}; an account limit of ${s.assumedAccountConcurrency} allows at most ${s.assumedAccountConcurrency - 100} (Lambda keeps 100 unreserved)`,
      });
    }
  });

export type DeploymentSettings = z.output<typeof DeploymentSettingsSchema>;
export type DeploymentSettingsInput = z.input<typeof DeploymentSettingsSchema>;

/** The settings every field of which has its default; an e-mail address is the one thing a deployment must give. */
export const defaultSettings: DeploymentSettings = DeploymentSettingsSchema.parse({ alarmEmail: 'postmottak-drift@example.org' });

export const deploymentFile = fileURLToPath(new URL('./deployment.json', import.meta.url));

/** A slip in the deployment settings: one line naming the file and the field (config/settings-file.ts). */
export { SettingsFileError as SettingsError };

/** Parses settings, naming the file and each wrong field (or misspelt key) in one readable message. */
export function parseSettings(value: unknown, source: string): DeploymentSettings {
  return parseSettingsWith(DeploymentSettingsSchema, value, source);
}

export function readSettingsFile(file: string = deploymentFile): DeploymentSettings {
  return parseSettings(readSettingsJson(file), file);
}

/** Domains that never receive mail (RFC 2606, RFC 6761): an alarm sent there reaches nobody. */
export function reachesNobody(email: string): boolean {
  return /@(?:(?:[^@]+\.)?example\.(?:com|net|org)|[^@]*\.(?:example|test|invalid|localhost))$/i.test(email);
}

/**
 * For a deployment (infra/app.ts, when the CDK knows the account — `cdk deploy` always does): the
 * committed example alarm address is refused, so the alarms reach the people on duty, not example.org.
 * Synth without an account (tests, `npm run synth` on a laptop without credentials) takes it.
 */
export function assertDeployable(settings: DeploymentSettings, file: string): void {
  if (reachesNobody(settings.alarmEmail)) {
    throw new SettingsFileError(
      `${file}: alarmEmail: ${settings.alarmEmail} er en eksempeladresse som aldri får e-post; sett driftens adresse (den får alarmene) før deploy`,
    );
  }
}

export function reservedConcurrencySum(settings: DeploymentSettings): number {
  return Object.values(settings.reservedConcurrency).reduce((a, b) => a + b, 0);
}
