import { afterEach, describe, expect, it, vi } from 'vitest';

/** Issue 14: "No application metrics to publish" was 138 of 201 standard-error lines of a local batch. */
describe('metrics in the embedded stack', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    delete process.env.POWERTOOLS_METRICS_DISABLED;
  });

  async function warningsOfAnEmptyFlush(): Promise<string> {
    const written: string[] = [];
    for (const method of ['warn', 'log', 'info', 'error'] as const) vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void written.push(args.map(String).join(' ')));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const { metrics } = await import('#commons/powertools');
    metrics.publishStoredMetrics();
    return written.join('\n');
  }

  it('says nothing when a task published no metric locally', async () => {
    process.env.POWERTOOLS_METRICS_DISABLED = 'true';
    expect(await warningsOfAnEmptyFlush()).not.toContain('No application metrics');
  });

  it('says nothing in AWS either, where a stage still publishes its StageCompleted', async () => {
    process.env.POWERTOOLS_METRICS_DISABLED = 'false';
    expect(await warningsOfAnEmptyFlush()).not.toContain('No application metrics');
    const { z } = await import('zod');
    const { stageHandler } = await import('#commons/handler');
    const handler = stageHandler('route', z.object({}), async () => ({}));
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    await handler({} as never, { functionName: 'postmottak-route', awsRequestId: 'r-1', getRemainingTimeInMillis: () => 60_000 } as never);
    const emf = written.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => '_aws' in line);
    expect(emf).toEqual([expect.objectContaining({ stage: 'route', StageCompleted: 1 })]);
  });
});
