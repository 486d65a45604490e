import type { IncomingCaseRow } from '#domain/export/incoming-cases';
import { compareIsoDates } from '#domain/calendar';
import type { PostmottakEvent } from '#schemas/events';
import { incomingCases } from '../../functions/commons/store/incoming-cases.ts';
import type { Identity } from '../identity.ts';
import type { AccessRecord, ServiceContext } from '../ports.ts';
import { badRequest, notFound } from '../problems.ts';
import { requirePermission } from './guard.ts';
import { caseIdOf } from './cases.ts';
import { dayNb } from '../problem-words-nb.ts';
import { maskNationalIdsInText } from '../masked-text.ts';
import { isValidNationalId } from '#domain/fields/national-id';
import { nationalIdDigits, shapedLikeNationalId } from '#domain/fields/national-id-shape';
import { nationalIdHash } from '#domain/registry/national-id-hash';
import { casesByNationalIdHash } from '../../functions/commons/store/cases.ts';
import { idHashKey } from '../../functions/commons/store/id-hash-key.ts';
import { readCasePartition } from '../../functions/commons/store/case-work.ts';
import { documentsReviewedByNationalIdHash } from '../../functions/commons/store/waiting-room.ts';

/** The longest range one export or access-log read covers: a year of days, so a typo cannot ask for a century. */
const maxDays = 366;

function checkRange(from: string, to: string): void {
  if (compareIsoDates(from, to) > 0) throw badRequest(`'from' (${from}) is after 'to' (${to}); give the earlier date first.`, `Fra-datoen ${dayNb(from)} er etter til-datoen ${dayNb(to)}; gi den tidligste datoen først.`);
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (days >= maxDays) throw badRequest(`The range ${from} to ${to} is longer than ${maxDays} days; ask for a year at most.`, `Tidsrommet ${dayNb(from)} til ${dayNb(to)} er lengre enn ${maxDays} dager; be om høyst ett år.`);
}

/** SPEC.md "Export": one row per case received in the range. */
export async function exportIncomingCases(ctx: ServiceContext, identity: Identity, range: { from: string; to: string }): Promise<IncomingCaseRow[]> {
  requirePermission(identity, 'export:read');
  checkRange(range.from, range.to);
  return incomingCases(ctx.db, range.from, range.to);
}

/** Events after `since`, oldest first, at most `limit`. */
export async function eventsAfter(ctx: ServiceContext, identity: Identity, query: { since?: string | undefined; limit: number }): Promise<{ events: PostmottakEvent[]; last: string | null }> {
  requirePermission(identity, 'events:read');
  if (!ctx.eventFeed) throw notFound('This deployment keeps no event feed; subscribe to the EventBridge bus (source "postmottak").', 'Denne installasjonen har ingen hendelseslogg; abonner på EventBridge-bussen (source «postmottak»).');
  const events = await ctx.eventFeed.after(query.since, query.limit);
  if (events === null) throw badRequest(`There is no event with id ${query.since}; leave out 'since' to read from the first.`, `Det finnes ingen hendelse med id ${query.since}; utelat «since» for å lese fra den første.`);
  const page = events.slice(0, query.limit);
  return { events: page, last: page.at(-1)?.id ?? query.since ?? null };
}

/**
 * The access log, for the auditor only, newest first; the person filter matches part of a name in any
 * case, and a person typed as a national id is the national-id filter. A national id in a «why» or a
 * filter is masked again on the way out (entries written before the service masked them on writing).
 * The read itself goes in the log, with the filter asked, masked.
 *
 * `case`, `document` and `nationalId` narrow it to reads about them. A case's reads include those of its
 * documents (a document read while it waited in review was logged without a case), resolved now; a
 * national id is looked up as its keyed hash among the cases' ids and the documents that waited in
 * review (one still there has no case), and never written down in clear (the auditor's own entry keeps the hash).
 */
export async function readAccessLog(ctx: ServiceContext, identity: Identity, query: AccessLogFilter): Promise<{ records: AccessRecord[] }> {
  requirePermission(identity, 'access-log:read');
  checkRange(query.from, query.to);
  if (!ctx.accessLog.list) throw notFound('This deployment keeps no access log to read.', 'Denne installasjonen har ingen tilgangslogg å lese.');
  const caseId = query.caseId ? caseIdOf(query.caseId) : undefined;
  const documentId = query.documentId?.trim() || undefined;
  // A national id typed as the person (asked «who read my data?») is the national-id filter, never a name to match.
  const typedPerson = query.person?.trim() || undefined;
  const personIsId = typedPerson !== undefined && shapedLikeNationalId(typedPerson);
  const person = personIsId ? undefined : typedPerson;
  const nationalId = query.nationalId ?? (personIsId ? typedPerson : undefined);
  const personHash = nationalId ? await nationalIdHashOf(nationalId) : undefined;
  const about = caseId || documentId || personHash ? await readsAbout(ctx, { caseId, documentId, personHash }) : undefined;
  const listed = await ctx.accessLog.list({ from: query.from, to: query.to, about, person });
  // Reads logged before documents were marked carry no mark: they count as not special-category.
  const stored = query.specialCategory === undefined ? listed : listed.filter((r) => (r.specialCategory === true) === query.specialCategory);
  // Every value typed is masked (an id in «Dokument» too); the national id is kept only as its keyed hash.
  const filter = maskedFilter(
    new URLSearchParams({
      from: query.from,
      to: query.to,
      ...(person ? { person } : {}),
      ...(caseId ? { case: caseId } : {}),
      ...(documentId ? { document: documentId } : {}),
      ...(query.specialCategory === undefined ? {} : { specialCategory: String(query.specialCategory) }),
      ...(personHash ? { nationalIdHash: personHash } : {}),
    }).toString(),
  );
  await ctx.accessLog.record({ at: ctx.now().toISOString(), person: identity.person, role: identity.role, action: 'access-log:read', filter });
  const records = stored.map(maskedRecord).sort((a, b) => b.at.localeCompare(a.at));
  return { records };
}

export interface AccessLogFilter {
  from: string;
  to: string;
  caseId?: string | undefined;
  documentId?: string | undefined;
  /** As the auditor typed it: only its keyed hash is used. */
  nationalId?: string | undefined;
  person?: string | undefined;
  /** Only reads of special-category documents (true), or all but those (false). */
  specialCategory?: boolean | undefined;
}

/** Masked again on the way out: entries written before the service masked a «why» or a filter. */
function maskedRecord(record: AccessRecord): AccessRecord {
  return {
    ...record,
    ...(record.why ? { why: maskNationalIdsInText(record.why) } : {}),
    ...(record.filter ? { filter: maskedFilter(record.filter) } : {}),
  };
}

/** A filter as logged, each value with its national ids masked; the hash is a key, left as it is. */
function maskedFilter(filter: string): string {
  return new URLSearchParams([...new URLSearchParams(filter)].map(([name, value]): [string, string] => [name, name === 'nationalIdHash' ? value : maskNationalIdsInText(value)])).toString();
}

export async function nationalIdHashOf(input: string): Promise<string> {
  const digits = nationalIdDigits(input);
  if (!/^\d{11}$/.test(digits) || !isValidNationalId(digits)) {
    throw badRequest('That is not a national id (11 digits, fødselsnummer or D-number).', 'Det er ikke et fødselsnummer (11 siffer, fødselsnummer eller D-nummer).');
  }
  return nationalIdHash(digits, await idHashKey());
}

/** The cases and documents a filter is about: a case with its documents, a document, a person's cases with theirs. */
async function readsAbout(ctx: ServiceContext, filter: { caseId?: string | undefined; documentId?: string | undefined; personHash?: string | undefined }) {
  const caseIds = new Set<string>();
  const documentIds = new Set<string>(filter.documentId ? [filter.documentId] : []);
  if (filter.caseId) caseIds.add(filter.caseId);
  if (filter.personHash) {
    for (const hit of await casesByNationalIdHash(ctx.db, filter.personHash)) caseIds.add(hit.caseId);
    // The person's documents that waited in review: those still there have no case to be found by.
    for (const id of await documentsReviewedByNationalIdHash(ctx.db, filter.personHash)) documentIds.add(id);
  }
  for (const id of caseIds) for (const doc of (await readCasePartition(ctx.db, id))?.documents ?? []) documentIds.add(doc.documentId);
  return { caseIds, documentIds };
}
