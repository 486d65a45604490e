import { afterAll, describe, expect, it, vi } from 'vitest';

// Session 13: pdf.js's first document (its worker code loaded) is paid in the Lambda's init, not by the first upload's Inspect.
describe('inspect in Lambda', () => {
  const saved = process.env.AWS_LAMBDA_FUNCTION_NAME;
  afterAll(() => {
    if (saved === undefined) delete process.env.AWS_LAMBDA_FUNCTION_NAME;
    else process.env.AWS_LAMBDA_FUNCTION_NAME = saved;
  });

  it('has read its warm-up letter once the module is loaded, before any upload is inspected', async () => {
    vi.resetModules();
    process.env.AWS_LAMBDA_FUNCTION_NAME = 'postmottak-inspect';
    const { pdfWarmUps } = await import('../../engines/pdf/warm-up.ts');
    expect(pdfWarmUps()).toBe(0);
    const module = await import('../../functions/inspect/handler.ts');
    expect(typeof module.handler).toBe('function');
    expect(pdfWarmUps()).toBe(1);
  });

  it('leaves a local process (no AWS_LAMBDA_FUNCTION_NAME) to load pdf.js at its first PDF', async () => {
    vi.resetModules();
    delete process.env.AWS_LAMBDA_FUNCTION_NAME;
    const { pdfWarmUps } = await import('../../engines/pdf/warm-up.ts');
    await import('../../functions/inspect/handler.ts');
    expect(pdfWarmUps()).toBe(0);
  });
});
