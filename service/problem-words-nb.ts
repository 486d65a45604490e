import type { Role } from '#schemas/api';
import { date, deadlineNames, documentStatusNames, roleNames } from '#domain/wording/names-nb';
import type { Permission } from './identity.ts';
import { schemaIssueWords, type SchemaIssue } from './schema-issue-words.ts';

export type { SchemaIssue } from './schema-issue-words.ts';

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
  'cases:release-any': 'frigi en sak noen andre har tatt',
  'deadlines:open': 'åpne frister',
  'deadlines:read': 'lese frister',
  'documents:read': 'lese dokumenter',
  'documents:text': 'lese teksten i et dokument',
  'documents:original': 'hente originalen av et dokument',
  'letters:read': 'hente et brev postmottak har skrevet i en sak',
  'documents:correct': 'rette dokumenter i ettertid',
  'intake:upload': 'levere inn skannede dokumenter',
  'access-log:read': 'lese tilgangsloggen',
  'persons:lookup': 'slå opp hva som er lagret om en person',
  'parties:correct': 'rette klagerens eller fullmektigens navn og adresse i en sak',
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

/** One issue in bokmål, as «limit: høyst 200» says it (the table with the English: ./schema-issue-words.ts). */
export const schemaIssueNb = (issue: SchemaIssue): string => schemaIssueWords(issue).nb;
