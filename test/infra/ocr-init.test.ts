import { afterAll, describe, expect, it, vi } from 'vitest';

// Issue #14 item 7: the OCR worker is created during the Lambda's init, not at its first invocation.
describe('extract-page in Lambda', () => {
  const saved = process.env.AWS_LAMBDA_FUNCTION_NAME;
  afterAll(() => {
    if (saved === undefined) delete process.env.AWS_LAMBDA_FUNCTION_NAME;
    else process.env.AWS_LAMBDA_FUNCTION_NAME = saved;
  });

  it('has its OCR worker once the module is loaded, before any page is read', async () => {
    vi.resetModules();
    process.env.AWS_LAMBDA_FUNCTION_NAME = 'postmottak-extract-page';
    const { ocrStats, shutdownOcr } = await import('../../engines/ocr/pool.ts');
    try {
      expect(ocrStats().workersCreated).toBe(0);
      const module = await import('../../functions/extract-page/handler.ts');
      expect(typeof module.handler).toBe('function');
      // One worker: Lambda reads one page per invocation (defaultPoolSize is 1 there).
      expect(ocrStats().workersCreated).toBe(1);
    } finally {
      await shutdownOcr();
    }
  });

  it('leaves a local process (no AWS_LAMBDA_FUNCTION_NAME) to make workers when a page needs one', async () => {
    vi.resetModules();
    delete process.env.AWS_LAMBDA_FUNCTION_NAME;
    const { ocrStats } = await import('../../engines/ocr/pool.ts');
    await import('../../functions/extract-page/handler.ts');
    expect(ocrStats().workersCreated).toBe(0);
  });
});
