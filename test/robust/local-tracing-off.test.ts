import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { startLocalStack, type LocalStack } from '#local/stack';

let dir: string | undefined;
let stack: LocalStack | undefined;
afterAll(async () => {
  await stack?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

// Powertools' tracer loads the X-Ray SDK, which in its automatic mode puts an async hook on every
// promise of the process (cls-hooked's namespace). Tracing is off on the embedded stack, so none is made.
it('the embedded runtime loads the handlers without X-Ray context tracking', { timeout: 60_000 }, async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postmottak-tracing-'));
  stack = await startLocalStack({ dataDir: path.join(dir, 'state') });
  const { loadLocalStateMachine } = await import('#local/state-machine');
  await loadLocalStateMachine();
  const { tracer } = await import('#commons/powertools');
  expect(tracer.isTracingEnabled()).toBe(false);
  expect((process as { namespaces?: Record<string, unknown> }).namespaces?.AWSXRay).toBeFalsy();
});
