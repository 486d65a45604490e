import { z } from 'zod';
import { IsoDate } from './taxonomy.ts';

/** The file types the mailroom may hand in (Inspect still decides by the bytes). */
export const UploadContentType = z.enum(['application/pdf', 'image/tiff', 'image/jpeg', 'image/png']);

/** The page asks where to put one file before it sends the bytes. */
export const UploadRequest = z
  .object({
    fileName: z.string().min(1).max(255),
    size: z.number().int().nonnegative().describe('Bytes; above the configured limit the slot is refused. An empty file (0) gets its slot and is rejected into quarantine with its reason, as every path rejects it'),
    contentType: UploadContentType,
    received: IsoDate.optional().describe('Defaults to today (Europe/Oslo)'),
    postmarked: IsoDate.optional(),
  })
  .meta({ id: 'UploadRequest' });
export type UploadRequest = z.infer<typeof UploadRequest>;

/**
 * Where the bytes go. In AWS a presigned PUT into incoming/ (size and type are signed, so another file
 * cannot be put there); the bucket's event starts the intake. Locally a POST to the service's intake
 * route, which answers with the file's lines.
 */
export const UploadSlot = z
  .discriminatedUnion('via', [
    z.object({ via: z.literal('presigned-put'), method: z.literal('PUT'), url: z.string(), headers: z.record(z.string(), z.string()), key: z.string(), expiresAt: z.string() }),
    z.object({ via: z.literal('service'), method: z.literal('POST'), url: z.string().describe('Path of the intake route, with the file name and dates'), headers: z.record(z.string(), z.string()) }),
  ])
  .meta({ id: 'UploadSlot' });
export type UploadSlot = z.infer<typeof UploadSlot>;
