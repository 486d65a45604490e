import { parseArgs } from 'node:util';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Role, roles } from '../schemas/api.ts';
import { addPerson, ensureStarterTokens, PersonExists, readPeople, removePerson } from '../service/auth/local-tokens.ts';
import { personNamed } from '../service/auth/person-named.ts';
import { UsageError } from './usage-error.ts';
import { through } from './commands.ts';
import { cliPerson } from './cli-person.ts';
import type { Identity } from '../service/identity.ts';
import { releaseCasesOf } from '../service/operations/cases.ts';
import { ApiProblem } from '../service/problems.ts';
import { removedLine } from './case-handler-wording.ts';
import { noPeopleLine } from './empty-listings.ts';
import { osloDate } from '../domain/calendar.ts';
import { date, roleName } from '../domain/wording/names-nb.ts';

/**
 * `postmottak users add NAME --role ROLE` prints the person's token (once; only its hash is kept),
 * `users list` and `users remove NAME`. Works with or without serve running: serve reads people.json
 * again when it changes.
 */
export async function usersCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { 'data-dir': { type: 'string', default: '.postmottak' }, role: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const dataDir = path.resolve(values['data-dir']);
  await mkdir(dataDir, { recursive: true });
  await ensureStarterTokens(dataDir);
  if (sub === 'add') {
    const name = positionals.join(' ').trim();
    if (!name) throw new UsageError('skriv users add NAVN --role ROLLE');
    const role = Role.safeParse(values.role);
    if (!role.success) throw new UsageError(`--role er en av ${roles.join(', ')}${values.role ? `, ikke «${values.role}»` : ''}`);
    try {
      const token = await addPerson(dataDir, name, role.data);
      process.stdout.write(values.json ? JSON.stringify({ name, role: role.data, token }) + '\n' : `${token}\n`);
      process.stderr.write(`${name} (${roleName(role.data)}) er lagt til; nøkkelen over vises bare nå og lagres ikke: gi den til ${name}.\n`);
      return 0;
    } catch (error) {
      if (error instanceof PersonExists) throw new UsageError(error.message);
      throw error;
    }
  }
  if (sub === 'list') {
    const people = await readPeople(dataDir);
    if (!people.length && !values.json) process.stdout.write(`${noPeopleLine(dataDir)}\n`);
    for (const person of people) {
      process.stdout.write(values.json ? JSON.stringify({ name: person.name, role: person.role, addedAt: person.addedAt }) + '\n' : `${person.name}\t${person.role}\tlagt til ${date(osloDate(new Date(person.addedAt)))}\n`);
    }
    return 0;
  }
  if (sub === 'remove') {
    const name = positionals.join(' ').trim();
    if (!name) throw new UsageError('skriv users remove NAVN');
    const person = personNamed(await readPeople(dataDir), name);
    if (!person) throw new UsageError(`det finnes ingen person «${name}» (postmottak users list viser dem)`);
    // Nobody can open a removed person's queue: the cases they hold go back to their unassigned queues
    // first (a failure there leaves the person in place, to run the command again), then once more
    // after the removal for a claim made in between.
    const released = await releaseCasesHeld(dataDir, person.name);
    await removePerson(dataDir, person.name);
    // Removed and holding nothing is «nobody» to the API: nothing more to give back.
    const nobodyNow = (error: unknown) => (error instanceof ApiProblem && error.kind === 'not-found' ? [] : Promise.reject(error));
    released.push(...(await releaseCasesHeld(dataDir, person.name).catch(nobodyNow)));
    process.stderr.write(`${removedLine(person.name, released.map((c) => c.caseNumber))}\n`);
    if (values.json) process.stdout.write(JSON.stringify({ name: person.name, released: released.map((c) => c.caseNumber) }) + '\n');
    return 0;
  }
  throw new UsageError(`users tar «add», «list» eller «remove», ikke «${sub ?? ''}»`);
}

/** The cases a person holds, given back by the operator at the command line (the journal names both). */
async function releaseCasesHeld(dataDir: string, handlerId: string): Promise<{ caseNumber: string }[]> {
  const operator: Identity = { person: cliPerson(), role: 'archivist' };
  const answer = await through<{ released: { caseNumber: string }[] }>(
    { dataDir, verbose: false, command: 'users remove' },
    {
      http: (client) => client.call(operator, 'POST', `/handlers/${encodeURIComponent(handlerId)}/release`),
      direct: (ctx) => releaseCasesOf(ctx, operator, handlerId),
    },
  );
  return answer.released;
}
