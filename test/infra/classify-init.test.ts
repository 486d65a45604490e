import { afterAll, describe, expect, it, vi } from 'vitest';

// Session 13: the classifier model's parse is paid in the Classify Lambda's init, not by the first document's Classify.
describe('classify in Lambda', () => {
  const saved = process.env.AWS_LAMBDA_FUNCTION_NAME;
  afterAll(() => {
    if (saved === undefined) delete process.env.AWS_LAMBDA_FUNCTION_NAME;
    else process.env.AWS_LAMBDA_FUNCTION_NAME = saved;
  });

  it('has parsed the promoted model once the module is loaded, before any document is classified', async () => {
    vi.resetModules();
    process.env.AWS_LAMBDA_FUNCTION_NAME = 'postmottak-classify';
    const { promotedModelParses } = await import('../../domain/classify/index.ts');
    expect(promotedModelParses()).toBe(0);
    const module = await import('../../functions/classify/handler.ts');
    expect(typeof module.handler).toBe('function');
    expect(promotedModelParses()).toBe(1);
  });

  it('leaves a process outside Lambda (no AWS_LAMBDA_FUNCTION_NAME) to parse the model at its first document', async () => {
    vi.resetModules();
    delete process.env.AWS_LAMBDA_FUNCTION_NAME;
    const { promotedModelParses } = await import('../../domain/classify/index.ts');
    await import('../../functions/classify/handler.ts');
    expect(promotedModelParses()).toBe(0);
  });
});
