/**
 * npx tsx scripts/bench-text-cpu.ts [-- --count N]
 *
 * A text letter's main-thread CPU by state: N generated text PDFs (appeals and declarations, as
 * bench:pipeline's) through the embedded stack one at a time, the main thread's CPU time
 * (process.threadCpuUsage) between one task's start and the next's put on the first of them, so each
 * state's figure includes the interpreter's passing to the next. The loopback DynamoDB runs on its own
 * thread and is not counted here; the process's CPU is printed beside it. The first 10 documents warm
 * up and are not counted. Figures only, no assertions; CPU time moves less with the load than wall time.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadavg } from 'node:os';
import { appealOf, declarationOf } from '../corpus/robustness-mail.ts';
import { startLocalStack } from '../local/stack.ts';
import { loadLocalStateMachine } from '../local/state-machine.ts';
import { uploadScanBytes } from '../local/intake.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('bench-text-cpu', { options: { count: { type: 'string', default: '60' } } });
const warm = 10;
const count = Number(values.count);
if (!(Number.isInteger(count) && count > warm)) {
  process.stderr.write(`usage: bench-text-cpu [--count N], N a whole number above ${warm}\n`);
  process.exit(2);
}
const dir = await mkdtemp(path.join(tmpdir(), 'postmottak-text-cpu-'));
const stack = await startLocalStack({ dataDir: path.join(dir, 'state') });
const docs: Buffer[] = [];
for (let i = 0; i < count; i++) docs.push(i % 2 === 0 ? await appealOf(8000 + Math.floor(i / 2)) : await declarationOf(8000 + Math.floor(i / 2)));

const cpu: Record<string, number> = {};
let last = process.threadCpuUsage();
let current = 'upload';
const mark = (next: string) => {
  const now = process.threadCpuUsage();
  cpu[current] = (cpu[current] ?? 0) + (now.user - last.user + now.system - last.system) / 1000;
  last = now;
  current = next;
};
const machine = await loadLocalStateMachine({ beforeTask: (state) => mark(state) });
const walls: number[] = [];
let processCpu = process.cpuUsage();
const loadAtStart = loadavg()[0]!.toFixed(2);
for (let i = 0; i < count; i++) {
  if (i === warm) {
    for (const key of Object.keys(cpu)) delete cpu[key];
    processCpu = process.cpuUsage();
  }
  const started = performance.now();
  mark('upload');
  const input = await uploadScanBytes(stack.bucket, docs[i]!, `brev-${i}.pdf`, { receivedDate: '2025-03-20', postmarkDate: null, batch: 'text-cpu' });
  await machine.run(input as never);
  mark('after the last task');
  if (i >= warm) walls.push(performance.now() - started);
}
const measured = count - warm;
const used = process.cpuUsage(processCpu);
const total = Object.values(cpu).reduce((a, b) => a + b, 0);
walls.sort((a, b) => a - b);
process.stdout.write(
  [
    `text letters: ${measured} measured (${warm} warm-up), one at a time; wall median ${walls[walls.length >> 1]!.toFixed(1)} ms`,
    `main-thread CPU a letter ${(total / measured).toFixed(1)} ms: ${Object.entries(cpu)
      .sort((a, b) => b[1] - a[1])
      .map(([state, ms]) => `${state} ${(ms / measured).toFixed(1)}`)
      .join(', ')}`,
    `process CPU a letter (all threads, the loopback DynamoDB's included) ${((used.user + used.system) / 1000 / measured).toFixed(1)} ms; load average at the start ${loadAtStart}, at the end ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  ].join('\n') + '\n',
);
await stack.stop();
await rm(dir, { recursive: true, force: true });
