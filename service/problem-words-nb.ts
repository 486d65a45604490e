import type { Role } from '#schemas/api';
import { postcodeRulesNb } from '#domain/letters/postal-address';
import { date, deadlineNames, documentStatusNames, roleNames } from '#domain/wording/names-nb';
import type { Permission } from './identity.ts';

/**
 * The words the bokmål side of a refusal uses (./problems.ts): roles, permissions, a document's status
 * and days as the page names them, so the page and the CLI read the same sentence.
 */
export const roleNamesNb: Record<Role, string> = roleNames;

export const permissionNb: Record<Permission, string> = {
  'queues:read': 'lese køer',
  'review:read': 'lese kontrollkøen',
  'review:decide': 'avgjøre dokumenter til kontroll',
  'cases:read': 'lese saker',
  'cases:claim': 'ta eller frigi saker',
  'deadlines:open': 'åpne frister',
  'deadlines:read': 'lese frister',
  'documents:read': 'lese dokumenter',
  'documents:text': 'lese teksten i et dokument',
  'documents:original': 'hente originalen av et dokument',
  'documents:correct': 'rette dokumenter i ettertid',
  'intake:upload': 'levere inn skannede dokumenter',
  'access-log:read': 'lese tilgangsloggen',
  'events:read': 'lese hendelsene',
  'export:read': 'eksportere listen over innkomne saker',
  'outbox:work': 'arbeide med utgående brev (lese, rette en adresse, merke som sendt, skrive ut)',
  'sheets:print': 'skrive ut førstesider og skilleark',
};

/** «journalført og fordelt»: a document's status as the page names it, inside a sentence. */
export const statusNb = (status: string) => (documentStatusNames[status] ?? status).toLowerCase();

/** 20.03.2025, and anything that is no ISO day as it came. */
export const dayNb = (iso: string | null | undefined) => (iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? date(iso) : (iso ?? ''));

export const deadlineNb = (kind: string) => (deadlineNames[kind] ?? kind).toLowerCase();

/**
 * The rules our schemas word themselves (the second argument of a `.regex`), in bokmål: a request the
 * schema refuses names the rule it broke. A rule not listed here is said by the kind of issue below.
 */
export const schemaRulesNb: Record<string, string> = {
  'a name has letters': 'et navn har bokstaver',
  'a street or post box has letters': 'en gate eller postboks har bokstaver',
  ...postcodeRulesNb,
  'a country is a name or a code, without digits': 'et land er et navn eller en landkode, uten sifre',
  'a place is a name, without digits': 'et poststed er et navn, uten sifre',
  'an event id (32 hex digits)': 'en hendelses-id (32 heksadesimale sifre)',
  'a case number as people read it, 2025/00001': 'et saksnummer slik folk leser det, 2025/00001',
};

/** What zod says of one value (its issue), the parts of it a sentence needs. */
export interface SchemaIssue {
  code?: string;
  message?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  /** too_big/too_small: false when the bound itself is refused too (zod's positive(), lt, gt). */
  inclusive?: boolean;
  /** invalid_value: the values taken. */
  values?: readonly unknown[];
  /** invalid_format: the form (zod's name for it: date, datetime, email, …). */
  format?: string;
}

/** The forms zod checks, as a sentence names them; a form not listed is said as «riktig form». */
const formatsNb: Record<string, string> = {
  date: 'en dato skrevet ÅÅÅÅ-MM-DD',
  datetime: 'et tidspunkt skrevet ÅÅÅÅ-MM-DDTtt:mm:ssZ',
  time: 'et klokkeslett skrevet tt:mm:ss',
  email: 'en e-postadresse',
  uuid: 'en UUID',
  url: 'en nettadresse',
};

/** «a», «b» eller «c». */
function oneOfNb(values: readonly unknown[]): string {
  const quoted = values.map((value) => `«${String(value)}»`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} eller ${quoted.at(-1)}` : (quoted[0] ?? '');
}

/** One issue in bokmål: the schema's own rule where it has one, else what kind of value was wrong. */
export function schemaIssueNb(issue: SchemaIssue): string {
  const rule = issue.message ? schemaRulesNb[issue.message] : undefined;
  if (rule) return rule;
  switch (issue.code) {
    // A bound the value may not reach (zod's positive(): > 0) is said as such: «minst 0» would allow the 0 it refuses.
    case 'too_big':
      return issue.inclusive === false ? `under ${String(issue.maximum)}` : `høyst ${String(issue.maximum)}`;
    case 'too_small':
      return issue.inclusive === false ? `over ${String(issue.minimum)}` : `minst ${String(issue.minimum)}`;
    case 'invalid_type':
      return 'mangler, eller er av feil slag';
    case 'invalid_value':
      return issue.values?.length ? `må være ${oneOfNb(issue.values)}` : 'ikke en av verdiene som tas imot';
    case 'invalid_format': {
      const form = issue.format ? formatsNb[issue.format] : undefined;
      return form ? `må være ${form}` : 'ikke skrevet i riktig form';
    }
    case 'unrecognized_keys':
      return 'ukjente felt';
    default:
      return 'ikke gyldig';
  }
}
