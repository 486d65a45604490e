/**
 * npm run bench:access-log [-- --per-day 20 --runs 5]
 *
 * A year of access log (366 day partitions, `--per-day` reads each) on the embedded stack (dynalite, as
 * `serve` runs it), then the auditor's «who read this person's data» over the whole year
 * (`readAccessLog` with a national id, the operation behind `GET /api/v1/access-log?nationalId=`): the
 * day partitions read one after another (what session 14 did, `dayReads: 1`) against the bounded
 * parallel read the store does now (`dayReads: 16`). Prints the median of `--runs` for each, and the
 * 1-minute load average (the machine is shared). Figures: README «Innsyn, retting og sletting».
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { addDays, osloDate } from '../domain/calendar.ts';
import { openLocalRuntime } from '../local/service-runtime.ts';
import { dynamoAccessLog } from '../functions/commons/store/access-log.ts';
import { putAll } from '../functions/commons/store/db.ts';
import { keys } from '../functions/commons/store/keys.ts';
import { readAccessLog } from '../service/operations/downstream.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('bench-access-log-year', { options: { 'per-day': { type: 'string', default: '20' }, runs: { type: 'string', default: '5' } } });
const perDay = Number(values['per-day']);
const runs = Number(values.runs);

const dir = await mkdtemp(path.join(tmpdir(), 'postmottak-bench-access-'));
const runtime = await openLocalRuntime({ dataDir: path.join(dir, 'state'), command: 'bench' });
try {
  const db = runtime.context.db;
  const to = osloDate(new Date());
  const from = addDays(to, -365);
  const items = [];
  for (let d = 0; d <= 365; d++) {
    const day = addDays(from, d);
    for (let i = 0; i < perDay; i++) {
      const at = `${day}T10:${String(i % 60).padStart(2, '0')}:00.000Z`;
      items.push({ ...keys.accessLog(day, at, `${d}-${i}`), kind: 'access', at, person: `Saksbehandler ${i % 7}`, role: 'caseworker', action: 'case:read', caseId: `2025-${String(i).padStart(5, '0')}` });
    }
  }
  await putAll(db, items);
  const auditor = { person: 'Revisor', role: 'auditor' as const };
  // Synthetic (birth month + 80), valid check digits: no real person.
  const nationalId = '01838510058';
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const dayReads of [1, 16]) {
    const ctx = { ...runtime.context, accessLog: dynamoAccessLog(db, { dayReads }) };
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const started = performance.now();
      await readAccessLog(ctx, auditor, { from, to, nationalId });
      times.push(performance.now() - started);
    }
    console.log(`${dayReads === 1 ? 'one day at a time' : `${dayReads} days at once`}: ${from}..${to}, ${items.length} entries, median ${median(times).toFixed(0)} ms of ${runs} (load ${loadavg()[0]!.toFixed(2)})`);
  }
} finally {
  await runtime.close();
  await rm(dir, { recursive: true, force: true });
}
