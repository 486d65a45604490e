import { userInfo } from 'node:os';
import path from 'node:path';
import { readPeople } from '../service/auth/local-tokens.ts';
import { UsageError } from './usage-error.ts';

/**
 * Who a command acts for. SPEC.md: the journal, claims, decisions and the access log record the
 * person, not the machine's account. A command names the person with its flag (`--archivist`,
 * `--handler`), or once for a shell with POSTMOTTAK_USER. The variable is checked against the data
 * dir's people (`postmottak users list`): set once and then silently signing every command, a typo or
 * a colleague's name left in it would otherwise put someone else's name in the journal; a flag is
 * typed for the one command and says so on the line.
 */
export const userVariable = 'POSTMOTTAK_USER';

/** The machine's account, marked as the command line: only where no journal or access log names the person. */
export function cliPerson(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

export type PersonFlag = '--archivist' | '--handler';

/** The named person, or one line saying how to name yourself and why it is needed. */
export async function actingPerson(given: string | undefined, dataDir: string, flag: PersonFlag, why: string): Promise<string> {
  const named = given?.trim() || (await registeredUser(dataDir));
  if (!named) throw new UsageError(`oppgi hvem du er med ${flag} NAVN (eller ${userVariable}=NAVN): ${why}`);
  return named;
}

/** For a command whose record may name the machine's account when nobody is named (no journal, no access log). */
export async function personOrAccount(dataDir: string): Promise<string> {
  return (await registeredUser(dataDir)) ?? cliPerson();
}

async function registeredUser(dataDir: string): Promise<string | null> {
  const name = process.env[userVariable]?.trim();
  if (!name) return null;
  const people = await readPeople(path.resolve(dataDir)).catch(() => []);
  if (!people.some((p) => p.name === name)) {
    throw new UsageError(`${userVariable}=«${name}» er ingen person i ${path.resolve(dataDir)}: postmottak users list viser dem, users add NAVN --role ROLLE legger til`);
  }
  return name;
}
