import { isPersonName, titleCase } from './lines.ts';

/**
 * Who a block of a letter head names: the appeals body itself (the recipient), a first instance
 * (Helfo, Nav, Pasientreiser and their units), a lawyer's firm, or another organisation (a clinic,
 * a hospital, an expert's company).
 */

export type OrganisationKind = 'own' | 'first_instance' | 'lawyer' | 'organisation';

/** The appeals body's own names; the recipient of an incoming letter, never one of its parties. */
// The body's names in every language its letters come in: «Klageinstansen» alone on the line of an addressee's block
// (never «Nav Klageinstans», a first instance's unit), «The Appeals Body» in an English letter (QA s21 D03).
export const DEFAULT_OWN_NAMES = [/klageorgan/iu, /helseklage/iu, /klageinstans(?:en)?\s+for\s+helse/iu, /^[ \t]*klageinstansen[ \t]*$/imu, /(?<![\p{L}])(?:the\s+)?appeals\s+body(?![\p{L}])/iu, /postboks\s+6355\s+etterstad/iu];

const FIRST_INSTANCE = /\b(?:helfo|nav|pasientreiser)\b/iu;
const LAWYER = /(?:advokat|advocaat|law\s?firm|solicitors?\b|attorneys?\b|\blegal\s+(?:llp|ltd|limited|services)\b|advokatbyrå|advokatfirma|rättegångsombud|juridisk\s+rådgiv)/iu;
/** A company's legal form, written as companies write it, as the last word of its name: "Berg DA", "Oslo universitetssykehus HF". */
const LEGAL_FORM = /(?<![\p{L}])(?:AS|ASA|DA|ANS|SA|BA|KS|HF|IKS|NUF|AB|ApS|Ltd|GmbH)\.?$/u;
/** Forms that are also words of names ("NGUYEN THI DA", "SARA DA SILVA"): in a line that reads as a person's name, a name. */
const NAME_LIKE_FORM = /(?<![\p{L}])(?:DA|SA|BA|KS)\.?$/u;

function hasLegalForm(line: string): boolean {
  const l = line.trim();
  if (!LEGAL_FORM.test(l)) return false;
  return !(NAME_LIKE_FORM.test(l) && l === l.toUpperCase() && isPersonName(titleCase(l)));
}
const ORGANISATION =
  /\b(?:Org\.?\s?nr|legekontor|legesenter\w*|sykehus\w*|sjukehus\w*|klinikk\w*|kommune|universitet\w*|hospital\w*|clinic|clínica|centre|center|vårdcentral\w*|lægehus\w*|tannlege\w*|tannklinikk\w*|medical|practice|poliklinikk|avdeling|trygderetten)\b/iu;

/**
 * Care homes and their like («sykehjem», «sjukeheim», «omsorgssenter», «bo- og behandlingssenter», «omsorgsbolig»): an
 * organisation, never a person, when one heads or signs a letter; its nurse or head of unit writing for a resident acts
 * for them.
 */
const CARE_HOME = /(?<![\p{L}])(?:\p{L}*sykehjem\p{L}*|\p{L}*sjukeheim\p{L}*|\p{L}*omsorgssenter\p{L}*|b[ou]-\s+og\s+behandlingssenter\p{L}*|\p{L}*omsorgsbolig\p{L}*|\p{L}*omsorgsbustad\p{L}*|aldershjem\p{L}*|\p{L}*pleiehjem\p{L}*)(?![\p{L}])/iu;

export function isCareHome(line: string): boolean {
  return CARE_HOME.test(line);
}

/**
 * Bodies that help people with their cases (a patients' ombud, a disability or patients' organisation's
 * legal service, a municipality's social services): when one writes for someone, its signer is that
 * person's representative, as a lawyer is.
 */
const ADVOCACY_WORDS = /(?:\p{L}*ombudet\b|\bLHL\b|fellesorganisasjon\p{L}*|\p{L}*ombodet\b|\p{L}*forbund(?:et)?\b|\p{L}*förbund(?:et)?(?![\p{L}])|fagbevægelse\p{L}*|juristtjeneste\p{L}*|rettighetssenter\p{L}*|\p{L}*forening\p{L}*|\bkommune\b)/iu;
/**
 * Trade unions that are written by a short name no word above holds (session 17): Norwegian «Delta», «FO», «LO Stat», «Parat»,
 * Danish «3F», «HK Danmark», «FOA», «Krifa», Swedish «Unionen», «Kommunal», «IF Metall», «Seko». Case-sensitive and only as a
 * whole name at the start of a line, alone or before a region, a department, a comma or a spaced dash («Delta Region Vest»,
 * «FO – …», «Kommunal Sektion Öst»): «Kommunal bostøtte», «Vision AS», a hyphenated compound («Kommunal- og
 * distriktsdepartementet», «FO-skolen AS», «LO-…») and a firm with a legal form («Delta – Regnskap AS») are no union (review s17).
 */
const TRADE_UNION = /^[ \t]*(?:LO(?:[ \t]+(?:Stat|Kommune))?|YS|Unio|FO|Delta|Parat|NTL|HK(?:[ \t]+Danmark)?|3F|FOA|Krifa|Unionen|Kommunal|IF[ \t]+Metall|Seko|Byggnads|Ledarna|Saco|Dansk[ \t]+Metal)(?:[ \t]+(?:[Rr]egion|[Aa]vd\.?|[Aa]vdeling|[Aa]fdeling|[Aa]vdelning|[Ss]ektion|[Kk]lubb)(?:[ \t]+\p{Lu}[\p{L}-]*)*)?[ \t]*(?:(?:,|[ \t][–-][ \t]).*)?$/u;

/** A body that helps people with their cases, by a word of its name or as a trade union named alone. */
export const ADVOCACY = { test: (name: string): boolean => ADVOCACY_WORDS.test(name) || (TRADE_UNION.test(name) && !hasLegalForm(name)) };

export function organisationKind(lines: readonly string[], ownNames: readonly RegExp[] = DEFAULT_OWN_NAMES): OrganisationKind | null {
  const text = lines.join('\n');
  if (ownNames.some((re) => re.test(text))) return 'own';
  const head = lines[0] ?? '';
  if (LAWYER.test(head) || (lines[1] !== undefined && /^v\/\s?advokat/iu.test(lines[1]))) return 'lawyer';
  if (FIRST_INSTANCE.test(head)) return 'first_instance';
  if (ORGANISATION.test(head) || ADVOCACY.test(head) || CARE_HOME.test(head) || hasLegalForm(head)) return 'organisation';
  return null;
}

const FIRST_INSTANCE_AT_START = /^[ \t]*(?:helfo|nav|pasientreiser)(?![\p{L}])/iu;
/** "Helfo Behandlere …", "NAV …": the text starts with a first instance's name (the other side of "client ./. Helfo"). */
export function startsWithFirstInstance(text: string): boolean {
  return FIRST_INSTANCE_AT_START.test(text);
}

export function isLawyerFirm(line: string): boolean {
  return LAWYER.test(line);
}

/**
 * The first instance as the letter names its unit: "Helfo Behandlere", "Nav Arbeid og ytelser
 * Kristiansand", "NAV kontor Sagene", "Pasientreiser Vest". The unit part is taken only while its
 * words are capitalised names or the few lower-case words Nav's unit names contain, so "Helfo traff
 * vedtak" gives "Helfo".
 */
/** Nav's and Helfo's unit names, some with lower-case words ("Arbeid og ytelser"). */
const UNIT_NAME =
  '(?:arbeid og ytelser|familie- og pensjonsytelser|klageinstans|kontaktsenter|hjelpemiddelsentral|økonomi stønad|kontor|behandlere|tannhelse|utland|legemidler|refusjon|kontroll|pasientformidling|hf|vest|nord|midt-norge|sør-øst|helse sør-øst|seksjon for \\p{L}+)';
/**
 * A region or direction after the unit, written in small letters as Nav writes its units ("Nav
 * klageinstans sør", "Nav klageinstans Midt-Norge" is a capitalised place PLACE takes): part of the name.
 */
const REGION = '(?:sør-øst|sørøst|sør-vest|sørvest|nord-vest|nordvest|nord-norge|midt-norge|vest-viken|sør|nord|øst|vest|midt)';
const UNIT = new RegExp(`\\b(?<base>helfo|nav|pasientreiser)(?:s(?=[ \\t]))?(?![\\p{L}])(?<unit>,?[ \\t]+${UNIT_NAME}(?![\\p{L}-])(?:[ \\t]+${REGION}(?![\\p{L}-]))?)?`, 'giu');
/**
 * A place after the unit: capitalised words on the same line ("Kristiansand"), never a word that starts a sentence or a box,
 * nor a form's label («Legeerklæring til Nav       Journaldato: 18.11.2026», QA L38).
 */
const PLACE = /(?:[ \t]+(?!(?:Vedtak|Klage|Saken|Dato|Vår|Deres|Jeg|Vi|Det|Den|Som|Har|Er|Fikk|Ga|Traff|Fattet|Postboks|Tlf|Telefon)\b)\p{Lu}[\p{L}'’-]*(?![\p{L}'’-]|[ \t]*:)){1,2}/uy;

/** What a unit's genitive is written before: its decision, letter or assessment. */
const GENITIVE_BEFORE = /^[ \t]+(?:vedtak|vedtaket|avgjørelse|avgjerd|avslag|brev|vurdering|beslutning|decision)(?![\p{L}])/iu;

export interface FirstInstanceMention {
  name: string;
  index: number;
}

export function firstInstanceMentions(text: string): FirstInstanceMention[] {
  const found: FirstInstanceMention[] = [];
  for (const m of text.matchAll(UNIT)) {
    PLACE.lastIndex = m.index! + m[0].length;
    const written = PLACE.exec(text)?.[0] ?? '';
    // "Nav Yrkesskades vedtak": a genitive before what the unit did, the unit being "Nav Yrkesskade" (never "Nav Lindesnes", "Nav Os").
    const place = GENITIVE_BEFORE.test(text.slice(m.index! + m[0].length + written.length)) ? written.replace(/(?<=\p{L}{3}(?<!ne|s))s$/u, '') : written;
    const name = `${normaliseBase(m.groups!.base!)}${m.groups!.unit ?? ''}${place}`.replace(/[ \t]+/gu, ' ');
    found.push({ name, index: m.index! });
  }
  return found;
}

/**
 * The organisation a first instance's name belongs to: «Helfo, Seksjon for klage» and «Helfo» are one
 * sender, «Nav klageinstans sør» and «NAV» too. A name that is no known first instance is its first word.
 */
export function firstInstanceOrganisation(name: string): string {
  const known = /^[ \t]*(helfo|nav|pasientreiser)(?![\p{L}])/iu.exec(name);
  return (known?.[1] ?? name.trim().split(/[\s,.;:]+/u)[0]!).toLocaleLowerCase('nb');
}

/** "HELFO" and "Helfo" are one unit; Nav is written NAV by many and kept as written. */
function normaliseBase(base: string): string {
  if (/^helfo$/iu.test(base)) return 'Helfo';
  if (/^pasientreiser$/iu.test(base)) return 'Pasientreiser';
  return base === 'NAV' || base === 'Nav' ? base : 'Nav';
}
