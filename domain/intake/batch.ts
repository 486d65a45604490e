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

/** The name the CLI gives one call's files when no `--batch` is given: `process-<time>-<8 hex>`. */
export function callBatchName(command: 'process' | 'upload', at: number, randomHex: string): string {
  return `${command}-${at.toString(36)}-${randomHex.slice(0, 8)}`;
}

/** A name callBatchName made: the call's, not one the mailroom chose (so a re-run's differs by itself). */
export function isCallBatchName(name: string | null | undefined): boolean {
  return name != null && /^(process|upload)-[0-9a-z]+-[0-9a-f]{8}$/.test(name);
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
