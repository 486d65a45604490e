import type { Identity, Permission } from '../identity.ts';
import { may } from '../identity.ts';
import { forbidden } from '../problems.ts';
import { permissionNb, roleNamesNb } from '../problem-words-nb.ts';

const described: Record<Permission, string> = {
  'queues:read': 'read queues',
  'review:read': 'read the review queue',
  'review:decide': 'decide documents in review',
  'cases:read': 'read cases',
  'cases:claim': 'claim or release cases',
  'cases:release-any': 'release a case someone else holds',
  'deadlines:open': 'open deadlines',
  'deadlines:read': 'read deadlines',
  'documents:read': 'read documents',
  'documents:text': "read a document's text",
  'documents:original': "fetch a document's original",
  'letters:read': 'fetch a letter postmottak wrote on a case',
  'documents:correct': 'correct documents after the fact',
  'intake:upload': 'hand in scans',
  'access-log:read': 'read the access log',
  'persons:lookup': 'look up what is held about a person',
  'parties:correct': "correct a case's appellant or representative (name, address)",
  'events:read': 'read the events',
  'export:read': 'export the list of incoming cases',
  'outbox:work': 'work the outbox (the letters postmottak wrote: read, correct an address, mark sent, print)',
  'sheets:print': 'print cover and separator sheets',
};

/** Refuses, in a sentence, what the asker's role may not do. */
export function requirePermission(identity: Identity, permission: Permission): void {
  if (!may(identity, permission)) throw forbidden(`The ${identity.role} role may not ${described[permission]}.`, `Rollen ${roleNamesNb[identity.role]} kan ikke ${permissionNb[permission]}.`);
}

/** Refuses a role that holds none of `permissions`, in the words of the first (the route's own: service/routes/common.ts). */
export function requireAnyPermission(identity: Identity, permissions: readonly [Permission, ...Permission[]]): void {
  if (!permissions.some((permission) => may(identity, permission))) requirePermission(identity, permissions[0]);
}

/**
 * Reconcile and redrive: the operator's alone (the CLI with this serve run's secret, or holding the data
 * dir itself), never a role's, since a redrive starts the pipeline again for documents nobody named.
 */
export function requireOperator(identity: Identity): void {
  if (identity.operator !== true)
    throw forbidden(
      'Only the operator (postmottak reconcile on the machine that runs serve) may reconcile incoming/ against the register or redrive the pipeline; no role is given it.',
      'Bare operatøren (postmottak reconcile på maskinen som kjører serve) kan avstemme incoming/ mot registeret eller kjøre dokumenter på nytt; ingen rolle får det.',
    );
}

/**
 * SPEC: a case handler reads cases in full, and only cases: a document on no case (in review, or
 * rejected unread) is the archivists' alone, so its text, page images and original are refused to a
 * case handler (least privilege: such a document is often a medical declaration, special-category data).
 */
export function requireOnCaseFor(identity: Identity, doc: { documentId: string; caseId: string | null }, what: { en: string; nb: string }): void {
  if (identity.role === 'caseworker' && !doc.caseId)
    throw forbidden(
      `The caseworker role may not read ${what.en} of document ${doc.documentId}: it is on no case yet (case handlers read cases in full, archivists the documents in review).`,
      `Rollen saksbehandler kan ikke lese ${what.nb} i dokument ${doc.documentId}: det er ikke på noen sak ennå (saksbehandlere leser saker, arkivarene dokumentene til kontroll).`,
    );
}
