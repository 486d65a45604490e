import { personNamed } from '../auth/person-named.ts';
import type { ServiceContext } from '../ports.ts';
import { notFound } from '../problems.ts';

/**
 * A person named in a path (`handler/{name}`, `/handlers/{name}/release`) as they are stored, whatever
 * the case it was typed in; a name that is nobody's is a 404 (`so` says what follows from it,
 * in both languages). With nobody in the directory (the demo, or AWS where Cognito has the people) any
 * name is taken as given.
 */
export async function storedPersonName(ctx: ServiceContext, typed: string, so: { en: string; nb: string } = { en: '', nb: '' }): Promise<string> {
  const people = (await ctx.people?.list()) ?? [];
  if (!people.length) return typed;
  const person = personNamed(people, typed);
  if (!person) throw notFound(`There is no person '${typed}'${so.en}.`, `Det finnes ingen person «${typed}»${so.nb}.`);
  return person.name;
}
