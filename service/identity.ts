import type { Role } from '#schemas/api';

/**
 * Who is asking. A token (or a Cognito user) belongs to one person or one system with one role; what
 * they do is recorded under `person`, never only under the role.
 */
export interface Identity {
  person: string;
  role: Role;
  /**
   * Came in with the secret of this serve run (serve.json, readable only on the machine that runs it),
   * or is the CLI holding the data dir itself: the operator. Set by localTokenAuthenticator alone,
   * never from a role, so no token a person or system was given can reconcile or redrive.
   */
  operator?: true;
}

/** Operations a role may carry out (SPEC.md "The service"). */
export type Permission =
  | 'queues:read'
  | 'review:read'
  | 'review:decide'
  | 'cases:read'
  | 'cases:claim'
  | 'cases:release-any'
  | 'deadlines:open'
  | 'deadlines:read'
  | 'documents:read'
  | 'documents:text'
  | 'documents:original'
  | 'letters:read'
  | 'documents:correct'
  | 'intake:upload'
  | 'access-log:read'
  | 'persons:lookup'
  | 'parties:correct'
  | 'events:read'
  | 'export:read'
  | 'outbox:work'
  | 'sheets:print';

const grants: Record<Role, readonly Permission[]> = {
  // An archivist gives back a case its holder cannot (gone, ill): SPEC has no unit-lead role, and the archivists keep the journal.
  archivist: ['queues:read', 'review:read', 'review:decide', 'documents:correct', 'cases:read', 'cases:release-any', 'deadlines:read', 'documents:read', 'documents:text', 'documents:original', 'letters:read', 'intake:upload', 'export:read', 'outbox:work', 'sheets:print', 'persons:lookup', 'parties:correct'],
  caseworker: ['queues:read', 'cases:read', 'cases:claim', 'deadlines:open', 'deadlines:read', 'documents:read', 'documents:text', 'documents:original', 'letters:read', 'export:read', 'sheets:print'],
  reader: ['queues:read', 'cases:read', 'deadlines:read', 'documents:read', 'export:read'],
  // Reconcile and redrive are the operator's (Identity.operator), no role's: see service/operations/reconcile.ts.
  system: ['queues:read', 'cases:read', 'deadlines:read', 'documents:read', 'events:read', 'export:read'],
  auditor: ['access-log:read'],
};

export function may(identity: Identity, permission: Permission): boolean {
  return grants[identity.role].includes(permission);
}

/** Which roles hold a permission: for the OpenAPI description of each operation. */
export function rolesWith(permission: Permission): Role[] {
  return (Object.keys(grants) as Role[]).filter((role) => grants[role].includes(permission));
}

export interface PersonalDataPolicy {
  /** National ids in full (else masked). */
  nationalIds: boolean;
  /** Document text and the words that drove a classification. */
  documentText: boolean;
}

/** Readers never see personal data in full; systems only when the deployment says so. */
export function personalDataFor(identity: Identity, options: { systemSeesPersonalData?: boolean } = {}): PersonalDataPolicy {
  const full = identity.role === 'archivist' || identity.role === 'caseworker' || (identity.role === 'system' && options.systemSeesPersonalData === true);
  return { nationalIds: full, documentText: full };
}

export { maskNationalId } from '#domain/fields/masked-national-ids';
