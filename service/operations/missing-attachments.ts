import { displayCaseNumber } from '#domain/registry/case-number-input';
import { type AttachmentResolution, sameItem } from '#domain/bundles/outstanding-attachments';
import { recordAttachmentMark } from '../../functions/commons/store/attachment-marks.ts';
import { readCasePartition } from '../../functions/commons/store/case-work.ts';
import { attachmentsOf } from './case-attachments.ts';
import type { Identity } from '../identity.ts';
import type { ServiceContext } from '../ports.ts';
import { conflict, unprocessable } from '../problems.ts';
import { requirePermission } from './guard.ts';
import { caseIdOf, noSuchCase } from './cases.ts';

/**
 * An archivist marks a missing attachment received (it came on paper, or another way) or not needed:
 * the case stops listing it, and the journal has a line with who and when.
 */
export async function markAttachment(ctx: ServiceContext, identity: Identity, caseInput: string, body: { item: string; resolution: AttachmentResolution }) {
  requirePermission(identity, 'documents:correct');
  const caseId = caseIdOf(caseInput);
  const partition = await readCasePartition(ctx.db, caseId);
  const number = displayCaseNumber(caseId);
  if (!partition) throw noSuchCase(number);
  const before = attachmentsOf(partition);
  const item = before.missingAttachments.find((m) => sameItem(m, body.item));
  if (!item) {
    if (before.clearedAttachments.some((c) => sameItem(c.item, body.item))) {
      throw alreadyCleared(body.item, number);
    }
    const listed = before.missingAttachments.length ? before.missingAttachments.map((m) => `«${m}»`).join(', ') : null;
    throw unprocessable(
      `Case ${number} lists no missing attachment «${body.item}»${listed ? `; it lists ${listed}` : ''}.`,
      `Sak ${number} har ikke «${body.item}» blant vedleggene som mangler${listed ? `; den har ${listed}` : ''}.`,
    );
  }
  const at = ctx.now().toISOString();
  const marked = await recordAttachmentMark(ctx.db, { caseId, event: 'AttachmentMarked', actor: identity.person, at, details: { item, resolution: body.resolution } }, item);
  if (!marked) throw alreadyCleared(body.item, number);
  const after = await readCasePartition(ctx.db, caseId);
  return { caseNumber: number, ...attachmentsOf(after ?? partition) };
}

const alreadyCleared = (item: string, number: string) => conflict(`«${item}» is no longer missing on case ${number}.`, `«${item}» mangler ikke lenger på sak ${number}.`);
