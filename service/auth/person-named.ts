/**
 * A person as typed (`kari saksbehandler`) matched to the person as stored (`Kari Saksbehandler`):
 * the CLI's person flags, `users remove`, `handler/{name}` and `POST /handlers/{name}/release` all
 * find a person this one way, so a name is never one person here and nobody there.
 */
export function samePerson(a: string, b: string): boolean {
  return a.toLocaleLowerCase('nb') === b.toLocaleLowerCase('nb');
}

export function personNamed<P extends { name: string }>(people: readonly P[], typed: string): P | undefined {
  return people.find((p) => samePerson(p.name, typed));
}
