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
  /** A case's journal: one item per registered document, so a case read is one Query of its partition. */
  caseDocument: (caseId: string, documentId: string) => ({ pk: `CASE#${caseId}`, sk: `DOC#${documentId}` }),
  document: (documentId: string) => ({ pk: `DOC#${documentId}`, sk: 'DOC' }),
  documentAudit: (documentId: string, at: string, what: string) => ({ pk: `DOC#${documentId}`, sk: `AUDIT#${at}#${what}` }),
  sequence: (year: number) => ({ pk: `SEQ#${year}`, sk: 'SEQ' }),
  reference: (reference: string, caseId: string) => ({ pk: `REF#${reference}`, sk: `CASE#${caseId}` }),
  nationalId: (hash: string, caseId: string) => ({ pk: `NID#${hash}`, sk: `CASE#${caseId}` }),
  duePartition: (area: string) => `DUE#${area}`,
} as const;
