/** Key builders: the only place the key layout of table-definition.ts is spelled out. */
export const keys = {
  /** The partition of a case (the case, its deadlines, its audit trail). */
  casePartition: (caseId: string) => `CASE#${caseId}`,
  /** The partition of a document (its journal entry, its audit trail). */
  documentPartition: (documentId: string) => `DOC#${documentId}`,
  /** Sort-key prefix of audit entries in either partition. */
  auditPrefix: 'AUDIT#',
  /** The partition listing the cases of a reference, or of a national id's keyed hash. */
  referencePartition: (reference: string) => `REF#${reference}`,
  nationalIdPartition: (hash: string) => `NID#${hash}`,
  case: (caseId: string) => ({ pk: `CASE#${caseId}`, sk: 'CASE' }),
  deadlines: (caseId: string) => ({ pk: `CASE#${caseId}`, sk: 'DEADLINES' }),
  audit: (caseId: string, at: string, what: string) => ({ pk: `CASE#${caseId}`, sk: `AUDIT#${at}#${what}` }),
  /** An archivist's mark of a missing attachment, one per case and item (functions/commons/store/attachment-marks.ts). */
  attachmentMark: (caseId: string, item: string) => ({ pk: `CASE#${caseId}`, sk: `ATTACHMENT_MARK#${item}` }),
  /** A case's journal: one item per registered document, so a case read is one Query of its partition. */
  caseDocument: (caseId: string, documentId: string) => ({ pk: `CASE#${caseId}`, sk: `DOC#${documentId}` }),
  document: (documentId: string) => ({ pk: `DOC#${documentId}`, sk: 'DOC' }),
  documentAudit: (documentId: string, at: string, what: string) => ({ pk: `DOC#${documentId}`, sk: `AUDIT#${at}#${what}` }),
  sequence: (year: number) => ({ pk: `SEQ#${year}`, sk: 'SEQ' }),
  reference: (reference: string, caseId: string) => ({ pk: `REF#${reference}`, sk: `CASE#${caseId}` }),
  nationalId: (hash: string, caseId: string) => ({ pk: `NID#${hash}`, sk: `CASE#${caseId}` }),
  /** Who may open the case of a first-instance reference, or of a national id's hash and a decision date (one item each). */
  referenceClaim: (reference: string) => ({ pk: `CLAIM#REF#${reference}`, sk: 'CLAIM' }),
  decisionClaim: (hash: string, decisionDate: string) => ({ pk: `CLAIM#NID#${hash}#${decisionDate}`, sk: 'CLAIM' }),
  duePartition: (area: string) => `DUE#${area}`,
  /** A letter postmottak wrote (the outbox record), in a partition of its own, found by its id. */
  letter: (letterId: string) => ({ pk: `LETTER#${letterId}`, sk: 'LETTER' }),
  /** The letter's outgoing journal entry (Noark U) in its case's partition, read with the case. */
  caseLetter: (caseId: string, letterId: string) => ({ pk: `CASE#${caseId}`, sk: `LETTER#${letterId}` }),
  /** The case's parties (sakspart) and the language its appellant wrote in. */
  caseParties: (caseId: string) => ({ pk: `CASE#${caseId}`, sk: 'PARTIES' }),
  /** A party's value before an archivist corrected it, in a partition of its own: kept, never read with the case. */
  partyHistory: (caseId: string, at: string, role: string) => ({ pk: `PARTYHISTORY#${caseId}`, sk: `${at}#${role}` }),
  /** An archivist's addition of a party, named by the party added, so two identical additions at once record it once. */
  partyAddition: (caseId: string, role: string, party: string) => ({ pk: `PARTYHISTORY#${caseId}`, sk: `ADDED#${role}#${party}` }),
  /** The outbox's listing partition in queue-oldest, by status. */
  outboxPartition: (status: string) => `outbox/${status}`,
  /** The cases a handler holds («Mine saker»): one item per claim, marked when released (held-cases.ts). */
  heldCase: (handlerId: string, caseId: string) => ({ pk: `HELD#${handlerId}`, sk: `CASE#${caseId}` }),
  heldPartition: (handlerId: string) => `HELD#${handlerId}`,
  /** The access log, one partition per day (UTC) so an auditor's range is a few queries. */
  accessLog: (day: string, at: string, id: string) => ({ pk: `ACCESS#${day}`, sk: `${at}#${id}` }),
  accessLogPartition: (day: string) => `ACCESS#${day}`,
  /**
   * Cases in flight: a document about to open a case, announced under each case reference it carries and
   * each national-id hash, sorted by when it was announced (so a look reads only the recent ones).
   */
  inFlightByReference: (reference: string) => `FLREF#${reference}`,
  inFlightByNationalId: (hash: string) => `FLNID#${hash}`,
  inFlightEntry: (announcedAt: string, documentId: string) => `AT#${announcedAt}#DOC#${documentId}`,
  inFlightSince: (since: string) => `AT#${since}`,
  /** A batch's roll of documents before Link (batch-roll.ts): one item per document, marked when it leaves. */
  batchRoll: (batchKey: string) => `BATCH#${batchKey}`,
  batchRollEntry: (documentId: string) => `DOC#${documentId}`,
  /** The leading keys of the partitions above, which is all that Link may write (infra/ conditions its PutItem on them). */
  inFlightPartitionPatterns: ['FLREF#*', 'FLNID#*', 'BATCH#*'],
  /** The event feed: one partition, events in the order they were numbered (zero-padded, so sort keys sort as numbers). */
  eventFeedPartition: 'EVENTS',
  eventFeedEntry: (seq: number) => ({ pk: 'EVENTS', sk: `E#${String(seq).padStart(15, '0')}` }),
  /** The feed's counter: the last number handed out. */
  eventCounter: { pk: 'EVENTSEQ', sk: 'SEQ' },
  /** An event by its id: the number it has in the feed (a consumer's `since`). */
  eventById: (id: string) => ({ pk: `EVENT#${id}`, sk: 'EVENT' }),
} as const;
