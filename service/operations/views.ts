import type { CaseSummary, DeadlineView, DocumentView } from '#schemas/api';
import type { ArchivistDecision, Classification, Deadline } from '#schemas/pipeline';
import type { DeadlineKind } from '#schemas/taxonomy';
import type { PostmottakConfig } from '#schemas/config';
import { reasonWords } from './reason-words.ts';
import type { DeadlineEntry } from '#domain/registry/deadline-book';
import type { CaseRecord } from '../../functions/commons/store/cases.ts';
import type { DocumentRecord } from '../../functions/commons/store/documents.ts';
import { maskNationalId, type PersonalDataPolicy } from '../identity.ts';

/** Store records as the API shows them, with personal data as the asker's role allows. */

export function caseSummary(record: CaseRecord, queue: string | null): CaseSummary {
  return {
    caseId: record.caseId,
    caseNumber: record.caseNumber,
    title: record.title,
    area: record.area,
    archiveCode: record.archiveCode,
    status: record.status,
    noarkStatus: record.noarkStatus,
    keywords: record.keywords,
    priority: record.priority,
    receivedDate: record.receivedDate,
    references: record.references,
    open: record.open,
    handlerId: record.handlerId,
    claimedAt: record.claimedAt ?? null,
    queue,
    givenUp: record.givenUp ?? null,
  };
}

export function deadlineView(entry: DeadlineEntry): DeadlineView {
  return {
    id: entry.id,
    kind: entry.kind,
    due: entry.due,
    status: entry.status,
    openedBy: entry.openedBy,
    openedOn: entry.openedOn,
    ...(entry.closedBy ? { closedBy: entry.closedBy } : {}),
    ...(entry.closedOn ? { closedOn: entry.closedOn } : {}),
    ...(entry.missed !== undefined ? { missed: entry.missed } : {}),
    ...(entry.late ? { late: true as const } : {}),
  };
}

type Fields = NonNullable<DocumentView['fields']>;

export function fieldsView(fields: Partial<Fields> | null | undefined, policy: PersonalDataPolicy): Fields | null {
  if (!fields) return null;
  const ids = fields.nationalIds ?? [];
  return {
    nationalIds: policy.nationalIds ? ids : ids.map(maskNationalId),
    caseReferences: fields.caseReferences ?? [],
    decisionDate: fields.decisionDate ?? null,
    decisionReceivedDate: fields.decisionReceivedDate ?? null,
    // The HMAC of a party's national id is a key, not something a person reads: no role sees it.
    ...(fields.parties ? { parties: fields.parties.map(withoutPersonalNumbers) } : {}),
  };
}

function withoutPersonalNumbers(party: unknown): unknown {
  if (!party || typeof party !== 'object') return party;
  const { nationalIdHash: _hash, ...rest } = party as Record<string, unknown>;
  return rest;
}

const nullable = <T>(value: unknown): T | null => (value === undefined || value === null ? null : (value as T));

/** A document as stored: routed and registered ones carry their classification on the item; one in review carries it in what the decision resumes from. */
export function documentView(doc: DocumentRecord, policy: PersonalDataPolicy, config: PostmottakConfig): DocumentView {
  const item = doc.item;
  const guess: Classification | null = doc.resume?.classification ?? null;
  const decision = item.decision as ArchivistDecision | undefined;
  return {
    documentId: doc.documentId,
    fileName: doc.fileName,
    status: doc.status,
    reason: doc.reason,
    ...reasonWords(doc.reasonCode, config),
    receivedDate: doc.receivedDate,
    postmarkDate: nullable<string>(item.postmarkDate ?? doc.resume?.intake.postmarkDate),
    caseId: doc.caseId,
    caseNumber: doc.caseNumber,
    queue: doc.queue,
    documentType: nullable(item.documentType ?? guess?.documentType),
    area: nullable(item.area ?? guess?.area),
    language: nullable(item.language ?? guess?.language),
    confidence: nullable(item.confidence ?? guess?.confidence),
    typeConfidence: nullable(guess?.typeConfidence),
    pages: nullable(item.pages ?? guess?.pages),
    textSource: nullable(item.textSource ?? guess?.textSource),
    fields: fieldsView((item.fields as Partial<Fields> | undefined) ?? guess?.fields, policy),
    keywords: (item.keywords as string[] | undefined) ?? guess?.keywords ?? [],
    deadlines: (item.deadlinesOpened as Deadline[] | undefined) ?? [],
    closedDeadlines: (item.deadlinesClosed as DeadlineKind[] | undefined) ?? [],
    explanation: policy.documentText ? (guess?.explanation ?? []) : [],
    journalStatus: doc.journalStatus,
    decision: decision
      ? {
          archivist: decision.archivist,
          decidedAt: decision.decidedAt,
          documentType: decision.documentType ?? null,
          area: decision.area ?? null,
          caseId: decision.caseId ?? null,
          decisionDate: decision.fields?.decisionDate ?? null,
          decisionReceivedDate: decision.fields?.decisionReceivedDate ?? null,
        }
      : null,
  };
}
