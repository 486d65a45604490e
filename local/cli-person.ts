import { userInfo } from 'node:os';
import path from 'node:path';
import type { Role } from '../schemas/api.ts';
import { readPeople } from '../service/auth/local-tokens.ts';
import { personNamed } from '../service/auth/person-named.ts';
import { roleName } from '../domain/wording/names-nb.ts';
import { StateRefusal, UsageError } from './usage-error.ts';

/**
 * Who a command acts for. SPEC.md: the journal, claims, decisions and the access log record the
 * person, not the machine's account. A command names the person with its flag (`--archivist`,
 * `--handler`), or once for a shell with POSTMOTTAK_USER. Whenever the data dir has people
 * (`postmottak users list`), the name is looked up there (case-insensitively; the stored spelling is
 * what the journal gets) and the person's role must be one SPEC's role table lets do the command: a
 * typo, a colleague's name left in the variable, or an auditor's name on a claim is one line, not a
 * journal entry. While there are no people (the demo, tests) any name is taken as given.
 */
export const userVariable = 'POSTMOTTAK_USER';

/** SPEC.md "The service": the roles that may do what each command does. */
const mayDo = {
  claim: ['caseworker', 'archivist'],
  'deadline-open': ['caseworker', 'archivist'],
  case: ['caseworker', 'archivist'],
  queue: ['caseworker', 'archivist'],
  deadlines: ['caseworker', 'archivist'],
  coversheet: ['caseworker', 'archivist'],
  'review list': ['archivist'],
  'review decide': ['archivist'],
  'attachment-received': ['archivist'],
  outbox: ['archivist'],
  'examples export': ['archivist'],
  innsyn: ['archivist'],
  'parties set': ['archivist'],
  export: ['reader', 'system', 'caseworker', 'archivist'],
  // The operator's command: whoever keeps the machine running, added as system, or an archivist.
  reconcile: ['system', 'archivist'],
} as const satisfies Record<string, readonly Role[]>;
export type CliAction = keyof typeof mayDo;

/** The machine's account, marked as the command line: only where no journal or claim names the person. */
export function cliPerson(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

export type PersonFlag = '--archivist' | '--handler';

/** For journal entries, claims and decisions: the named person, or one line saying how to name yourself and why. */
export async function actingPerson(given: string | undefined, dataDir: string, flag: PersonFlag, why: string, action: CliAction): Promise<string> {
  const named = await namedPerson(given, dataDir, action);
  if (!named) throw new UsageError(`oppgi hvem du er med ${flag} NAVN (eller ${userVariable}=NAVN): ${why}`);
  return named;
}

/**
 * For reads: the named person if there is one, else the machine's account as before, with one line
 * on standard error saying how the access log gets a person's name instead.
 */
export async function readingPerson(given: string | undefined, dataDir: string, flag: PersonFlag, action: CliAction): Promise<string> {
  const named = await namedPerson(given, dataDir, action);
  if (named) return named;
  const account = cliPerson();
  process.stderr.write(`tilgangsloggen sier ${account}; navngi deg med ${flag} NAVN (eller ${userVariable}=NAVN)\n`);
  return account;
}

/** For commands with no person flag: POSTMOTTAK_USER if set, else the machine's account. */
export async function personOrAccount(dataDir: string, action: CliAction): Promise<string> {
  return (await namedPerson(undefined, dataDir, action)) ?? cliPerson();
}

async function namedPerson(given: string | undefined, dataDir: string, action: CliAction): Promise<string | null> {
  const flagged = given?.trim();
  const fromVariable = process.env[userVariable]?.trim();
  const name = flagged || fromVariable;
  if (!name) return null;
  const folder = path.resolve(dataDir);
  const people = await readPeople(folder).catch(() => []);
  if (!people.length) return name;
  const person = personNamed(people, name);
  const said = flagged ? `«${name}»` : `${userVariable}=«${name}»`;
  if (!person) throw new StateRefusal(`${said} er ingen person i ${folder}: postmottak users list viser dem, users add NAVN --role ROLLE legger til`);
  const allowed: readonly Role[] = mayDo[action];
  if (!allowed.includes(person.role)) throw new StateRefusal(`${person.name} er ${roleName(person.role)} og kan ikke gjøre ${action}; det kan bare ${allowed.map(roleName).join(' eller ')}`);
  return person.name;
}
