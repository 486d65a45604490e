/**
 * The writer says in the first person that they appeal or conduct the case themself (session 21): «Jeg klager selv», «nå
 * fører jeg saken selv», «eg klagar sjølv», «Jag överklagar beslutet själv», «I am appealing myself», «I will handle the case
 * myself». Only the writer's own words count: a quotation («Klienten skrev at «jeg klager selv»») is a lawyer's report of
 * the client, and «jeg klager selv på vegne av mor» acts for someone after all. The caller reads it only from a person's
 * letter (never a lawyer's, an office's or an organisation's), so a power named in it — a relative's, a former lawyer's —
 * no longer makes a representative.
 */
const SELF = '(?:selv|sjølv|själv|myself)';
const VERB = '(?:klager|klagar|klagde|klaget|överklagar|fører|förer|för|appeal|am\\s+appealing|will\\s+(?:handle|pursue|conduct))';
const WHAT = '(?:(?:saken|saka|klagen|klaga|ärendet|beslutet|vedtaket|afgørelsen|the\\s+case|the\\s+appeal|this\\s+appeal|på\\s+vedtaket|over\\s+afgørelsen)\\s+)?';
const FIRST_PERSON = new RegExp(
  `(?<![\\p{L}])(?:(?:jeg|eg|jag|I)\\s+(?:(?:nå|no|nu|now|likevel|da)\\s+)?${VERB}\\s+${WHAT}${SELF}|${VERB}\\s+(?:jeg|eg|jag)\\s+${WHAT}${SELF})(?![\\p{L}])(?!\\s+(?:på\\s+vegne|på\\s+vegner|on\\s+behalf|for\\s+(?:min|mi|mitt|my|ham|henne|han|ho|him|her)\\b))`,
  'iu',
);
/** A quotation, in guillemets or quotation marks, on one line: someone else's words reported. */
const QUOTED = /«[^»\n]*»|“[^”\n]*”|"[^"\n]*"/gu;

/**
 * A power or a reply address named after the «selv» («…, og advokat Knut Ask har fullmakt til å føre saken for meg»,
 * «Fullmakt følger vedlagt», «svaret kan sendes til henne»): someone acts for the writer now, whatever «selv» says.
 */
const PRESENT_POWER = /fullmakt|fuldmagt|fullmektig|power\s+of\s+attorney|(?:send\p{L}*|svaret)[^.\n]{0,30}?til\s+(?:henne|ham|han|ho)(?![\p{L}])|send\s+the\s+(?:answer|reply)\s+to\s+(?:him|her)(?![\p{L}])/iu;
/** Past wording: a power the writer had («hadde», «tidligere hatt», «men nå»), no longer acting. */
const PAST = /(?<![\p{L}])(?:hadde|hatt|hade|havde|had|tidligere|tidlegare|tidigare|previously|formerly|men\s+nå|men\s+no|but\s+now)(?![\p{L}])/iu;

export function conductsOwnCase(text: string): boolean {
  if (!/selv|sjølv|själv|myself/iu.test(text)) return false;
  const own = FIRST_PERSON.exec(text.replace(QUOTED, (m) => ' '.repeat(m.length)));
  if (!own) return false;
  const after = text.slice(own.index + own[0].length).split(/[.!?\n]/u);
  return !after.some((sentence) => PRESENT_POWER.test(sentence) && !PAST.test(sentence));
}
