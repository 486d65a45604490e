import { expect } from 'vitest';

/** What a failed `bin/postmottak.js` run gives (execFile's rejection). */
interface CliFailure {
  code: number;
  stderr: string;
  stdout: string;
}

/**
 * A person's mistake on the command line (issue 14, SPEC): refused in one line on standard error,
 * nothing on standard output, exit 2, never a stack trace.
 */
export async function expectRefused(run: Promise<unknown>, what: string, message: RegExp): Promise<void> {
  const failure = await run.then(() => null, (error: CliFailure) => error);
  expect(failure, `${what} was accepted`).not.toBeNull();
  expect(failure!.code).toBe(2);
  expect(failure!.stdout).toBe('');
  expect(failure!.stderr.trim().split('\n')).toHaveLength(1);
  expect(failure!.stderr).toMatch(message);
  expect(failure!.stderr).not.toMatch(/\n\s+at /);
}
