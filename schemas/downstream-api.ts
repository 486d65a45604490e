import { z } from 'zod';
import { PostmottakEvent } from './events.ts';
import { IsoDate } from './taxonomy.ts';

/** The API of downstream systems and the auditor: events, the director's export, the access log. */

export const EventsQuery = z.object({
  since: z.string().regex(/^[0-9a-f]{32}$/, 'an event id (32 hex digits)').optional().describe('The id of the last event you have; the answer starts after it'),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export const EventsPage = z
  .object({ events: z.array(PostmottakEvent), last: z.string().nullable().describe("Pass as 'since' to read on") })
  .meta({ id: 'EventsPage' });

/** csv: RFC 4180 with codes and ISO days, as SPEC's export contract says (programs read it); csv-excel: for Norwegian Excel (`;`, names, dd.mm.yyyy). */
export const ExportFormat = z.enum(['csv', 'csv-excel', 'xlsx', 'json']);
export const ExportQuery = z.object({
  from: IsoDate.describe('First received date (inclusive)'),
  to: IsoDate.describe('Last received date (inclusive)'),
  format: ExportFormat.default('csv'),
});
export const IncomingCaseRowSchema = z
  .object({
    caseNumber: z.string(),
    receivedDate: IsoDate,
    area: z.string(),
    documentType: z.string().nullable(),
    keywords: z.array(z.string()),
    firstInstanceReference: z.string().nullable(),
    preliminaryReplyDue: IsoDate.nullable(),
    caseProcessingDue: IsoDate.nullable(),
    queueOrHandler: z.string().describe('handler/{name} when a handler holds the case, unassigned/{area} when it waits; empty for a case given up as opened in error (it waits in no queue)'),
    status: z.string().describe("The case's status code, with « (avsluttet)» after it when the case is closed (as before)"),
    caseStatus: z.string().describe("The case's status code alone (config typeRules[].setsStatus: NY, ATRY, …)"),
    closed: z.boolean().describe('Whether the case is closed'),
    preliminaryReply: z
      .enum(['met', 'met_late'])
      .nullable()
      .describe("Whether the case's preliminary reply (the acknowledgement) was written: `met_late` when after its due date; null while it is open or the case has none. csv-excel and xlsx say «oppfylt» / «oppfylt for sent»"),
    openedInError: z.boolean().optional().describe('Set (true) when the case was given up as opened in error: its opening document left it (status then says « (avsluttet – opprettet ved feil)»)'),
  })
  .meta({ id: 'IncomingCaseRow' });
export type IncomingCaseRow = z.infer<typeof IncomingCaseRowSchema>;
export const ExportRows = z.object({ from: IsoDate, to: IsoDate, rows: z.array(IncomingCaseRowSchema) });

export const AccessLogQuery = z.object({
  from: IsoDate.describe('First day (inclusive)'),
  to: IsoDate.describe('Last day (inclusive)'),
  case: z.string().max(20).optional().describe("Only reads of this case (2025-00001) and of its documents, also those read while they waited in review"),
  document: z.string().max(80).optional().describe('Only reads of this document (doc-…)'),
  nationalId: z.string().max(20).optional().describe("Only reads of the cases with this national id, and of their documents; compared as its keyed hash, never stored"),
  person: z.string().max(200).optional().describe("Part of the reader's name, any case; one shaped like a national id (11 digits, any grouping) is taken as nationalId"),
  specialCategory: z.enum(['true', 'false']).optional().describe('true: only reads of special-category documents (medical declarations, expert statements: config typeRules[].specialCategory); false: all but those'),
});
export const AccessRecordSchema = z
  .object({
    at: z.string(),
    person: z.string(),
    role: z.string(),
    action: z.string(),
    caseId: z.string().optional(),
    documentId: z.string().optional(),
    documentType: z.string().optional().describe('A document read: the type of the document read (recorded since session 14)'),
    specialCategory: z.boolean().optional().describe('A document read: whether that type is special-category data (a medical declaration, an expert statement)'),
    why: z.string().optional().describe('What the reader gave as the reason; a national id in it is masked'),
    filter: z.string().optional().describe("An access-log:read: the auditor's filter (from=…&to=…&person=…&case=…&document=…&specialCategory=…&nationalIdHash=…; every value with national ids masked, a national id filter only as its keyed hash)"),
  })
  .meta({ id: 'AccessRecord' });
export const AccessLogPage = z.object({ records: z.array(AccessRecordSchema) });

/** Innsyn (GDPR art. 15): the id in the body, so it never sits in a URL or a request log. */
export const PersonLookupBody = z.strictObject({
  nationalId: z.string().max(20).describe('The person\'s national id (fødselsnummer or D-number); compared as its keyed hash, never stored'),
});
const HeldDocumentSchema = z.object({
  documentId: z.string(),
  documentType: z.string().nullable(),
  receivedDate: z.string().nullable(),
  caseId: z.string().nullable(),
  status: z.string().describe('routed, review, rejected …: where the document stands now'),
});
export const PersonHoldingsSchema = z
  .object({
    found: z.boolean().describe('false: nothing in the register carries this national id (an answer, not an error)'),
    cases: z.array(z.object({ caseId: z.string(), open: z.boolean() })),
    documents: z.array(HeldDocumentSchema).describe("The cases' documents"),
    reviewItems: z.array(HeldDocumentSchema).describe('Documents of the person that waited for an archivist, and where each stands now'),
    quarantine: z
      .array(z.object({ documentId: z.string(), fileName: z.string(), receivedDate: z.string().nullable(), reason: z.string().nullable(), reasonNb: z.string().nullable().describe('The reason in Norwegian bokmål, as the page shows it; null for a file rejected before reasons had codes') }))
      .describe("Rejected files whose (masked) name carries the person's birth date and a masked national id: a rejected file is never read, so its name is all there is to match, and a match is possible, not certain"),
    letters: z
      .array(z.object({ letterId: z.string(), caseId: z.string(), kind: z.string(), status: z.string(), letterDate: z.string(), recipient: z.object({ role: z.string(), name: z.string(), address: z.array(z.string()) }).nullable() }))
      .describe("The outbox letters of the person's cases, whatever their status"),
    examples: z
      .array(z.object({ kind: z.string(), documentId: z.string(), at: z.string(), by: z.string() }))
      .describe("Archivists' labelled examples of the listed documents (their text is stored with national ids as zeros)"),
    parts: z.record(z.string(), z.string()).describe('What each part of the answer is, in bokmål, for the letter to the person; `accessLog` says where the reads of their data are'),
  })
  .meta({ id: 'PersonHoldings' });
