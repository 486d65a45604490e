import { logger } from '#commons/powertools';

/**
 * A first-use cost (pdf.js's worker code, the classifier model's parse) paid in a Lambda's init, not by
 * the first invocation, where it would hold the thread every document in flight waits on. Outside
 * Lambda (the CLI, tests) nothing is done here. A failure is logged by its error name only (never a
 * message that could carry document text) and left to the first invocation, which reports it as its
 * own error; the warm-up is then only time not saved.
 */
export async function warmUpInLambdaInit(what: string, warmUp: () => unknown): Promise<void> {
  if (!process.env.AWS_LAMBDA_FUNCTION_NAME) return;
  await Promise.resolve()
    .then(warmUp)
    .catch((error: unknown) => logger.warn(`${what} warm-up failed`, { error: (error as Error).name }));
}
