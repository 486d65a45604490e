import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderTextPdf } from '../../corpus/render.ts';
import { openLocalRuntime } from '../../local/service-runtime.ts';

/**
 * Closing the embedded runtime waits for the tasks still running, but not for ever: a task that never
 * settles hung the CLI and kept the data dir's lock. Past the bound (here a small configured one) the
 * runtime says which states are still running, in one line without document data, and stops the stack
 * and releases the lock as before. A state machine that failed to load must not skip stopping the stack.
 */
describe('closing the embedded runtime is bounded', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-close-bound-'));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('stops after the bound when a task never settles, naming its state, and frees the data dir', async () => {
    // A page's task that never settles holds its execution (a failed page no longer ends the Map early),
    // so the runtime is closed while that execution is still under way, as a person stopping the CLI would.
    const dataDir = path.join(dir, 'hang');
    let entered!: () => void;
    const stuck = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const runtime = await openLocalRuntime({
      dataDir,
      command: 'test',
      stateMachine: {
        settleBoundMs: 200,
        async beforeTask(state) {
          if (state === 'ExtractPage') {
            entered();
            await new Promise(() => {});
          }
        },
      },
    });
    const bytes = await renderTextPdf(Array.from({ length: 6 }, (_, i) => [`Side ${i + 1}`, 'Klage på vedtak fra Fødselsnummer 01810012345']), {});
    const intake = runtime.context.pipeline.intake!({ bytes, fileName: 'hengt.pdf', receivedDate: '2025-03-20', postmarkDate: null });
    intake.catch(() => {});
    await stuck;

    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    await runtime.close();
    vi.restoreAllMocks();

    const warnings = written.filter((line) => line.includes('still running'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('ExtractPage');
    expect(warnings[0]).not.toMatch(/hengt|Klage|01810012345/);
    // The lock is free: another command opens the same data dir without waiting.
    const next = await openLocalRuntime({ dataDir, command: 'test', waitMs: 0 });
    await next.close();
  }, 120_000);

  it('stops the stack and frees the data dir when the state machine failed to load', async () => {
    vi.stubEnv('POSTMOTTAK_FAULTS', 'not json');
    const dataDir = path.join(dir, 'no-machine');
    const runtime = await openLocalRuntime({ dataDir, command: 'test' });
    const bytes = await renderTextPdf([['Side 1']], {});
    await expect(runtime.context.pipeline.intake!({ bytes, fileName: 'x.pdf', receivedDate: '2025-03-20', postmarkDate: null })).rejects.toThrow(/POSTMOTTAK_FAULTS/);
    await expect(runtime.close()).resolves.toBeUndefined();
    vi.unstubAllEnvs();
    const next = await openLocalRuntime({ dataDir, command: 'test', waitMs: 0 });
    await next.close();
  }, 120_000);
});
