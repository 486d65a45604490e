/** A person's mistake on the command line: one line on standard error and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
