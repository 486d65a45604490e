/**
 * What a stage's invocation writes to its log, as Lambda would ingest it: the bytes on standard output
 * and error of one warm invocation of functions/commons/handler.ts's stageHandler (Powertools logger,
 * metrics and tracer as deployed, metrics on), with one INFO line of the shape the stages log
 * (extract-page's "page read", the longest). The platform's own START/END/REPORT lines are not written
 * by the process and are counted apart in scripts/cost.ts.
 *   npx tsx scripts/measure-log-bytes.ts [--show]   (--show prints the lines themselves)
 */
import { z } from 'zod';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('measure-log-bytes', { options: { show: { type: 'boolean', default: false } } });

Object.assign(process.env, {
  AWS_LAMBDA_FUNCTION_NAME: 'postmottak-extract-page',
  AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '1769',
  AWS_REGION: 'eu-north-1',
  POWERTOOLS_SERVICE_NAME: 'postmottak',
  POWERTOOLS_METRICS_NAMESPACE: 'postmottak',
  POWERTOOLS_LOG_LEVEL: 'INFO',
  POWERTOOLS_TRACE_ENABLED: 'false',
  POWERTOOLS_METRICS_DISABLED: 'false',
});

const { stageHandler } = await import('../functions/commons/handler.ts');
const { logger } = await import('../functions/commons/powertools.ts');

const handler = stageHandler('extract-page', z.object({ documentId: z.string(), pageIndex: z.number() }), async (job) => {
  logger.info('page read', { documentId: job.documentId, pageIndex: job.pageIndex, source: 'ocr', chars: 2214, words: 391, inState: true, sheet: null, ms: 812 });
  return { ok: true };
});

const context = {
  functionName: 'postmottak-extract-page',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-north-1:123456789012:function:postmottak-extract-page',
  memoryLimitInMB: '1769',
  awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
  logGroupName: '/aws/lambda/postmottak-extract-page',
  logStreamName: '2026/11/30/[$LATEST]0123456789abcdef0123456789abcdef',
  getRemainingTimeInMillis: () => 60_000,
} as never;

async function bytesOf(run: () => Promise<unknown>): Promise<{ bytes: number; lines: string[] }> {
  let bytes = 0;
  const lines: string[] = [];
  const count = (chunk: unknown) => {
    const text = String(chunk);
    bytes += Buffer.byteLength(text);
    lines.push(...text.split('\n').filter(Boolean));
    return true;
  };
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = count as never;
  process.stderr.write = count as never;
  try {
    await run();
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
  return { bytes, lines };
}

const event = { documentId: '01JDEXAMPLE0000000000000000', pageIndex: 3 };
const cold = await bytesOf(() => handler(event as never, context));
const warm = await bytesOf(() => handler(event as never, context));
for (const [name, run] of [['first invocation (cold)', cold], ['warm invocation', warm]] as const) {
  console.log(`${name}: ${run.bytes} bytes in ${run.lines.length} lines`);
  for (const line of run.lines) console.log(`  ${String(Buffer.byteLength(line) + 1).padStart(5)} bytes  ${values.show ? line : line.slice(0, 60)}`);
}
