/** A person's mistake on the command line: one line on standard error and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Refused because of the state of things (serve already runs, a name that is no person of the data
 * dir), not because the command was mistyped: one line and exit 2 too, without the pointer to --help.
 */
export class StateRefusal extends UsageError {
  override name = 'StateRefusal';
}
