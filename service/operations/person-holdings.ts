import { addDays, osloDate } from '#domain/calendar';
import { casesByNationalIdHash } from '../../functions/commons/store/cases.ts';
import { readCasePartition } from '../../functions/commons/store/case-work.ts';
import { getDocumentAsStored } from '../../functions/commons/store/documents.ts';
import { documentsReviewedByNationalIdHash } from '../../functions/commons/store/waiting-room.ts';
import type { Identity } from '../identity.ts';
import type { AccessRecord, ServiceContext } from '../ports.ts';
import { nationalIdHashOf } from './downstream.ts';
import { requirePermission } from './guard.ts';

export interface HeldDocument {
  documentId: string;
  documentType: string | null;
  receivedDate: string | null;
  caseId: string | null;
  status: string;
}

export interface PersonHoldings {
  found: boolean;
  cases: { caseId: string; open: boolean }[];
  documents: HeldDocument[];
  /** Documents of the person that waited for an archivist, and where each stands now. */
  reviewItems: HeldDocument[];
  /** Reads of those cases and documents in the last year (Europe/Oslo days), newest first. */
  accessLog: AccessRecord[];
}

/** How far back the lookup reads the access log: one partition per day, so a year is 366 queries. */
const ACCESS_LOG_DAYS = 365;

/**
 * Innsyn (GDPR art. 15): what the register holds about one person, found by the keyed hash of their
 * national id (`NID#<hmac>` and the waiting room's index), never by the number itself. The lookup is
 * itself a read of personal data, so it is logged, with the hash and not the id.
 */
export async function lookUpPerson(ctx: ServiceContext, identity: Identity, nationalId: string): Promise<PersonHoldings> {
  requirePermission(identity, 'persons:lookup');
  const hash = await nationalIdHashOf(nationalId);
  const hits = await casesByNationalIdHash(ctx.db, hash);
  const cases = hits.map((hit) => ({ caseId: hit.caseId, open: hit.open }));
  const documents: HeldDocument[] = [];
  for (const { caseId } of cases) {
    for (const doc of (await readCasePartition(ctx.db, caseId))?.documents ?? []) {
      documents.push({ documentId: doc.documentId, documentType: doc.documentType, receivedDate: doc.receivedDate, caseId, status: 'routed' });
    }
  }
  const reviewItems: HeldDocument[] = [];
  for (const documentId of await documentsReviewedByNationalIdHash(ctx.db, hash)) {
    const doc = await getDocumentAsStored(ctx.db, documentId, false);
    if (!doc) continue;
    reviewItems.push({ documentId, documentType: (doc.item.documentType as string | undefined) ?? doc.resume?.classification?.documentType ?? null, receivedDate: doc.receivedDate, caseId: doc.caseId, status: doc.status });
  }
  const to = osloDate(ctx.now());
  const about = { caseIds: new Set(cases.map((c) => c.caseId)), documentIds: new Set([...documents, ...reviewItems].map((d) => d.documentId)) };
  const found = cases.length > 0 || reviewItems.length > 0;
  const accessLog = found && ctx.accessLog.list ? (await ctx.accessLog.list({ from: addDays(to, -ACCESS_LOG_DAYS), to, about })).sort((a, b) => b.at.localeCompare(a.at)) : [];
  await ctx.accessLog.record({ at: ctx.now().toISOString(), person: identity.person, role: identity.role, action: 'person:lookup', filter: `nationalIdHash=${hash}` });
  return { found, cases, documents, reviewItems, accessLog };
}
