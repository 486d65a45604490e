/**
 * What a request the schema refuses is told, per field, in English and in bokmål from one table: the
 * English says what the field must be after its name («limit must be at most 200»), the bokmål after
 * «limit:» («høyst 200»), as the page and the CLI show it. The schema library's own text is never
 * passed on: it names its internals («expected number to be <=200»).
 */
import { postcodeRulesNb } from '#domain/letters/postal-address';

/** What zod says of one value (its issue), the parts of it a sentence needs. */
export interface SchemaIssue {
  code?: string;
  message?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  /** too_big/too_small: false when the bound itself is refused too (zod's positive(), lt, gt). */
  inclusive?: boolean;
  /** too_big/too_small: what was measured (a number, a string's length, an array's items). */
  origin?: string;
  /** invalid_value: the values taken. */
  values?: readonly unknown[];
  /** invalid_format: the form (zod's name for it: date, datetime, email, …). */
  format?: string;
  /** invalid_type: the kind of value the field takes. */
  expected?: string;
  /** unrecognized_keys: the fields the object does not take. */
  keys?: readonly string[];
  /**
   * invalid_type: whether the request had the field at all, when the caller knows (the service looks it
   * up): «limit=abc» is «not a number», an absent field «missing»; unknown, both are said.
   */
  present?: boolean;
}

export interface IssueWords {
  en: string;
  nb: string;
}

/**
 * The rules our schemas word themselves (the second argument of a `.regex`), with their bokmål: a
 * request the schema refuses names the rule it broke. A rule not listed here is said by the kind of issue.
 */
export const schemaRulesNb: Record<string, string> = {
  'a name has letters': 'et navn har bokstaver',
  'a reason is plain text, without {placeholders}': 'skriv grunnen som tekst, uten {plassholdere}',
  'a street or post box has letters': 'en gate eller postboks har bokstaver',
  'a firm has letters': 'et firmanavn har bokstaver',
  'only a representative has a firm': 'bare en fullmektig har firma',
  ...postcodeRulesNb,
  'a postcode has letters, digits, spaces and hyphens only': 'et postnummer har bare bokstaver, sifre, mellomrom og bindestrek',
  'a country is a name or a code, without digits': 'et land er et navn eller en landkode, uten sifre',
  'a place is a name, without digits': 'et poststed er et navn, uten sifre',
  'an event id (32 hex digits)': 'en hendelses-id (32 heksadesimale sifre)',
  'a case number as people read it, 2025/00001': 'et saksnummer slik folk leser det, 2025/00001',
  'a queue name': 'et kønavn',
  'document types are lower-case slugs': 'en dokumenttype skrives med små bokstaver, sifre og understrek',
  'area codes are lower-case slugs': 'en områdekode skrives med små bokstaver, sifre og understrek',
  'deadline kinds are lower-case slugs': 'en fristtype skrives med små bokstaver, sifre og understrek',
  'phrases are lower case; `*` only at the end': 'et uttrykk skrives med små bokstaver; `*` bare til slutt',
  'a canonical token is a lower-case bokmål word (hyphens allowed)': 'et normalord er et bokmålsord med små bokstaver (bindestrek tillatt)',
};

/** The forms zod checks, as a sentence names them; a form not listed is said as «the right form». */
const formats: Record<string, IssueWords> = {
  date: { en: 'a date written YYYY-MM-DD', nb: 'en dato skrevet ÅÅÅÅ-MM-DD' },
  datetime: { en: 'a time written YYYY-MM-DDThh:mm:ssZ', nb: 'et tidspunkt skrevet ÅÅÅÅ-MM-DDTtt:mm:ssZ' },
  time: { en: 'a time of day written hh:mm:ss', nb: 'et klokkeslett skrevet tt:mm:ss' },
  email: { en: 'an email address', nb: 'en e-postadresse' },
  uuid: { en: 'a UUID', nb: 'en UUID' },
  url: { en: 'a web address', nb: 'en nettadresse' },
};

/** The kinds of value a field takes, as a sentence names them; a kind not listed is «of the wrong kind». */
const kinds: Record<string, IssueWords> = {
  string: { en: 'a string', nb: 'tekst' },
  number: { en: 'a number', nb: 'et tall' },
  int: { en: 'a whole number', nb: 'et heltall' },
  boolean: { en: 'true or false', nb: 'true eller false' },
  object: { en: 'an object', nb: 'et objekt' },
  array: { en: 'a list', nb: 'en liste' },
  date: { en: 'a date', nb: 'en dato' },
};

/** What a bound counts, past the figure, one and more: a string's characters, an array's items; a number nothing. */
const units: Record<string, { one: IssueWords; more: IssueWords }> = {
  string: { one: { en: ' character', nb: ' tegn' }, more: { en: ' characters', nb: ' tegn' } },
  array: { one: { en: ' item', nb: ' element' }, more: { en: ' items', nb: ' elementer' } },
};

const unitOf = (origin: string | undefined, bound: number | bigint | undefined): IssueWords => {
  const unit = units[origin ?? ''];
  if (!unit) return { en: '', nb: '' };
  return bound !== undefined && Number(bound) === 1 ? unit.one : unit.more;
};

/**
 * A field of a form (a date) that is given a value of another kind: the schema words its kind issue
 * as the form (schemas/taxonomy.ts IsoDate), so «decisionDate: 20250312» is told the form, not «a string».
 */
const formByWords = (message: string | undefined): IssueWords | undefined => Object.values(formats).find((form) => form.en === message);

/** «a», «b» eller «c» / "a", "b" or "c". */
function oneOf(values: readonly unknown[], quote: (v: string) => string, or: string): string {
  const quoted = values.map((value) => quote(String(value)));
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} ${or} ${quoted.at(-1)}` : (quoted[0] ?? '');
}

/** One issue in both languages: the schema's own rule where it has one, else what kind of value was wrong. */
export function schemaIssueWords(issue: SchemaIssue): IssueWords {
  const rule = issue.message ? schemaRulesNb[issue.message] : undefined;
  if (rule) return { en: `is not valid: ${issue.message}`, nb: rule };
  switch (issue.code) {
    // A bound the value may not reach (zod's positive(): > 0) is said as such: «at least 0» would allow the 0 it refuses.
    case 'too_big': {
      const unit = unitOf(issue.origin, issue.maximum);
      return issue.inclusive === false
        ? { en: `must be under ${String(issue.maximum)}${unit.en}`, nb: `under ${String(issue.maximum)}${unit.nb}` }
        : { en: `must be at most ${String(issue.maximum)}${unit.en}`, nb: `høyst ${String(issue.maximum)}${unit.nb}` };
    }
    case 'too_small': {
      const unit = unitOf(issue.origin, issue.minimum);
      return issue.inclusive === false
        ? { en: `must be over ${String(issue.minimum)}${unit.en}`, nb: `over ${String(issue.minimum)}${unit.nb}` }
        : { en: `must be at least ${String(issue.minimum)}${unit.en}`, nb: `minst ${String(issue.minimum)}${unit.nb}` };
    }
    case 'invalid_type': {
      if (issue.present === false) return { en: 'is missing', nb: 'mangler' };
      const form = formByWords(issue.message);
      if (form) return { en: `must be ${form.en}`, nb: `må være ${form.nb}` };
      const kind = kinds[issue.expected ?? ''];
      if (issue.present) return kind ? { en: `is not ${kind.en}`, nb: `er ikke ${kind.nb}` } : { en: 'is not of the right kind', nb: 'er av feil slag' };
      return { en: `is missing or is not ${kind?.en ?? 'of the right kind'}`, nb: 'mangler, eller er av feil slag' };
    }
    case 'invalid_value':
      return issue.values?.length
        ? { en: `must be ${oneOf(issue.values, (v) => `"${v}"`, 'or')}`, nb: `må være ${oneOf(issue.values, (v) => `«${v}»`, 'eller')}` }
        : { en: 'is not one of the values taken', nb: 'ikke en av verdiene som tas imot' };
    case 'invalid_format': {
      const form = issue.format ? formats[issue.format] : undefined;
      return form ? { en: `must be ${form.en}`, nb: `må være ${form.nb}` } : { en: 'is not written in the right form', nb: 'ikke skrevet i riktig form' };
    }
    case 'unrecognized_keys': {
      const named = issue.keys?.length ? `: ${issue.keys.join(', ')}` : '';
      return { en: `has fields it does not take${named}`, nb: `ukjente felt${named}` };
    }
    default:
      return { en: 'is not valid', nb: 'ikke gyldig' };
  }
}
