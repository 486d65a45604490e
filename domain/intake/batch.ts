import { BatchName } from '#schemas/batch';

/**
 * What "the same batch" means (issue 13 item 1: a follow-up waits for "a case being created in the same
 * batch"). A batch is the mail handed in together: the `batch` name the mailroom's upload sets on each
 * object (`postmottak upload --batch NAME`, x-amz-meta-batch), which the CLI also gives every `process`
 * or `upload` call of its own when no name is given; mail with no name (a scanner dropping files into
 * the bucket itself) is batched by the day it was received. A name is letters, digits, ".", "-", "_".
 */
export const BATCH_METADATA = 'batch';

export function isBatchName(value: string): boolean {
  return BatchName.safeParse(value).success;
}

/** The batch name of an upload's metadata, or null when it has none (or none that is a name). */
export function batchFrom(metadata: Readonly<Record<string, string>>): string | null {
  const value = metadata[BATCH_METADATA]?.trim();
  return value && isBatchName(value) ? value : null;
}

/** The key the documents of one batch are found under: its name, else the received day. */
export function batchKeyOf(intake: { batch?: string | null | undefined; receivedDate: string }): string {
  return intake.batch ? `name:${intake.batch}` : `received:${intake.receivedDate}`;
}
