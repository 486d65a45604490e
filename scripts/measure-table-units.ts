/**
 * npx tsx scripts/measure-table-units.ts [--people 100] [--second-declaration-share 0.857]
 *
 * The DynamoDB capacity units the WHOLE pipeline consumes per document, as AWS bills them: generated
 * text-PDF mail through the full embedded stack (the real ASL, the real handlers, loopback S3) on
 * DynamoDB Local (dynalite reports no capacity), every request asked for ReturnConsumedCapacity INDEXES
 * and its units summed — per stage (the task state whose handler sent it), per document kind, and the
 * table's event feed (functions/commons/store/event-feed.ts) apart. A write refused by its condition
 * carries no ConsumedCapacity but is billed: counted as one unit (as functions/commons/store/db.ts
 * CapacityMeter does).
 *
 * The mix: per person an appeal that opens a case and a medical declaration that joins it; six persons
 * in seven also send a second declaration (another doctor, another date): 1 / (2 + 6/7) = 35% of the
 * documents open a case, as bench:route and scripts/cost.ts assume; `--orphan-share S` adds, for that share of
 * persons, a declaration of someone whose appeal never comes (review). One document at a time, so a
 * follow-up always finds its case. Not in here: start-intake's start record and the stages watchdog
 * (scripts/cost.ts counts them on their own lines), an archivist's review decision.
 *
 * `--by-item` adds the units by stage, request and item kind (the keys' leading words, ids left out),
 * with the units a write of each kind costs and how many of them its indexes took: a write of more than
 * one unit is an item over 1 KB or an index entry moved.
 *
 * The meter is a middleware on the handlers' one DynamoDB client (functions/commons/clients.ts
 * documentClient()), added by this script only: what the product sends is unchanged.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import { appealOf, declarationOf, personOf } from '../corpus/robustness-mail.ts';
import { renderTextPdf } from '../corpus/render.ts';

const USAGE = 'usage: measure-table-units [--people N] [--second-declaration-share 0..1] [--orphan-share 0..1] [--by-item]\n';
const { values } = (() => {
  try {
    return parseArgs({ options: { people: { type: 'string', default: '100' }, 'second-declaration-share': { type: 'string', default: String(6 / 7) }, 'orphan-share': { type: 'string', default: '0' }, 'by-item': { type: 'boolean', default: false } } });
  } catch {
    process.stderr.write(USAGE);
    process.exit(2);
  }
})();
const people = Number(values.people);
const secondShare = Number(values['second-declaration-share']);
const orphanShare = Number(values['orphan-share']);
if (!(Number.isInteger(people) && people > 0 && secondShare >= 0 && secondShare <= 1 && orphanShare >= 0 && orphanShare <= 1)) {
  process.stderr.write(USAGE);
  process.exit(2);
}

/** A later declaration from another doctor for the same person: other bytes, the same national id. */
async function secondDeclarationOf(i: number): Promise<Buffer> {
  const p = personOf(i);
  return renderTextPdf([
    [
      'Bergen tannhelsesenter', '', 'LEGEERKLÆRING', '', `Pasient: ${p.name}, fødselsnummer ${p.nationalId}`, '',
      'Diagnose: K08.1 Tap av tenner (ICD-10).',
      'Behandlingen er medisinsk nødvendig. Pasienten kan ikke tygge fast føde.', '',
      `Bergen, ${String(1 + ((i + 5) % 28)).padStart(2, '0')}.04.2025`, 'Nils Dahl, tannlege',
    ],
  ]);
}

type Kind = 'appeal' | 'declaration' | 'second declaration' | 'orphan declaration';
interface Doc {
  name: string;
  bytes: Buffer;
  kind: Kind;
}
const docs: Doc[] = [];
for (let n = 0; n < people; n++) {
  const i = 9000 + n;
  docs.push({ name: `klage-${i}.pdf`, bytes: await appealOf(i), kind: 'appeal' });
  docs.push({ name: `legeerklaering-${i}.pdf`, bytes: await declarationOf(i), kind: 'declaration' });
  // Spread evenly: floor((n+1)s) > floor(ns) picks the share without randomness.
  if (Math.floor((n + 1) * secondShare) > Math.floor(n * secondShare)) docs.push({ name: `legeerklaering-2-${i}.pdf`, bytes: await secondDeclarationOf(i), kind: 'second declaration' });
  // --orphan-share: a declaration for a person whose appeal is not in the mail: no case to join, so review.
  if (Math.floor((n + 1) * orphanShare) > Math.floor(n * orphanShare)) docs.push({ name: `legeerklaering-uten-sak-${i}.pdf`, bytes: await declarationOf(20000 + n), kind: 'orphan declaration' });
}

// ─── The meter ───
interface Units {
  read: number;
  write: number;
  requests: number;
  conditionFailures: number;
}
const zero = (): Units => ({ read: 0, write: 0, requests: 0, conditionFailures: 0 });
/** Which document and which task state a request is sent for (set before each task by the state machine's gate). */
interface Place {
  doc: number;
  state: string;
}
const place = new AsyncLocalStorage<Place>();
/** units[doc][bucket]: bucket is the state, or `${state} (event feed)`. */
const byDoc: Map<string, Units>[] = docs.map(() => new Map());
const outside = zero();
const feedByCommand: Record<string, Units> = {};
/** --by-item: units by stage, command and item kind (the keys' leading words), to find writes of more than one unit. */
const byItem: Record<string, Units> = {};
/** --by-item: of those units, the ones the global secondary indexes consumed. */
const byItemIndexes: Record<string, number> = {};
const indexUnits = (consumed: ConsumedCapacity | ConsumedCapacity[] | undefined): number =>
  (Array.isArray(consumed) ? consumed : consumed ? [consumed] : []).reduce((sum, c) => sum + Object.values(c.GlobalSecondaryIndexes ?? {}).reduce((a, i) => a + (i.CapacityUnits ?? 0), 0), 0);
/** An item's kind: its keys with ids left out (`CASE#…/DOC#…`), or the index or table a query reads. */
function itemKind(input: Record<string, unknown>): string {
  const key = (input.Key ?? input.Item) as { pk?: unknown; sk?: unknown } | undefined;
  if (input.RequestItems) return 'batch of items';
  if (!key) return `query ${String(input.IndexName ?? 'table')}`;
  const word = (v: unknown) => (pkOf(v) ?? '?').split('#')[0];
  return `${word(key.pk)}/${word(key.sk)}`;
}

const WRITES = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'BatchWriteItemCommand', 'TransactWriteItemsCommand', 'PutCommand', 'UpdateCommand', 'DeleteCommand', 'BatchWriteCommand', 'TransactWriteCommand']);
const pkOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : ((value as { S?: string } | undefined)?.S ?? undefined));
/** The event feed's items (functions/commons/store/keys.ts): the counter, the by-id claims, the numbered entries. */
function isFeedRequest(input: Record<string, unknown>): boolean {
  const pk = pkOf((input.Key as { pk?: unknown } | undefined)?.pk) ?? pkOf((input.Item as { pk?: unknown } | undefined)?.pk) ?? pkOf((input.ExpressionAttributeValues as Record<string, unknown> | undefined)?.[':pk']);
  return pk !== undefined && (pk === 'EVENTS' || pk === 'EVENTSEQ' || pk.startsWith('EVENT#'));
}
/** Which of the feed's items a request touches: the counter, an event's by-id claim, a numbered entry. */
function feedRole(input: Record<string, unknown>): string {
  const pk = pkOf((input.Key as { pk?: unknown } | undefined)?.pk) ?? pkOf((input.Item as { pk?: unknown } | undefined)?.pk) ?? '';
  if (pk === 'EVENTSEQ') return 'counter';
  if (pk.startsWith('EVENT#')) return 'claim by id';
  const type = (input.Item as { type?: unknown } | undefined)?.type;
  return type === 'event-void' ? 'void entry' : type === 'event' ? 'numbered entry' : 'entry read';
}
const eventsByType: Record<string, number> = {};
function add(units: Units, kind: 'read' | 'write', consumed: ConsumedCapacity | ConsumedCapacity[] | undefined, failed: boolean): void {
  units.requests += 1;
  if (failed) {
    units.write += 1;
    units.conditionFailures += 1;
    return;
  }
  for (const c of Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) units[kind] += c.CapacityUnits ?? 0;
}
function record(commandName: string, input: Record<string, unknown>, consumed: ConsumedCapacity | ConsumedCapacity[] | undefined, failed: boolean): void {
  const kind = WRITES.has(commandName) ? 'write' : 'read';
  const at = place.getStore();
  const feed = isFeedRequest(input);
  const itemBucket = `${(at?.state ?? 'outside').padEnd(14)} ${commandName.replace('Command', '').padEnd(10)} ${itemKind(input)}`;
  byItem[itemBucket] ??= zero();
  add(byItem[itemBucket], kind, consumed, failed);
  byItemIndexes[itemBucket] = (byItemIndexes[itemBucket] ?? 0) + indexUnits(consumed);
  if (feed) {
    const role = feedRole(input);
    const key = `${role} (${commandName})`;
    feedByCommand[key] ??= zero();
    add(feedByCommand[key], kind, consumed, failed);
    const item = input.Item as { type?: unknown; event?: unknown } | undefined;
    if (item?.type === 'event' && typeof item.event === 'string' && !failed) {
      const type = String((JSON.parse(item.event) as { type?: unknown }).type);
      eventsByType[type] = (eventsByType[type] ?? 0) + 1;
    }
  }
  if (!at) {
    add(outside, kind, consumed, failed);
    return;
  }
  const bucket = feed ? `${at.state} (event feed)` : at.state;
  const map = byDoc[at.doc]!;
  if (!map.has(bucket)) map.set(bucket, zero());
  add(map.get(bucket)!, kind, consumed, failed);
}

// ─── The stack, on DynamoDB Local ───
process.env.POSTMOTTAK_DYNAMODB_ENGINE = 'dynamodb-local';
const dir = await mkdtemp(path.join(tmpdir(), 'postmottak-units-'));
for (const d of docs) await writeFile(path.join(dir, d.name), d.bytes);
const { startLocalStack } = await import('../local/stack.ts');
const stack = await startLocalStack({ dataDir: path.join(dir, 'state') });
const { documentClient } = await import('../functions/commons/clients.ts');
documentClient().middlewareStack.add(
  (next, context) => async (args) => {
    const input = args.input as Record<string, unknown>;
    input.ReturnConsumedCapacity = 'INDEXES';
    const commandName = context.commandName ?? 'unknown';
    try {
      const out = await next(args);
      record(commandName, input, (out.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] }).ConsumedCapacity, false);
      return out;
    } catch (error) {
      if ((error as { name?: string }).name === 'ConditionalCheckFailedException') record(commandName, input, undefined, true);
      throw error;
    }
  },
  { step: 'initialize', name: 'measureTableUnits' },
);
const { loadLocalStateMachine } = await import('../local/state-machine.ts');
const { uploadScan } = await import('../local/intake.ts');
const { ProcessResult } = await import('../schemas/pipeline.ts');
const machine = await loadLocalStateMachine({
  // Each task's requests are the state's: the gate runs inside the handler's async context, before it.
  beforeTask: (state) => {
    const at = place.getStore();
    if (at) place.enterWith({ doc: at.doc, state });
  },
});

const seenCases = new Set<string>();
const outcomes: { kind: Kind; status: string; newCase: boolean; documentType: string | null }[] = [];
process.stderr.write(`${docs.length} documents on DynamoDB Local…\n`);
for (const [n, doc] of docs.entries()) {
  const result = await place.run({ doc: n, state: 'upload' }, async () => {
    const input = await uploadScan(stack.bucket, path.join(dir, doc.name), { receivedDate: '2025-04-22', postmarkDate: null });
    const run = await machine.run(input as never);
    return ProcessResult.parse({ ...(run.output as object), file: doc.name });
  });
  const newCase = result.caseId !== null && !seenCases.has(result.caseId);
  if (result.caseId) seenCases.add(result.caseId);
  outcomes.push({ kind: doc.kind, status: result.status, newCase, documentType: result.documentType });
  if ((n + 1) % 50 === 0) process.stderr.write(`${n + 1}/${docs.length}\n`);
}
await machine.settled();
await stack.stop();
await rm(dir, { recursive: true, force: true });

// ─── The report ───
const total = (map: Map<string, Units>, only?: (bucket: string) => boolean): Units => {
  const sum = zero();
  for (const [bucket, u] of map) {
    if (only && !only(bucket)) continue;
    sum.read += u.read;
    sum.write += u.write;
    sum.requests += u.requests;
    sum.conditionFailures += u.conditionFailures;
  }
  return sum;
};
const isFeed = (b: string) => b.endsWith('(event feed)');
const f = (x: number) => x.toFixed(2).padStart(7);
const count = docs.length;
const all = byDoc.map((m) => total(m));
const mean = (xs: Units[], pick: (u: Units) => number) => xs.reduce((a, u) => a + pick(u), 0) / Math.max(1, xs.length);
const newCases = outcomes.filter((o) => o.newCase).length;
const statuses: Record<string, number> = {};
for (const o of outcomes) statuses[o.status] = (statuses[o.status] ?? 0) + 1;
const lines = [
  `measure:table-units — ${count} text-PDF documents (${people} people: appeal + declaration, ${docs.filter((d) => d.kind === 'second declaration').length} second declarations, ${docs.filter((d) => d.kind === 'orphan declaration').length} declarations without a case), one at a time, DynamoDB Local, ReturnConsumedCapacity INDEXES`,
  `outcomes: ${JSON.stringify(statuses)}; new cases ${newCases} (${((newCases / count) * 100).toFixed(1)}%)`,
  `per document, the whole pipeline: ${mean(all, (u) => u.write).toFixed(2)} WCU, ${mean(all, (u) => u.read).toFixed(2)} RCU, ${mean(all, (u) => u.requests).toFixed(1)} requests (${mean(all, (u) => u.conditionFailures).toFixed(2)} refused conditional writes, 1 WCU each)`,
  `  of which the event feed: ${mean(byDoc.map((m) => total(m, isFeed)), (u) => u.write).toFixed(2)} WCU, ${mean(byDoc.map((m) => total(m, isFeed)), (u) => u.read).toFixed(2)} RCU; the stages' own: ${mean(byDoc.map((m) => total(m, (b) => !isFeed(b))), (u) => u.write).toFixed(2)} WCU, ${mean(byDoc.map((m) => total(m, (b) => !isFeed(b))), (u) => u.read).toFixed(2)} RCU`,
  `  outside any document (the stack's start: table, key check values): ${outside.write.toFixed(0)} WCU, ${outside.read.toFixed(0)} RCU`,
  '',
  'per stage, units per document (all documents)   WCU      RCU   requests',
];
const buckets = [...new Set(byDoc.flatMap((m) => [...m.keys()]))].sort((a, b) => mean(byDoc.map((m) => m.get(b) ?? zero()), (u) => u.write) - mean(byDoc.map((m) => m.get(a) ?? zero()), (u) => u.write));
for (const bucket of buckets) {
  const xs = byDoc.map((m) => m.get(bucket) ?? zero());
  lines.push(`  ${bucket.padEnd(44)} ${f(mean(xs, (u) => u.write))}  ${f(mean(xs, (u) => u.read))}  ${f(mean(xs, (u) => u.requests))}`);
}
lines.push('', 'per document kind                                 n      WCU      RCU   feed WCU');
const kinds = [...new Set(outcomes.map((o) => `${o.kind} (${o.documentType ?? '-'}, ${o.status}${o.newCase ? ', new case' : ''})`))].sort();
for (const k of kinds) {
  const idx = outcomes.flatMap((o, i) => (`${o.kind} (${o.documentType ?? '-'}, ${o.status}${o.newCase ? ', new case' : ''})` === k ? [i] : []));
  const xs = idx.map((i) => all[i]!);
  const feed = idx.map((i) => total(byDoc[i]!, isFeed));
  lines.push(`  ${k.padEnd(44).slice(0, 44)} ${String(idx.length).padStart(5)} ${f(mean(xs, (u) => u.write))}  ${f(mean(xs, (u) => u.read))}  ${f(mean(feed, (u) => u.write))}`);
}
lines.push('', 'per document kind and stage, WCU/RCU per document (feed: the event feed\'s writes)');
for (const k of kinds) {
  const idx = outcomes.flatMap((o, i) => (`${o.kind} (${o.documentType ?? '-'}, ${o.status}${o.newCase ? ', new case' : ''})` === k ? [i] : []));
  const cells = buckets.flatMap((bucket) => {
    const xs = idx.map((i) => byDoc[i]!.get(bucket) ?? zero());
    const w = mean(xs, (u) => u.write);
    const r = mean(xs, (u) => u.read);
    return w || r ? [`${bucket.replace(' (event feed)', ' feed')} ${w.toFixed(2)}/${r.toFixed(2)}`] : [];
  });
  lines.push(`  ${k}: ${cells.join(', ')}`);
}
lines.push('', 'the event feed by request, per document             WCU      RCU   requests');
for (const [command, u] of Object.entries(feedByCommand)) lines.push(`  ${command.padEnd(44)} ${f(u.write / count)}  ${f(u.read / count)}  ${f(u.requests / count)}`);
const events = Object.values(eventsByType).reduce((a, b) => a + b, 0);
const feedWrite = Object.values(feedByCommand).reduce((a, u) => a + u.write, 0);
lines.push('', `events recorded: ${(events / count).toFixed(2)} a document, ${events ? (feedWrite / events).toFixed(2) : '-'} WCU an event; by type, per document: ${Object.entries(eventsByType)
  .sort((a, b) => b[1] - a[1])
  .map(([t, c]) => `${t} ${(c / count).toFixed(2)}`)
  .join(', ')}`);
if (values['by-item']) {
  lines.push('', 'by stage, request and item, per document (--by-item)          WCU      RCU   requests  WCU a write  of it indexes');
  for (const [bucket, u] of Object.entries(byItem).sort((a, b) => b[1].write - a[1].write)) {
    const writes = u.write ? u.requests : 0;
    lines.push(`  ${bucket.padEnd(60).slice(0, 60)} ${f(u.write / count)}  ${f(u.read / count)}  ${f(u.requests / count)}  ${writes ? f(u.write / writes) : '      -'}      ${writes ? f((byItemIndexes[bucket] ?? 0) / writes) : '      -'}`);
  }
}
process.stdout.write(lines.join('\n') + '\n');
