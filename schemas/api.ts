import { Reason, ReasonCode } from './reasons.ts';
import { z } from 'zod';
import { BatchName } from './batch.ts';
import { AreaCode, DeadlineKind, DocumentType, IsoDate, Language } from './taxonomy.ts';
import { Deadline, ProcessResult, SplitOutcome, TextSource } from './pipeline.ts';
import { CaseLetter, CaseParty } from './outbox.ts';

/**
 * The JSON API of `postmottak serve` (and of the same app behind API Gateway), as zod schemas. They
 * are the route schemas: Fastify validates requests and serializes responses with them, and the
 * OpenAPI document (`GET /openapi.json`, schemas/json/openapi.json) is generated from them.
 */

export const roles = ['archivist', 'caseworker', 'reader', 'system', 'auditor'] as const;
export const Role = z.enum(roles).describe('What a person or system may do (SPEC.md "The service")');
export type Role = z.infer<typeof Role>;

/** RFC 9457 problem details: every 4xx and 5xx answer of the API. */
export const Problem = z
  .object({
    type: z.string().describe('A URI naming the kind of problem'),
    title: z.string().describe('A short summary of the kind of problem'),
    status: z.number().int(),
    detail: z.string().describe('What went wrong this time, in words a person understands'),
    instance: z.string().describe('The request path the problem is about'),
    documentId: z
      .string()
      .optional()
      .describe('409 first-upload-in-flight: the document the bytes already are (their content id); its outcome comes when the first upload of them is done'),
    errors: z
      .array(
        z.object({
          in: z.enum(['body', 'querystring', 'params', 'headers']).describe('Where in the request'),
          path: z.string().describe("The field's machine-readable path (address.place; empty for the whole value)"),
          code: z.string().describe('What kind of issue (too_big, invalid_type, invalid_format …)'),
        }),
      )
      .optional()
      .describe('400 for a request the schema refuses: each invalid field (at most five), for programs; `detail` says the same in words, each field by its name'),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;

// ------------------------------------------------------------------------------------------ params

export const CaseParams = z.object({
  case: z.string().min(1).describe('Case number without the slash, 2025-00001 (2025/00001 URL-encoded is accepted too)'),
});
export const DocumentParams = z.object({ documentId: z.string().min(1).max(200) });

const QueueName = z
  .string()
  .describe('unassigned/{area}, unit-mail/{area}, handler/{handlerId}, review or quarantine');

export const QueueParams = z.object({ '*': QueueName });

const Keywords = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : value.split(',')).map((k) => k.trim()).filter(Boolean))
  .describe('Keywords (stikkord); an entry must carry every one. Repeat the parameter or separate with commas');

export const QueueQuery = z.object({
  keyword: Keywords.optional(),
  from: IsoDate.optional().describe('Received on or after this date'),
  to: IsoDate.optional().describe('Received on or before this date'),
  order: z.enum(['oldest', 'priority']).default('oldest'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(2000).optional().describe('The cursor of the previous page, as given'),
});
export type QueueQuery = z.output<typeof QueueQuery>;

// ---------------------------------------------------------------------------------------- entries

export const QueueEntry = z
  .object({
    kind: z.enum(['case', 'document']),
    caseId: z.string().nullable(),
    caseNumber: z.string().nullable().describe('2025/00001'),
    documentId: z.string().nullable(),
    title: z.string().nullable(),
    area: z.string().nullable(),
    documentType: z.string().nullable(),
    fileName: z.string().nullable(),
    reason: z.string().nullable().describe('Why the document is in review or quarantine'),
    reasonCode: Reason.nullable().describe('The same as a stable code with its parameters'),
    reasonNb: z.string().nullable().describe('The same in Norwegian bokmål, as the page shows it'),
    keywords: z.array(z.string()),
    priority: z.number().int(),
    receivedDate: z.string(),
    status: z.string().nullable(),
    retries: z
      .array(z.object({ documentId: z.string(), reason: z.string().nullable(), reasonNb: z.string().nullable(), at: z.string(), by: z.string() }))
      .optional()
      .describe('Quarantine: every retry whose replacement was rejected too, oldest first; the file stays in quarantine'),
  })
  .meta({ id: 'QueueEntry' });
export type QueueEntry = z.infer<typeof QueueEntry>;

export const QueuePage = z.object({
  queue: z.string(),
  items: z.array(QueueEntry),
  cursor: z.string().nullable().describe('Pass as ?cursor= for the next page; null on the last page'),
});
export type QueuePage = z.infer<typeof QueuePage>;

export const MaskableFields = z
  .object({
    nationalIds: z.array(z.string()).describe('In full for archivists and case handlers; masked (birth date and *****) for readers and systems'),
    caseReferences: z.array(z.string()),
    decisionDate: IsoDate.nullable(),
    decisionReceivedDate: IsoDate.nullable(),
    parties: z.array(z.unknown()).optional(),
  })
  .meta({ id: 'DocumentFields' });

export const DeadlineView = z
  .object({
    id: z.string(),
    kind: DeadlineKind,
    due: IsoDate,
    status: z.enum(['open', 'closed', 'met', 'missed']),
    openedBy: z.string(),
    openedOn: IsoDate,
    closedBy: z.string().optional(),
    closedOn: IsoDate.optional(),
    missed: z.boolean().optional(),
    late: z.literal(true).optional().describe('Set on a deadline of ours (the preliminary reply) met after its due date: met, but late'),
  })
  .meta({ id: 'CaseDeadline' });
export type DeadlineView = z.infer<typeof DeadlineView>;

export const JournalLine = z
  .object({
    at: z.string(),
    event: z.string(),
    actor: z.string().describe('The person (or postmottak, for the machine) who did it'),
    documentId: z.string().optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'JournalLine' });
export type JournalLine = z.infer<typeof JournalLine>;

export const CaseDocument = z.object({
  documentId: z.string(),
  fileName: z.string().nullable(),
  documentType: z.string().nullable(),
  receivedDate: z.string().nullable(),
  journalStatus: z.string().nullable(),
  registeredAt: z.string().nullable(),
  createdCase: z.boolean(),
  registeredDocumentType: z.string().nullable().optional().describe('The type the document was registered with, when a correction has changed it since (the journal\'s registration line keeps it)'),
  role: z.enum(['main', 'attachment']).optional().describe('A part of a bundle: hoveddokument (main) or vedlegg (attachment)'),
  mainDocumentId: z.string().nullable().optional().describe("An attachment's main document"),
  missingAttachments: z.array(z.string()).optional().describe('Attachments the main letter lists that the bundle lacks (kontroll av vedlegg)'),
});

export const AttachmentResolution = z.enum(['received', 'not_needed']);
export const ClearedAttachment = z.object({
  item: z.string(),
  resolution: AttachmentResolution,
  documentId: z.string().nullable().describe('The document on the case that answered it; null when an archivist marked it'),
  by: z.string().nullable().describe('The archivist who marked it'),
  at: z.string().nullable(),
});

export const CaseSummary = z
  .object({
    caseId: z.string().describe('2025-00001: the form in URLs'),
    caseNumber: z.string().describe('2025/00001: the form people read'),
    title: z.string(),
    area: z.string(),
    archiveCode: z.string(),
    status: z.string(),
    noarkStatus: z.string(),
    keywords: z.array(z.string()),
    priority: z.number().int(),
    receivedDate: z.string(),
    references: z.array(z.string()),
    open: z.boolean(),
    handlerId: z.string().nullable(),
    claimedAt: z.string().nullable(),
    queue: z.string().nullable(),
    givenUp: z
      .object({
        reason: z.literal('opened_in_error'),
        cause: z.enum(['moved', 'forwarded', 'duplicate']).describe('What took the opening document away: moved to another case, forwarded to another body, marked a duplicate'),
        documentId: z.string().describe('The document that opened the case and left it'),
        movedTo: z.string().nullable().describe('The case it was moved to (2025/00001), on a move'),
        by: z.string(),
        at: z.string(),
      })
      .nullable()
      .optional()
      .describe('Set when the case was given up as opened in error (Noark saksstatus U, open false): it is in no queue, its deadlines are closed, its unsent letters withdrawn'),
  })
  .meta({ id: 'Case' });
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseView = z
  .object({
    case: CaseSummary,
    documents: z.array(CaseDocument),
    parties: z.array(CaseParty).describe('The case\'s parties (sakspart): appellant, representative, first instance'),
    deadlines: z.array(DeadlineView),
    letters: z.array(CaseLetter).describe('The letters postmottak wrote on the case (outgoing journal entries, Noark 5 U), in the order they were written; they are in `journal` too, in time order with the incoming ones'),
    journal: z.array(JournalLine),
    missingAttachments: z.array(z.string()).describe("Attachments a bundle's main letter lists that no part answers (kontroll av vedlegg) and that have not come since nor been marked received or not needed: the archivist asks for them"),
    clearedAttachments: z
      .array(ClearedAttachment)
      .default([])
      .describe('Listed attachments no longer missing: arrived later as a document of their own on the case, or marked by an archivist'),
  })
  .meta({ id: 'CaseView' });

/** An archivist's mark on a missing attachment (POST /cases/{case}/missing-attachments). */
export const MarkAttachmentBody = z
  .object({
    item: z.string().min(1).describe('The missing attachment as the case lists it («Kopi av vedtak»)'),
    resolution: AttachmentResolution.default('received').describe('received: it came (on paper, by another way); not_needed: the case goes on without it'),
  })
  .meta({ id: 'MarkAttachmentBody' });
export const MarkedAttachments = z.object({ caseNumber: z.string(), missingAttachments: CaseView.shape.missingAttachments, clearedAttachments: z.array(ClearedAttachment) }).meta({ id: 'MarkedAttachments' });
export type CaseView = z.infer<typeof CaseView>;

export const ClaimOutcome = z.object({ case: CaseSummary, claimedBy: z.string().nullable() });

export const OpenDeadlineBody = z.object({
  kind: DeadlineKind.describe('An awaiting deadline: medical_declaration, expert_statement, consent or comments'),
  openedOn: IsoDate.optional().describe('Defaults to today (Europe/Oslo)'),
});
export const OpenedDeadline = z.object({ caseId: z.string(), caseNumber: z.string(), deadline: DeadlineView });

export const DueQuery = z.object({ before: IsoDate.describe('Open deadlines due before this date (not on it)') });
export const DueDeadline = z
  .object({
    caseId: z.string(),
    caseNumber: z.string().nullable(),
    area: z.string(),
    kind: DeadlineKind,
    due: IsoDate,
    handlerId: z.string().nullable(),
    title: z.string().nullable(),
    extensionNoticeDue: z.boolean().describe('case_processing: «varsel om forlenget svarfrist» must go out before it passes'),
  })
  .meta({ id: 'DueDeadline' });
export const DueDeadlines = z.object({ before: IsoDate, deadlines: z.array(DueDeadline) });
export type DueDeadlines = z.infer<typeof DueDeadlines>;

export const DocumentView = z
  .object({
    documentId: z.string(),
    fileName: z.string(),
    status: z.enum(['review', 'rejected', 'registered', 'routed']),
    reason: z.string().nullable(),
    reasonCode: Reason.nullable().describe('The reason as a stable code with its parameters'),
    reasonNb: z.string().nullable().describe('The reason in Norwegian bokmål, as the page shows it'),
    receivedDate: z.string(),
    postmarkDate: z.string().nullable(),
    caseId: z.string().nullable(),
    caseNumber: z.string().nullable(),
    queue: z.string().nullable(),
    documentType: DocumentType.nullable(),
    area: AreaCode.nullable(),
    language: Language.nullable(),
    confidence: z.number().nullable(),
    typeConfidence: z.number().nullable(),
    pages: z.number().int().nullable(),
    textSource: TextSource.nullable(),
    fields: MaskableFields.nullable(),
    keywords: z.array(z.string()),
    deadlines: z.array(Deadline),
    closedDeadlines: z.array(DeadlineKind),
    explanation: z
      .array(z.object({ feature: z.string(), weight: z.number() }))
      .describe('Words that drove the classification; document text, so empty for readers and systems'),
    journalStatus: z.string().nullable(),
    decision: z
      .object({
        archivist: z.string().describe('The person who decided (postmottak for a document carried on after its opener was decided)'),
        decidedAt: z.string(),
        documentType: z.string().nullable(),
        area: z.string().nullable(),
        caseId: z.string().nullable().describe('The case the archivist chose; null when the decision opened a new case'),
        decisionDate: z.string().nullable().describe('The decision date (vedtaksdato) the archivist typed; null when they typed none'),
        decisionReceivedDate: z.string().nullable().describe('The day the decision was received, as the archivist typed it; null when they typed none'),
      })
      .nullable(),
  })
  .meta({ id: 'Document' });
export type DocumentView = z.infer<typeof DocumentView>;

export const PageView = z.object({
  pageIndex: z.number().int(),
  source: z.enum(['text_layer', 'ocr']),
  text: z.string(),
  confidence: z.number(),
  width: z.number(),
  height: z.number(),
  words: z.array(z.object({ text: z.string(), confidence: z.number(), bbox: z.object({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() }) })),
  imageUrl: z.string().nullable().describe("The API's route (send the bearer token) for the prepared page image the word boxes refer to, made on its first opening (OCR pages only)"),
});
export const DocumentText = z.object({ documentId: z.string(), pages: z.array(PageView) }).meta({ id: 'DocumentText' });
export type DocumentText = z.infer<typeof DocumentText>;

export const OriginalLink = z.object({
  documentId: z.string(),
  fileName: z.string(),
  url: z.string().describe('Presigned GET of the original scan'),
  expiresAt: z.string(),
});

export const ReviewListQuery = z.object({
  reason: ReasonCode.optional().describe('Only documents in review for this reason (its code)'),
  documentType: DocumentType.optional().describe("Only documents the machine guessed to be of this type"),
  area: AreaCode.optional().describe("Only documents the machine guessed to be of this area"),
  from: IsoDate.optional().describe('Received on or after this date'),
  to: IsoDate.optional().describe('Received on or before this date'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(2000).optional(),
});
export type ReviewListQuery = z.output<typeof ReviewListQuery>;

export const ReviewItem = z
  .object({
    document: DocumentView,
    candidates: z
      .array(z.object({ case: CaseSummary, matchedBy: z.enum(['case_reference', 'national_id']) }))
      .describe('Cases the document may belong to, by a reference it names or a national id in it'),
    waiting: z
      .array(z.object({ documentId: z.string(), fileName: z.string().nullable(), documentType: z.string().nullable(), reasonCode: ReasonCode.nullable() }))
      .default([])
      .describe("The documents waiting in review for this one's case (follow-ups and attachments): they are carried on with it when it is decided"),
  })
  .meta({ id: 'ReviewItem' });

export const DecisionBody = z
  .object({
    documentType: DocumentType.optional(),
    area: AreaCode.optional(),
    case: z.string().optional().describe('The case to register it on: 2025/00001 or 2025-00001; omit for the machine to link (or create) as usual'),
    confirmOtherPerson: z
      .boolean()
      .optional()
      .describe("The archivist confirms the chosen case although the document's national id is none of the case's people's, or its references none of the case's (else 422)"),
    fields: z
      .object({ decisionDate: IsoDate.nullable().optional(), decisionReceivedDate: IsoDate.nullable().optional(), caseReferences: z.array(z.string()).optional() })
      .optional(),
  })
  .meta({ id: 'Decision' });
export type DecisionBody = z.infer<typeof DecisionBody>;

export const DecisionOutcome = z.object({
  result: ProcessResult,
  /** When the document is back in review: why, in bokmål (the result's `reason` is English). */
  reasonNb: z.string().nullable().optional(),
  decidedBy: z.string(),
  /** The documents that waited beside this one for its case, carried on after it (issue 13). */
  followed: z.array(ProcessResult.extend({ reasonNb: z.string().nullable().optional().describe('Why it is not routed, in bokmål, as the page says it') })).default([]),
});

/** A line of the intake's answer: the SPEC.md JSON line and why it is not routed in bokmål (the line's `reason` is English); the CLI prints the line without it. */
export const IntakeLine = ProcessResult.extend({ reasonNb: z.string().nullable().describe('Why it is not routed, in bokmål, as the page says it; null when routed') });
export type IntakeLine = z.infer<typeof IntakeLine>;
/** What /intake answers for one file: its line, or one line per part when it was split. */
export const IntakeOutcome = z.union([IntakeLine, SplitOutcome.extend({ parts: z.array(IntakeLine).min(1) })]);
export type IntakeOutcome = z.infer<typeof IntakeOutcome>;

export const IntakeQuery = z.object({
  fileName: z.string().min(1).max(255),
  received: IsoDate,
  postmarked: IsoDate.optional(),
  /** The batch the scan is handed in with (a follow-up waits for an opener of its batch still before Link). */
  batch: BatchName.optional(),
});

export const WhoAmI = z.object({ person: z.string(), role: Role });


export const Taxonomy = z
  .object({
    documentTypes: z.array(
      z.object({
        code: DocumentType,
        name: z.string().describe('The name people read, in bokmål (typeRules[].names.nb): the page and the CLI name the type by it'),
        caseMode: z.enum(['create', 'link']).describe('create: a new case unless linked; link: must be linked to a case'),
      }),
    ),
    areas: z.array(z.object({ code: AreaCode, name: z.string().describe('The name people read, in bokmål'), keywords: z.array(z.string()) })),
    awaitingDeadlineKinds: z.array(DeadlineKind).describe('Deadlines a case handler may open'),
    reviewThreshold: z.number(),
    decisionDateTypes: z.array(DocumentType).describe('Types that cannot be decided without the date of the decision they are about (typeRules[].requiresDecisionDate): the appeal deadline counts from it'),
  })
  .meta({ id: 'Taxonomy' });
