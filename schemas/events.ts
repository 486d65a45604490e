import { z } from 'zod';
import { AreaCode, DeadlineKind, DocumentType, IsoDate, Language } from './taxonomy.ts';
import { LetterReleasedAs } from './letters.ts';

/**
 * SPEC.md "Events": every change a downstream system cares about, each type defined once here as a
 * versioned schema. Details are strict objects of identifiers, types, areas, dates and queue names,
 * so a national id or a line of document text cannot ride along unnoticed: the parse fails.
 */
const CaseNumber = z.string().regex(/^\d{4}\/\d{5,}$/, 'a case number as people read it, 2025/00001');
const Queue = z.string().regex(/^(review|quarantine|(unassigned|unit-mail|handler)\/.+)$/, 'a queue name');
/** Who did it: a person's name or token owner, `postmottak` for the machine, or a document id. */
const Actor = z.string().min(1).max(200);

const envelope = <T extends string, D extends z.ZodType>(type: T, detail: D, description: string) =>
  z
    .strictObject({
      id: z.string().regex(/^[0-9a-f]{32}$/).describe('Derived from the change itself: a repeat of the same change has the same id; de-duplicate by it'),
      type: z.literal(type),
      version: z.literal(1),
      time: z.iso.datetime({ offset: true }).describe('When it was published (a republished event keeps its id, not its time)'),
      documentId: z.string().optional(),
      caseId: z.string().optional(),
      detail,
    })
    .describe(description);

export const DocumentReceived = envelope(
  'DocumentReceived',
  z.strictObject({ receivedDate: IsoDate, postmarkDate: IsoDate.nullable(), format: z.string().nullable(), pageCount: z.number().int().nonnegative().nullable() }),
  'A scan was taken in (inspected; it may still be rejected)',
);
export const DocumentRejected = envelope('DocumentRejected', z.strictObject({ reason: z.string(), queue: z.literal('quarantine') }), 'A file was rejected and kept in quarantine');
export const DocumentInReview = envelope(
  'DocumentInReview',
  z.strictObject({ reason: z.string().nullable(), queue: z.literal('review'), documentType: DocumentType.nullable(), area: AreaCode.nullable(), confidence: z.number().min(0).max(1).nullable() }),
  'A document waits for an archivist',
);
export const DocumentRegistered = envelope(
  'DocumentRegistered',
  z.strictObject({ caseNumber: CaseNumber, journalEntryId: z.string(), documentType: DocumentType, area: AreaCode, createdCase: z.boolean(), confirmedBy: Actor }),
  'A document was journaled on a case',
);
export const CaseCreated = envelope(
  'CaseCreated',
  z.strictObject({ caseNumber: CaseNumber, area: AreaCode, receivedDate: IsoDate, documentType: DocumentType }),
  'A new case was opened by a document',
);
export const CaseRouted = envelope(
  'CaseRouted',
  z.strictObject({ caseNumber: CaseNumber, queue: Queue, area: AreaCode, keywords: z.array(z.string()), priority: z.number() }),
  'A case (new or joined by a document) is in a queue',
);
export const CaseClaimed = envelope('CaseClaimed', z.strictObject({ handlerId: Actor, area: AreaCode }), 'A case handler took a case');
export const CaseReleased = envelope(
  'CaseReleased',
  z.strictObject({ handlerId: Actor, area: AreaCode, releasedBy: Actor.optional().describe('Who released it, when not the handler who held it (an archivist, or the removal of a person)') }),
  'A case went back to its unassigned queue',
);
export const DeadlineOpened = envelope(
  'DeadlineOpened',
  z.strictObject({ kind: DeadlineKind, due: IsoDate, missed: z.boolean().optional(), openedBy: Actor }),
  'A deadline started (by a document, or by a case handler)',
);
export const DeadlineClosed = envelope('DeadlineClosed', z.strictObject({ kind: DeadlineKind, closedBy: Actor, late: z.literal(true).optional().describe('Set when our own deadline (the preliminary reply) was met after its due date') }), 'A deadline was met by a document');
export const ClassificationCorrected = envelope(
  'ClassificationCorrected',
  z.strictObject({
    correctedBy: Actor,
    documentType: DocumentType.nullable(),
    area: AreaCode.nullable(),
    previousDocumentType: DocumentType.nullable(),
    previousArea: AreaCode.nullable(),
    // SPEC.md's event list is closed and names no event for these two outcomes; marking a document as a
    // duplicate or as mail for another body is the archivist correcting what the machine made of it.
    // The recipient stays in the journal (it can be a person's name); the event names the outcome only.
    outcome: z.enum(['duplicate', 'forwarded']).optional().describe('Set when the correction is an outcome: a duplicate of another document, or mail forwarded to another body'),
    duplicateOf: z.string().optional().describe('With outcome duplicate: the document it duplicates'),
    movedFrom: CaseNumber.optional().describe('Set when the document was moved to this case: the case it left'),
    caseGivenUp: CaseNumber.optional().describe(
      'Set when the document was the one that opened this case (or the case it left) and nothing else carries it: the case is given up as opened in error (Noark saksstatus U), out of every queue, its open deadlines closed (DeadlineClosed) and its unsent letters withdrawn (LetterReady with status withdrawn)',
    ),
  }),
  "An archivist corrected the machine's document type or area, or marked the document as a duplicate or as mail forwarded elsewhere",
);
export const LetterReady = envelope(
  'LetterReady',
  z.strictObject({
    letterId: z.string(),
    kind: z.string(),
    language: Language,
    status: z.enum(['ready', 'held', 'sent', 'withdrawn']),
    letterDate: IsoDate.optional().describe("The date the letter bears; the envelope's `time` is when it was written (a watcher run for a day gone by dates its notices that day)"),
    releasedAs: LetterReleasedAs.optional().describe('A held letter released (status ready) to an address postmottak read in a document, or to a party an archivist added; absent when an archivist corrected the address'),
  }),
  'An outgoing letter is in the outbox (status withdrawn: taken out again, never to be posted, because its case was given up)',
);

export const eventSchemas = {
  DocumentReceived,
  DocumentRejected,
  DocumentInReview,
  DocumentRegistered,
  CaseCreated,
  CaseRouted,
  CaseClaimed,
  CaseReleased,
  DeadlineOpened,
  DeadlineClosed,
  ClassificationCorrected,
  LetterReady,
} as const;

export const PostmottakEvent = z.discriminatedUnion('type', Object.values(eventSchemas) as [
  (typeof eventSchemas)[keyof typeof eventSchemas],
  ...(typeof eventSchemas)[keyof typeof eventSchemas][],
]);
export type PostmottakEvent = z.infer<typeof PostmottakEvent>;
export type EventType = PostmottakEvent['type'];
export type EventOf<T extends EventType> = Extract<PostmottakEvent, { type: T }>;
export const eventTypes = Object.keys(eventSchemas) as EventType[];
