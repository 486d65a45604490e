import { afterEach, describe, expect, it, vi } from 'vitest';
import { logger } from '#commons/powertools';
import { warmUpInLambdaInit } from '#commons/lambda-init-warm-up';

// The warm-up every Lambda's init shares (Inspect's PDF reader, Classify's model): a failure never fails the init.
describe('warmUpInLambdaInit', () => {
  const saved = process.env.AWS_LAMBDA_FUNCTION_NAME;
  afterEach(() => {
    vi.restoreAllMocks();
    if (saved === undefined) delete process.env.AWS_LAMBDA_FUNCTION_NAME;
    else process.env.AWS_LAMBDA_FUNCTION_NAME = saved;
  });

  it('logs a failed warm-up by its error name only, never its message, and lets the init go on', async () => {
    process.env.AWS_LAMBDA_FUNCTION_NAME = 'postmottak-classify';
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => undefined);
    await expect(
      warmUpInLambdaInit('Classifier model', () => {
        throw new RangeError('Klage fra 01830012345');
      }),
    ).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith('Classifier model warm-up failed', { error: 'RangeError' });
    expect(JSON.stringify(warn.mock.calls)).not.toContain('0183');
  });

  it('does nothing outside Lambda', async () => {
    delete process.env.AWS_LAMBDA_FUNCTION_NAME;
    const warmUp = vi.fn();
    await warmUpInLambdaInit('PDF', warmUp);
    expect(warmUp).not.toHaveBeenCalled();
  });
});
