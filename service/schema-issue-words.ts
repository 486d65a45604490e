/**
 * What a request the schema refuses is told, per field, in English and in bokmål from one table: the
 * English says what the field must be after its name («limit must be at most 200»), the bokmål after
 * «limit:» («høyst 200»), as the page and the CLI show it. The schema library's own text is never
 * passed on: it names its internals («expected number to be <=200»).
 */

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
  'a street or post box has letters': 'en gate eller postboks har bokstaver',
  'a postcode is four digits': 'et postnummer er fire sifre',
  'a place is a name, without digits': 'et poststed er et navn, uten sifre',
  'an event id (32 hex digits)': 'en hendelses-id (32 heksadesimale sifre)',
  'a case number as people read it, 2025/00001': 'et saksnummer slik folk leser det, 2025/00001',
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

/** The kinds of value a field takes, as the English names them (the bokmål says «of the wrong kind»). */
const kindsEn: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  date: 'a date',
};

/** What a bound counts, past the figure: a string's characters, an array's items; a number nothing. */
const units: Record<string, IssueWords> = {
  string: { en: ' characters', nb: ' tegn' },
  array: { en: ' items', nb: ' elementer' },
};

/** «a», «b» eller «c» / "a", "b" or "c". */
function oneOf(values: readonly unknown[], quote: (v: string) => string, or: string): string {
  const quoted = values.map((value) => quote(String(value)));
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} ${or} ${quoted.at(-1)}` : (quoted[0] ?? '');
}

/** One issue in both languages: the schema's own rule where it has one, else what kind of value was wrong. */
export function schemaIssueWords(issue: SchemaIssue): IssueWords {
  const rule = issue.message ? schemaRulesNb[issue.message] : undefined;
  if (rule) return { en: `is not valid: ${issue.message}`, nb: rule };
  const unit = units[issue.origin ?? ''] ?? { en: '', nb: '' };
  switch (issue.code) {
    // A bound the value may not reach (zod's positive(): > 0) is said as such: «at least 0» would allow the 0 it refuses.
    case 'too_big':
      return issue.inclusive === false
        ? { en: `must be under ${String(issue.maximum)}${unit.en}`, nb: `under ${String(issue.maximum)}${unit.nb}` }
        : { en: `must be at most ${String(issue.maximum)}${unit.en}`, nb: `høyst ${String(issue.maximum)}${unit.nb}` };
    case 'too_small':
      return issue.inclusive === false
        ? { en: `must be over ${String(issue.minimum)}${unit.en}`, nb: `over ${String(issue.minimum)}${unit.nb}` }
        : { en: `must be at least ${String(issue.minimum)}${unit.en}`, nb: `minst ${String(issue.minimum)}${unit.nb}` };
    case 'invalid_type':
      return { en: `is missing or is not ${kindsEn[issue.expected ?? ''] ?? 'of the right kind'}`, nb: 'mangler, eller er av feil slag' };
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
