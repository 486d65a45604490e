import { isPersonName } from './lines.ts';

/**
 * The writer's name as a note with no letterhead and no signed name gives it in its body: «Hei. Jeg heter Nina Berg og …»,
 * «Eg heiter …», «Jag heter …», «Mitt navn er …», «My name is …» (QA L37). The words after the phrase, up to a comma, a stop
 * or «og/and», must read as a person's name.
 */
const INTRODUCES = /(?<![\p{L}])(?:jeg\s+heter|eg\s+heiter|eg\s+heter|jag\s+heter|mitt\s+navn\s+er|mitt\s+namn\s+er|mitt\s+namn\s+är|my\s+name\s+is)\s+(?<name>\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,3})(?=[ \t]*(?:[,.;:!?(]|\s(?:og|och|and|,)\s|\s*$))/gimu;

export function selfIntroducedName(text: string): string | null {
  const names = [...new Set([...text.matchAll(INTRODUCES)].map((m) => m.groups!.name!).filter((n) => isPersonName(n)))];
  // Two different names introduced: whose letter it is cannot be told from this alone.
  return names.length === 1 ? names[0]! : null;
}
