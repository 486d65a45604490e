/**
 * The writer says the person they write for lives with them: "min sønn …, som bor sammen med meg på adressen over",
 * "Gjeld: … (barn, bur heime)", "Barnet bor hjemme hos meg". The writer's own head is then that person's address too
 * (a parent writing for a child at home). Only the writer's home counts: "bor hos oss" from a care home or an office is
 * the institution's, which is no one's home address in a letter.
 */
const LIVES_WITH_WRITER = /(?<![\p{L}])(?:bor|bur|lives)[ \t]+(?:(?:fortsatt|framleis|fremdeles|still)[ \t]+)?(?:sammen[ \t]+med[ \t]+meg|saman[ \t]+med[ \t]+meg|hjemme|heime|hos[ \t]+meg|hjå[ \t]+meg|på[ \t]+adressen[ \t]+over|på[ \t]+adressa[ \t]+over|with[ \t]+me|at[ \t]+home)(?![\p{L}])/iu;

export function livesWithWriter(text: string): boolean {
  return LIVES_WITH_WRITER.test(text);
}

/**
 * Whether the name stands whole wherever the letter writes it: followed by a space, a comma, a bracket or a full stop.
 * A scan mark inside a surname ("Leiv Neshe:im") leaves the name read short; the home is then not given to it.
 */
export function writtenWhole(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+');
  const at = new RegExp(`(?<![\\p{L}])${escaped}(?<after>.?)`, 'gu');
  let seen = false;
  for (const m of text.matchAll(at)) {
    seen = true;
    if (!/^(?:$|[\s,.;()])/u.test(m.groups!.after!)) return false;
  }
  return seen;
}
