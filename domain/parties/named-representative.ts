import type { Party } from '#schemas/parties';
import { powerOverTheCase, powerOverTheCaseReadOn } from './acting-for.ts';
import { helperGivenTheCase } from './helper-handles-case.ts';
import { ALL_KIN_WORDS, alternatives, GUARDIAN_WORDS, HELPER_WORDS } from './kin-and-roles.ts';
import { isPersonName, PERSON_NAME } from './lines.ts';
import { regExpLiteral } from '../text/regexp-literal.ts';

/**
 * A representative the letter names in so many words, wherever the words stand: right after the
 * appellant's name ("Amalie Sætre, ved verge Kristin Sætre", "Ola Hansen v/ advokat Kari Berg"), or as
 * the holder of the appellant's power to pursue the case ("Dottera mi Marit Haugli har fullmakt til å
 * føre saka for meg", "Jeg gir min sønn Per Lie fullmakt til å klage", "Per Lie er min fullmektig").
 * A power to fetch or give records ("fullmakt til å innhente journal") names no representative.
 */
const ROLE_AFTER_NAME = `\\s*,?\\s*(?:ved|v\\/)\\s*(?:${alternatives(GUARDIAN_WORDS)}|advokat|advokatfullmektig)\\s+`;
/** The words of a power; what it is for follows, and only a power over the case names a representative (`powerOverTheCase`). */
const POWER = '(?:fullmakt|fuldmagt)\\s+til\\s+(?:å|at)\\s+';
/** A relative or a helper before the holder's name: the kin words, their definite forms before "min", a friend or neighbour. */
const HOLDER_WORDS = [...ALL_KIN_WORDS, ...HELPER_WORDS];
// "min bror, Ola Vik" and "bror min, Ola Vik": the comma may follow the kin word or its possessive.
const KIN = `(?:(?:min|mi|mitt|vår)\\s+)?(?:(?:${alternatives(HOLDER_WORDS)})(?:\\s+(?:min|mi|mitt))?(?:\\s*,\\s*|\\s+))?`;
/** The words after a holder's name ("… har fullmakt til å føre saken", "… er min fullmektig"): the name is read backwards from them. */
const AFTER_HOLDER = [new RegExp(`,?\\s+(?:har|skal\\s+ha|får|fær)\\s+${POWER}`, 'gu'), /\s+er\s+(?:min|mi|vår)\s+fullmektig(?![\p{L}])/gu];
/** The words before a holder's name ("gir min sønn … fullmakt til å klage"). */
/** "gir min bror, Ola Vik, Storgata 1, 0150 Oslo, fullmakt …": the holder's one-line address may stand between the name and the power. */
const HOLDERS_ADDRESS_SHAPE = '(?<address>,[ \\t]*\\p{Lu}[\\p{L}.\'-]*(?:[ \\t]\\p{L}[\\p{L}.\'-]*){0,3}[ \\t]\\d+[ \\t]?\\p{L}?,[ \\t]*\\d{4}[ \\t]+\\p{Lu}[\\p{L}-]*(?:[ \\t]\\p{L}[\\p{L}-]*){0,3})';
const HOLDERS_ADDRESS_BETWEEN = `${HOLDERS_ADDRESS_SHAPE}?`;
const GIVES_POWER = new RegExp(`(?<![\\p{L}])(?:[Gg]ir|[Gg]jev|[Gg]i)\\s+${KIN}(?<name>${PERSON_NAME})${HOLDERS_ADDRESS_BETWEEN}(?:,\\s*|\\s+)${POWER}`, 'gu');
/**
 * A power written out in the first person, in the words of a form (session 21): «Jeg, Kari Vold, gir med dette min datter
 * Hilde Vold fullmakt til å føre klagesaken», «Undertegnede gir fullmakt til min bror Ola Vik, Storgata 1, 0150 Oslo, til å
 * føre saken», «Jag ger härmed min son … fullmakt att föra min talan», «Jeg giver hermed min datter … fuldmagt til at …»,
 * «I hereby authorise my daughter Emma Clarke to act for me». The holder's address, where the power writes it between the
 * name and what the power is for, is theirs (the holder's, never the giver's head) — only in the strict shape of a street
 * with a number and then «NNNN Place» (the scan may drop the space before the power: «5035 Bergen,fullmakt»). Anything
 * else in the commas («født 1975», «45 år», «tlf …», «fnr …», «som bor i …», a second holder «og min sønn Per Moe, …»)
 * is no address: the power is then not read, and a representative without an address is held (review 21).
 */
/**
 * The giving verb, present or perfect: «Jeg har gitt min datter … fullmakt til å …» (session 23's review: read nowhere, the
 * daughter was taken for the appellant and the writer for her representative), nn «har gjeve», sv «har gett/givit», da «har
 * givet», en «have given».
 */
const VERB_OF_GIVING = '(?:(?:har|hev|have|has)\\s+(?:gitt|gjeve|gett|givit|givet|given)|[Gg]ir|[Gg]jev|[Gg]iver|[Gg]ive|[Gg]er|[Gg]i)';
const HEREBY = '(?:(?:med\\s+dette|herved|hermed|härmed|härigenom)\\s+)?';
const ITS_PURPOSE = '(?:til\\s+(?:å|at)|till\\s+att|att)\\s+';
/**
 * Other words in commas after the holder's name («Ola Moe, født 1975, fullmakt …», «…, tlf 912 34 567, …»): the power is
 * still read, but they are never taken for an address (a national id or a phone number in an address field, review 21).
 */
const NO_ADDRESS_IN_COMMAS = '(?:,[ \\t]*[^,.\\n]{2,40}?){1,4}?';
/** The holder's address in the strict shape, else other words in commas that give none. */
const AFTER_HOLDERS_NAME = `(?:${HOLDERS_ADDRESS_SHAPE}|${NO_ADDRESS_IN_COMMAS})?`;
const HOLDER_KIN = `(?:(?:min|mi|mitt|vår|my)\\s+)?(?:(?:${alternatives([...HOLDER_WORDS, 'son', 'dotter', 'søn'])})(?:\\s+(?:min|mi|mitt))?(?:\\s*,\\s*|\\s+))?`;
/**
 * One power given to two holders (session 22): «fullmakt til min sønn Per Hansen og min datter Lise Hansen til å …»,
 * «… till min dotter Karin Ek och min son Olof Ek att …», «authorise my son … and my daughter … to act». Both represent; the
 * second is read as a holder too, never as the appellant, and neither's address is read (whose would it be).
 */
const AND_A_SECOND_HOLDER = `[ \\t]+(?:og|och|and)[ \\t]+(?:til[ \\t]+|till[ \\t]+)?(?:${HOLDER_KIN}|(?:advokat|advokatfullmektig|lawyer|solicitor)[ \\t]+)(?<second>${PERSON_NAME})`;
/** The holders' names: one, with the words in commas after it, or two joined by «og/och/and». */
const HOLDERS = `${HOLDER_KIN}(?<name>${PERSON_NAME})(?:${AND_A_SECOND_HOLDER}|${AFTER_HOLDERS_NAME})`;
/**
 * What a power given «til» its holder is for, when the sentence does not go on «til å …» (session 22): «Jeg gir fullmakt(en) til
 * min sønn Ola Hansen i denne klagesaken», «… , slik at han kan føre klagesaken», «… .» — the power is the case's unless the
 * words after it say otherwise (`powerOverTheCase` reads them: «som ordner banken for meg» is no power over the case).
 */
const IN_THE_CASE = '(?:i|in)\\s+(?:(?:denne|dette|den|det|min|mi|this|the|my)\\s+)?(?:klage|anke)?(?:sak\\p{L}*|sag\\p{L}*|ärendet|appeal|case|klagen|klaga)(?![\\p{L}])';
const SO_THAT = '(?:slik|så)\\s+(?:at\\s+)?(?:han|hun|ho|de|dei)\\s+(?:kan|skal)\\s+|so\\s+that\\s+(?:he|she|they)\\s+(?:can|may)\\s+';
const GIVEN_TO_FOR_THE_CASE = `(?:(?:,\\s*|\\s+)(?:${ITS_PURPOSE}|${IN_THE_CASE}|${SO_THAT})|(?=(?<endsAtHolder>)\\s*[.!](?:\\s|$)))`;
/**
 * A power named, not written out (session 22): a line of its own or an attachment list's «Fullmakt til min sønn Ola Berg»,
 * «Vedlagt: fullmakt til min datter …», «Fullmakt til DNB Bank ASA og fullmakt til min sønn … følger vedlagt». Only with the
 * writer's possessive and a kin word («min sønn») is it the writer's power; what follows is still read by `powerOverTheCase`.
 */
const LISTED_POWER = new RegExp(
  `^[ \\t]*(?:[-•*][ \\t]*)?(?:(?:[Vv]edlagt|[Vv]edlegg|[Kk]opi[ \\t]+av)[ \\t]*:?[ \\t]*)?(?:[Ff]ullmakt(?:en|a)?[ \\t]+til[ \\t]+[^\\n]{1,60}?[ \\t]+og[ \\t]+)?(?:[Ff]ullmakt(?:en|a)?|[Ff]uldmagt(?:en)?)[ \\t]+til[ \\t]+(?:min|mi|mitt)[ \\t]+(?:${alternatives(HOLDER_WORDS)})(?:[ \\t]*,[ \\t]*|[ \\t]+)(?<name>${PERSON_NAME})(?=[ \\t]*(?:$|[.,]|følger|følgjer|ligg|er[ \\t]+vedlagt))`,
  'gmu',
);
const WRITTEN_OUT_POWER = [
  new RegExp(`(?<![\\p{L}])${VERB_OF_GIVING}\\s+${HEREBY}${HOLDERS}(?:,\\s*|\\s+)(?:(?:fullmakt|fuldmagt)\\s+${ITS_PURPOSE}|power\\s+of\\s+attorney\\s+to\\s+)`, 'gu'),
  new RegExp(`(?<![\\p{L}])${VERB_OF_GIVING}\\s+${HEREBY}(?:fullmakt(?:en|a)?|fuldmagt(?:en)?|power\\s+of\\s+attorney)\\s+(?:til|till|to)\\s+${HOLDERS}${GIVEN_TO_FOR_THE_CASE}`, 'gu'),
  new RegExp(`(?<![\\p{L}])(?:[Hh]ereby\\s+)?(?:authori[sz]e|appoint)\\s+${HOLDERS}(?:,\\s*|\\s+)(?:to\\s+(?:act|represent|pursue|conduct|handle|deal)|as\\s+my\\s+representative)(?![\\p{L}])`, 'gu'),
];

/**
 * One power to an organisation and a person (session 23): «fullmakt til advokatfirmaet Lund AS og advokat Eva Lund til å …»,
 * «fullmakt till Advokatfirman Berg AB och advokat Nils Berg att …», «fullmakt til DNB Bank ASA og min sønn Per Dahl. Per skal
 * føre klagesaken», «authorise Smith & Berg Solicitors and John Smith, solicitor, to act». The organisation is no holder (it is
 * no person), the person is the one representative — of the firm when it is a law firm or an association, never of a bank —
 * and the giver stays the appellant. The organisation must say it is one (`AN_ORGANISATION`), so two people's names
 * («Kari Hansen og Per Olsen») stay two holders.
 */
const ORGANISATION_WORDS = `(?<organisation>\\p{L}[\\p{L}&.'/-]*(?:[ \\t]+(?:&[ \\t]+)?[\\p{Lu}\\d&][\\p{L}\\d&.'/-]*){0,5})`;
const AN_ORGANISATION = /(?<![\p{L}])(?:advokat(?:firma|kontor)\p{L}*|advokatbyrå\p{L}*|\p{L}*forbund\p{L}*|\p{L}*förbund\p{L}*|\p{L}*forening\p{L}*|\p{L}*förening\p{L}*|\p{L}*organisasjon\p{L}*|[Bb]ank|\p{L}+banken|[Ss]parebank\p{L}*|AS|ASA|AB|ApS|A\/S|KB|HB|DA|ANS|Abp|Ltd|LLP|Solicitors|Advocates)(?![\p{L}])/u;
/** «DNB Bank ASA», «Handelsbanken», «Sparebank 1 SMN»: never «Per Burbank» or «Eva Fairbanks» (a surname, session 23's review). */
const A_BANK = /(?<![\p{L}])(?:bank|\p{L}+banken|sparebank\p{L}*)(?![\p{L}])/iu;
const PERSONS_TITLE = '(?:(?:advokat|advokatfullmektig|jurist|rådgiver|rådgjevar|rådgivare|juridisk[ \\t]+rådgiver|solicitor|lawyer|Mr\\.?|Mrs\\.?|Ms\\.?)[ \\t]+)?';
const TITLE_AFTER = '(?:,[ \\t]*(?:advokat|solicitor|lawyer|jurist))?';
const VERB_OF_GIVING_BEFORE = '(?:[Gg]ir|[Gg]jev|[Gg]iver|[Gg]ive|[Gg]er|[Gg]i|[Gg]itt|[Gg]ett|[Gg]ivet)';
const WITH_AN_ORGANISATION = [
  new RegExp(`(?<![\\p{L}])${VERB_OF_GIVING_BEFORE}\\s+${HEREBY}(?:fullmakt(?:en|a)?|fuldmagt(?:en)?|power\\s+of\\s+attorney)\\s+(?:til|till|to)\\s+${ORGANISATION_WORDS}[ \\t]+(?:og|och|and)[ \\t]+(?:til[ \\t]+|till[ \\t]+)?(?:(?<kin>${HOLDER_KIN})|${PERSONS_TITLE})(?<name>${PERSON_NAME})${TITLE_AFTER}${GIVEN_TO_FOR_THE_CASE}`, 'gu'),
  new RegExp(`(?<![\\p{L}])(?:[Hh]ereby\\s+)?(?:authori[sz]e|appoint)\\s+${ORGANISATION_WORDS}[ \\t]+and[ \\t]+${PERSONS_TITLE}(?<name>${PERSON_NAME})${TITLE_AFTER}(?:,\\s*|\\s+)(?:to\\s+(?:act|represent|pursue|conduct|handle|deal)|as\\s+my\\s+representatives?)(?![\\p{L}])`, 'gu'),
];

/** The parts of an address written in commas, as lines; none unless one part has a digit (a street number, a postcode). */
function addressLines(commas: string | undefined): string[] {
  const parts = (commas ?? '').split(',').map((p) => p.trim()).filter((p) => p !== '');
  return parts.some((p) => /\d/u.test(p)) ? parts : [];
}
/** A name that ends where the words after it start (read in a short window: the name patterns are slow to try at every place). */
const NAME_AT_END = new RegExp(`(?<![\\p{L}])(?<name>${PERSON_NAME})$`, 'u');

/** A one-line address (street and number, postcode and place) right after a holder's name. */
const HOLDERS_ADDRESS = /,[ \t]*\p{Lu}[\p{L} .'-]*[ \t]\d+[ \t]?\p{L}?,[ \t]*\d{4}[ \t]+\p{Lu}[\p{L} -]*$/u;

/** A word a holder's name may follow: a possessive, "gir", a kin or helper word, a lawyer's title. */
const BEFORE_A_NAME = new RegExp(`(?:^|\\s)(?:min|mi|mitt|vår|gir|gjev|gi|${alternatives(HOLDER_WORDS)}|advokat|advokatfullmektig)$`, 'iu');

/**
 * Whether a name starts where the match says: at the sentence's start, after a comma, or after a word of
 * kinship or possession ("Datteren min Hilde Vold"). A scan that broke a name ("Ingv ild Petter Nygård")
 * leaves a lower-case piece before it: the match is the name's tail, not the name.
 */
function startsTheName(text: string, at: number): boolean {
  const before = text.slice(0, at).split(/[.!?\n]/u).pop()!.trim();
  return before === '' || before.endsWith(',') || BEFORE_A_NAME.test(before);
}

/**
 * Who holds the appellant's power to pursue the case, in the order the letter names them: one, or the two a power names
 * together («fullmakt til Kari Hansen og Per Olsen»; the second with no address).
 */
export function namedRepresentatives(text: string, appellantName: string, same: (a: string, b: string) => boolean): Party[] {
  // «Min datter Kari Li skriver for meg. Hun ordner klagen.» (session 24): a helper given the case in the next sentence.
  const handling = helperGivenTheCase(text);
  // The phrases are rare and the name patterns slow to try at every place: look for the words first.
  if (handling.length === 0 && !new RegExp(`fullm(?:akt|ektig)|fuldmagt|power\\s+of\\s+attorney|authori[sz]e|appoint|(?:ved|v\\/)\\s*(?:${alternatives(GUARDIAN_WORDS)}|advokat)`, 'iu').test(text)) return [];
  const escaped = regExpLiteral(appellantName).replace(/\s+/gu, '[ \\t]+');
  const after = new RegExp(`(?<![\\p{L}])${escaped}${ROLE_AFTER_NAME}(?<name>${PERSON_NAME})`, 'u').exec(text)?.groups?.name;
  const before = AFTER_HOLDER.flatMap((re) =>
    [...text.matchAll(re)].flatMap((m) => {
      if (re === AFTER_HOLDER[0] && !powerOverTheCaseReadOn(text.slice(m.index! + m[0].length, m.index! + m[0].length + 240))) return [];
      // "Datteren min Kari Vold, Bakkevegen 3, 1411 Kolbotn, har fullmakt …": the holder's address between is no part of the name.
      const read = text.slice(Math.max(0, m.index! - 120), m.index!);
      const window = read.replace(HOLDERS_ADDRESS, '');
      const end = m.index! - (read.length - window.length);
      // "Advokat Per Dahl er min fullmektig": the title is no part of the name.
      const name = NAME_AT_END.exec(window)?.groups?.name?.replace(/^(?:advokat|advokatfullmektig)\s+/iu, '');
      return name && startsTheName(text, end - name.length) ? [name] : [];
    }),
  );
  const overTheCase = (m: RegExpMatchArray) => powerOverTheCaseReadOn(text.slice(m.index! + m[0].length, m.index! + m[0].length + 240));
  const given = [...text.matchAll(GIVES_POWER)].filter(overTheCase).map((m) => m.groups!.name!.trim());
  // A power whose sentence ends at its holder («Jeg gir fullmakt til min sønn Tore Solberg, Kløvervegen 7, 2816 Gjøvik.») may say
  // what it is for in the next («Fullmakten gjelder bankkontoen min», «Han kan hente posten»): that sentence is read too, and
  // as the power never says it is the case's, the holder's address is not read (held for a look, review s22).
  const nextSentence = (m: RegExpMatchArray) => text.slice(m.index! + m[0].length, m.index! + m[0].length + 200).replace(/^\s*[.!]\s*/u, '');
  const endsAtHolder = (m: RegExpMatchArray) => m.groups!.endsAtHolder !== undefined;
  const forTheCase = (m: RegExpMatchArray) => overTheCase(m) && (!endsAtHolder(m) || powerOverTheCase(nextSentence(m)));
  const writtenOut = WRITTEN_OUT_POWER.flatMap((re) => [...text.matchAll(re)]).filter(forTheCase);
  const beside = WITH_AN_ORGANISATION.flatMap((re) => [...text.matchAll(re)]).filter((m) => AN_ORGANISATION.test(m.groups!.organisation!) && forTheCase(m));
  // A relative («og min sønn Per») is nobody's employee: the organisation is the person's firm only beside a title or a bare name.
  const firms = new Map(beside.filter((m) => !A_BANK.test(m.groups!.organisation!) && !m.groups!.kin).map((m) => [m.groups!.name!.trim(), m.groups!.organisation!]));
  const addresses = new Map(writtenOut.map((m) => [m.groups!.name!.trim(), endsAtHolder(m) ? [] : addressLines(m.groups!.address)]));
  const listed = [...text.matchAll(LISTED_POWER)].filter(overTheCase).map((m) => m.groups!.name!.trim());
  // Each power's holders in the letter's order: a bank or a firm named first («til DNB Bank ASA og til min sønn …») is no holder.
  // «Norsk Revmatikerforbund», «Nordea Bank» read as two capitalised names are an organisation's (session 23): no holder.
  const holding = (n: string | undefined): n is string => !!n && isPersonName(n) && !AN_ORGANISATION.test(n) && !same(n, appellantName);
  const powers = [after?.trim(), ...before, ...given, ...listed, ...handling].map((n) => [n]).concat(writtenOut.map((m) => [m.groups!.name!.trim(), m.groups!.second?.trim()]), beside.map((m) => [m.groups!.name!.trim()]));
  // A power the writer holds with another («fullmakt til Kari Hansen og Per Olsen» in Kari Hansen's letter) names no holder beside them.
  const theirs = powers.map((names) => (names.some((n) => !!n && same(n, appellantName)) ? [] : names.filter(holding))).find((names) => names.length > 0);
  if (!theirs) return [];
  const [name, second] = [theirs[0]!, theirs.slice(1).find((n) => !same(n, theirs[0]!))];
  const firm = firms.get(name);
  return [{ role: 'representative', name, ...(firm ? { firm: firmName(firm) } : {}), address: second ? [] : (addresses.get(name) ?? []) }, ...(second ? [{ role: 'representative' as const, name: second, address: [] }] : [])];
}

/** «advokatfirmaet Lund AS» written in a sentence: the firm's name as a name («Advokatfirmaet Lund AS»). */
const firmName = (written: string): string => written.charAt(0).toUpperCase() + written.slice(1);

/** The first holder of the appellant's power the letter names (see `namedRepresentatives`), or none. */
export function namedRepresentative(text: string, appellantName: string, same: (a: string, b: string) => boolean): Party | null {
  return namedRepresentatives(text, appellantName, same)[0] ?? null;
}
