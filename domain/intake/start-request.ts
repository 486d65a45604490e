import { maskNationalIdsInText } from '../fields/masked-national-ids.ts';
import { documentIdFor } from '../identity.ts';
import { batchFrom } from './batch.ts';
import { osloDate } from '../calendar.ts';
import { IsoDate } from '../../schemas/taxonomy.ts';
import type { ExecutionState } from '../../schemas/state.ts';

/** An object the mailroom put under incoming/, as S3 announced it on EventBridge. */
export interface CreatedObject {
  readonly bucket: string;
  readonly key: string;
  readonly etag: string;
  readonly versionId?: string | null;
  /** When S3 created the object (the EventBridge event's `time`, ISO 8601). */
  readonly eventTime: string;
}

/** What StartExecution needs: a name that is the same for the same upload, and the execution state. */
export interface StartRequest {
  readonly name: string;
  readonly input: ExecutionState;
}

/** Step Functions execution names: 1-80 characters of [A-Za-z0-9_-]. */
const EXECUTION_NAME = /^[A-Za-z0-9_-]{1,80}$/;

/** User metadata the mailroom's upload sets (x-amz-meta-received-date / x-amz-meta-postmark-date), as local/intake.ts does. */
export const RECEIVED_DATE_METADATA = 'received-date';
export const POSTMARK_DATE_METADATA = 'postmark-date';

/** A date the upload's metadata carries, or null when it is missing or no calendar date. */
export function dateFrom(metadata: Readonly<Record<string, string>>, name: string): IsoDate | null {
  const parsed = IsoDate.safeParse(metadata[name]?.trim());
  return parsed.success ? parsed.data : null;
}

/**
 * The execution name is the document id, so a repeated event (EventBridge and SQS deliver at least
 * once) asks Step Functions for an execution that already exists, and no second one starts.
 * The received date is the mailroom's when it set one, else the day S3 received the object in Oslo.
 */
export function startRequestFor(object: CreatedObject, metadata: Readonly<Record<string, string>>): StartRequest {
  const etag = object.etag.replaceAll('"', '');
  const versionId = object.versionId ?? null;
  const name = documentIdFor({ bucket: object.bucket, key: object.key, etag, versionId });
  if (!EXECUTION_NAME.test(name)) throw new Error(`document id '${name}' is not a valid execution name`);
  const receivedDate = dateFrom(metadata, RECEIVED_DATE_METADATA) ?? osloDate(new Date(object.eventTime));
  return {
    name,
    input: {
      intake: {
        bucket: object.bucket,
        key: object.key,
        etag,
        versionId,
        receivedDate,
        postmarkDate: dateFrom(metadata, POSTMARK_DATE_METADATA),
        ...batchOf(metadata),
      },
      // A file put straight into the bucket keeps its key as named; the document's name has its ids masked.
      fileName: maskNationalIdsInText(object.key.slice(object.key.lastIndexOf('/') + 1) || object.key),
    },
  };
}

/** The upload's batch name, only when it has one (a state without it is batched by its received day). */
export function batchOf(metadata: Readonly<Record<string, string>>): { batch?: string } {
  const batch = batchFrom(metadata);
  return batch ? { batch } : {};
}

/**
 * S3 documents the keys in EventBridge events as the object's key, but reports from the field show
 * percent-encoded keys too; a file name like "Legeerklæring 2.pdf" must not be lost to that. The
 * candidates are tried in order against S3 (HeadObject), and the first that exists is the key.
 */
export function keyCandidates(eventKey: string): string[] {
  const candidates = [eventKey];
  try {
    const decoded = decodeURIComponent(eventKey.replaceAll('+', ' '));
    if (decoded !== eventKey) candidates.push(decoded);
  } catch {
    // Not percent-encoding after all (a literal '%' in a file name): the key is what the event says.
  }
  return candidates;
}
