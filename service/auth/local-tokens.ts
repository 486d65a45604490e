import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { Role, roles } from '#schemas/api';
import type { Identity } from '../identity.ts';
import { bearerToken, type Authenticator } from './authenticator.ts';

/**
 * Tokens on a laptop. `<data-dir>/tokens.json` (mode 0600, made at first start) holds one starter
 * token per role, as SPEC.md shows it; `<data-dir>/people.json` (0600) holds the people added with
 * `postmottak users add`, each with the SHA-256 of their token only: the token is printed once and
 * never stored. (A token is 32 random bytes, so a fast hash is enough: there is nothing to guess.)
 */
export const StarterTokens = z.object(Object.fromEntries(roles.map((r) => [r, z.string().min(20)])) as Record<Role, z.ZodString>);
export type StarterTokens = z.infer<typeof StarterTokens>;

export const Person = z.object({ name: z.string().min(1), role: Role, tokenSha256: z.string().regex(/^[0-9a-f]{64}$/), addedAt: z.string() });
export type Person = z.infer<typeof Person>;
const People = z.array(Person);

export const tokensFile = (dataDir: string) => path.join(dataDir, 'tokens.json');
export const peopleFile = (dataDir: string) => path.join(dataDir, 'people.json');

/** Who a starter token stands for in the journal: it is shared, so it says so. */
export const starterPerson = (role: Role) => `starter-${role}`;

export function newToken(): string {
  return `pm_${randomBytes(32).toString('base64url')}`;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

async function writePrivate(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, text, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, file);
}

/** The starter tokens, made on first start. */
export async function ensureStarterTokens(dataDir: string): Promise<StarterTokens> {
  const file = tokensFile(dataDir);
  try {
    return StarterTokens.parse(JSON.parse(await readFile(file, 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`${file} is not a tokens file postmottak wrote (${(error as Error).message.split('\n')[0]}); move it away to make new starter tokens`);
  }
  const tokens = Object.fromEntries(roles.map((role) => [role, newToken()])) as StarterTokens;
  try {
    // 'wx': of two processes starting at once, one writes the file and the other reads it.
    await writeFile(file, JSON.stringify(tokens, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
    return tokens;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return StarterTokens.parse(JSON.parse(await readFile(file, 'utf8')));
    throw error;
  }
}

export async function readPeople(dataDir: string): Promise<Person[]> {
  try {
    return People.parse(JSON.parse(await readFile(peopleFile(dataDir), 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export class PersonExists extends Error {
  override name = 'PersonExists';
}

/** Changes to people.json are made one at a time within a process (read, change, write back). */
let peopleWrites: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = peopleWrites.then(task, task);
  peopleWrites = run.catch(() => undefined);
  return run;
}

/** Adds a person with a role; returns their token, which is not kept. */
export function addPerson(dataDir: string, name: string, role: Role, now = new Date()): Promise<string> {
  return oneAtATime(() => addPersonNow(dataDir, name, role, now));
}

async function addPersonNow(dataDir: string, name: string, role: Role, now: Date): Promise<string> {
  const people = await readPeople(dataDir);
  const taken = name.trim();
  if (people.some((p) => p.name.toLowerCase() === taken.toLowerCase()) || roles.some((r) => starterPerson(r) === taken.toLowerCase())) {
    throw new PersonExists(`${taken} har allerede en nøkkel; fjern personen først (postmottak users remove ${taken}) for å lage en ny`);
  }
  const token = newToken();
  await writePrivate(peopleFile(dataDir), JSON.stringify([...people, { name: taken, role, tokenSha256: tokenHash(token), addedAt: now.toISOString() }], null, 2) + '\n');
  return token;
}

export function removePerson(dataDir: string, name: string): Promise<boolean> {
  return oneAtATime(() => removePersonNow(dataDir, name));
}

async function removePersonNow(dataDir: string, name: string): Promise<boolean> {
  const people = await readPeople(dataDir);
  const kept = people.filter((p) => p.name.toLowerCase() !== name.trim().toLowerCase());
  if (kept.length === people.length) return false;
  await writePrivate(peopleFile(dataDir), JSON.stringify(kept, null, 2) + '\n');
  return true;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Bearer tokens of the data dir. people.json is read again when it changes, so `users add` works
 * while `serve` runs. `operator` is the secret of one serve run (serve.json): the CLI on the same data
 * dir uses it and names the person and role it acts for, as the command line always could.
 */
export function localTokenAuthenticator(dataDir: string, options: { operatorToken?: string } = {}): Authenticator {
  let starters: Promise<StarterTokens> | undefined;
  let people: { version: string; byHash: Map<string, Person> } | undefined;

  async function currentPeople(): Promise<Map<string, Person>> {
    // Every write renames a new file into place: its inode tells two writes apart even within one
    // tick of the clock, when the modification time alone would keep a removed person's token working.
    const version = await stat(peopleFile(dataDir)).then(
      (s) => `${s.ino}:${s.mtimeMs}:${s.size}`,
      () => 'none',
    );
    if (!people || people.version !== version) {
      people = { version, byHash: new Map((await readPeople(dataDir)).map((p) => [p.tokenSha256, p])) };
    }
    return people.byHash;
  }

  return {
    async identify(request): Promise<Identity | null> {
      const token = bearerToken(request);
      if (!token) return null;
      if (options.operatorToken && sameSecret(token, options.operatorToken)) {
        const role = Role.safeParse(request.headers['x-postmottak-role']);
        const person = request.headers['x-postmottak-person'];
        if (!role.success || typeof person !== 'string' || !person.trim()) return null;
        return { person: decodeURIComponent(person.trim()), role: role.data, operator: true };
      }
      starters ??= ensureStarterTokens(dataDir);
      const tokens = await starters;
      for (const role of roles) if (sameSecret(token, tokens[role])) return { person: starterPerson(role), role };
      const person = (await currentPeople()).get(tokenHash(token));
      return person ? { person: person.name, role: person.role } : null;
    },
  };
}
