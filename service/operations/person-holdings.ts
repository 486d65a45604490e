import { maskNationalId, maskNationalIdsInText } from '#domain/fields/masked-national-ids';
import { nationalIdDigits } from '#domain/fields/national-id-shape';
import { casesByNationalIdHash } from '../../functions/commons/store/cases.ts';
import { readCasePartition } from '../../functions/commons/store/case-work.ts';
import { mapBounded } from '../../functions/commons/store/bounded-map.ts';
import { queryAll } from '../../functions/commons/store/db.ts';
import { getDocumentAsStored } from '../../functions/commons/store/documents.ts';
import { dynamoLetterRepository } from '../../functions/commons/store/letters.ts';
import { indexNames } from '../../functions/commons/store/table-definition.ts';
import { documentsReviewedByNationalIdHash } from '../../functions/commons/store/waiting-room.ts';
import { exampleKinds, examplePartition } from '../../functions/commons/store/examples.ts';
import type { Identity } from '../identity.ts';
import type { ServiceContext } from '../ports.ts';
import { nationalIdHashOf } from './downstream.ts';
import { requirePermission } from './guard.ts';
import { reasonWords } from './reason-words.ts';
import type { Reason } from '#schemas/reasons';

export interface HeldDocument {
  documentId: string;
  documentType: string | null;
  receivedDate: string | null;
  caseId: string | null;
  status: string;
}

export interface QuarantinedFile {
  documentId: string;
  fileName: string;
  receivedDate: string | null;
  reason: string | null;
  /** The same in bokmål, as the page shows it (domain/reasons/wording.ts); null for a record kept without a reason code. */
  reasonNb: string | null;
}

export interface HeldLetter {
  letterId: string;
  caseId: string;
  kind: string;
  status: string;
  letterDate: string;
  recipient: { role: string; name: string; address: string[] } | null;
}

export interface HeldExample {
  kind: string;
  documentId: string;
  at: string;
  by: string;
}

export interface PersonHoldings {
  found: boolean;
  cases: { caseId: string; open: boolean }[];
  documents: HeldDocument[];
  /** Documents of the person that waited for an archivist, and where each stands now. */
  reviewItems: HeldDocument[];
  quarantine: QuarantinedFile[];
  letters: HeldLetter[];
  examples: HeldExample[];
  /** What each part is, in bokmål, for the answer to the person. */
  parts: Record<string, string>;
}

/** Reads of the store at once (cases, documents): bounded, so a person with many cases does not burst the table. */
const READS_AT_ONCE = 8;

/** Said in every answer, so whoever writes to the person knows what each list is and what it is not. */
export const HOLDINGS_PARTS: Record<string, string> = {
  cases: 'Sakene der personens fødselsnummer er registrert (åpne og avsluttede).',
  documents: 'Dokumentene journalført på disse sakene (type, mottatt dato, sak).',
  reviewItems: 'Dokumenter med personens fødselsnummer som ventet på en arkivar, og hvor hvert står nå.',
  quarantine:
    'Avviste filer (karantene) der filnavnet har personens fødselsdato og et maskert fødselsnummer. En avvist fil blir aldri lest, så navnet er alt som kan sammenlignes: treffet er mulig, ikke sikkert — se filen før den tas med.',
  letters: 'Utgående brev på personens saker (kvittering, varsel), med mottaker og status.',
  examples: 'Arkivarenes treningseksempler laget av de oppførte dokumentene (teksten er lagret med fødselsnumre som nuller).',
  accessLog:
    'Hvem som har lest personens opplysninger, står i tilgangsloggen. Den leser bare revisoren (rollen auditor): GET /api/v1/access-log?nationalId=… eller siden «Tilgangslogg» med fødselsnummeret som filter.',
};

/**
 * Innsyn (GDPR art. 15): what the register holds about one person, found by the keyed hash of their
 * national id (`NID#<hmac>` and the waiting room's index), never by the number itself. The lookup is
 * itself a read of personal data, so it is logged, with the hash and not the id. The reads of their
 * data are not in the answer: SPEC gives the access log to the auditor alone (the `accessLog` part says where).
 */
export async function lookUpPerson(ctx: ServiceContext, identity: Identity, nationalId: string): Promise<PersonHoldings> {
  requirePermission(identity, 'persons:lookup');
  const hash = await nationalIdHashOf(nationalId);
  const hits = await casesByNationalIdHash(ctx.db, hash);
  const cases = hits.map((hit) => ({ caseId: hit.caseId, open: hit.open }));
  const partitions = await mapBounded(cases, READS_AT_ONCE, (c) => readCasePartition(ctx.db, c.caseId));
  const documents: HeldDocument[] = cases.flatMap(({ caseId }, i) =>
    (partitions[i]?.documents ?? []).map((doc) => ({ documentId: doc.documentId, documentType: doc.documentType, receivedDate: doc.receivedDate, caseId, status: 'routed' })),
  );
  const reviewed = await mapBounded(await documentsReviewedByNationalIdHash(ctx.db, hash), READS_AT_ONCE, async (documentId): Promise<HeldDocument | null> => {
    const doc = await getDocumentAsStored(ctx.db, documentId, false);
    if (!doc) return null;
    return { documentId, documentType: (doc.item.documentType as string | undefined) ?? doc.resume?.classification?.documentType ?? null, receivedDate: doc.receivedDate, caseId: doc.caseId, status: doc.status };
  });
  const reviewItems = reviewed.filter((d): d is HeldDocument => d !== null);
  const [quarantine, letters, examples] = await Promise.all([
    quarantinedFilesNaming(ctx, nationalId),
    lettersOf(ctx, cases.map((c) => c.caseId)),
    examplesOf(ctx, new Set([...documents, ...reviewItems].map((d) => d.documentId))),
  ]);
  const found = cases.length > 0 || reviewItems.length > 0 || quarantine.length > 0;
  await ctx.accessLog.record({ at: ctx.now().toISOString(), person: identity.person, role: identity.role, action: 'person:lookup', filter: `nationalIdHash=${hash}` });
  return { found, cases, documents, reviewItems, quarantine, letters, examples, parts: HOLDINGS_PARTS };
}

/**
 * Files in quarantine whose name carries the id: a name is stored masked (`158890*****-klage.pdf`),
 * so the id's masked form is what is compared; an old item kept in clear is masked before comparing.
 */
async function quarantinedFilesNaming(ctx: ServiceContext, nationalId: string): Promise<QuarantinedFile[]> {
  const masked = maskNationalId(nationalIdDigits(nationalId));
  const items = await queryAll(ctx.db, { IndexName: indexNames.queueOldest, KeyConditionExpression: 'qpk = :q', ExpressionAttributeValues: { ':q': 'quarantine' } });
  return items
    .filter((item) => typeof item.fileName === 'string' && maskNationalIdsInText(item.fileName).includes(masked))
    .map((item) => ({
      documentId: String(item.documentId),
      fileName: maskNationalIdsInText(String(item.fileName)),
      receivedDate: (item.receivedDate as string | undefined) ?? null,
      reason: (item.reason as string | null | undefined) ?? null,
      reasonNb: reasonWords((item.reasonCode as Reason | undefined) ?? null, ctx.config).reasonNb,
    }));
}

async function lettersOf(ctx: ServiceContext, caseIds: readonly string[]): Promise<HeldLetter[]> {
  const repository = dynamoLetterRepository(ctx.db);
  const perCase = await mapBounded(caseIds, READS_AT_ONCE, (caseId) => repository.ofCase(caseId));
  return perCase.flat().map((l) => ({ letterId: l.letterId, caseId: l.caseId, kind: l.kind, status: l.status, letterDate: l.letterDate, recipient: l.recipient }));
}

/** The examples of these documents: each kind's partition read without the text, matched by document id. */
async function examplesOf(ctx: ServiceContext, documentIds: ReadonlySet<string>): Promise<HeldExample[]> {
  if (documentIds.size === 0) return [];
  const perKind = await Promise.all(
    exampleKinds.map((kind) =>
      queryAll(ctx.db, { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': examplePartition(kind) }, ProjectionExpression: 'kind, documentId, #at, #by', ExpressionAttributeNames: { '#at': 'at', '#by': 'by' } }),
    ),
  );
  return perKind
    .flat()
    .filter((item) => documentIds.has(String(item.documentId)))
    .map((item) => ({ kind: String(item.kind), documentId: String(item.documentId), at: String(item.at), by: String(item.by) }));
}
