import { describe, expect, it } from 'vitest';
import { S3Client } from '@aws-sdk/client-s3';
import { s3UploadSlots } from '../../service/adapters/s3-upload-slots.ts';
import { uploadSlot } from '../../service/operations/upload-slot.ts';
import type { ServiceContext } from '../../service/ports.ts';
import { loadConfig } from '../../config/load.ts';

/** The page's upload slots: in AWS a presigned PUT into incoming/ that takes only the file asked for. */
describe('upload slots', () => {
  const client = () => new S3Client({ region: 'eu-north-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
  const slots = s3UploadSlots('intake-bucket', client);
  const archivist = { person: 'mona', role: 'archivist' as const };
  const context = (over: Partial<ServiceContext>) => ({ config: loadConfig(), now: () => new Date('2025-03-20T08:00:00Z'), pipeline: { resume: async () => { throw new Error('no'); } }, ...over }) as ServiceContext;

  it('signs a PUT under incoming/ with the size and type, and the mail dates as metadata', async () => {
    const slot = await uploadSlot(context({ uploads: slots }), archivist, { fileName: 'Legeerklæring 2.pdf', size: 123_456, contentType: 'application/pdf', postmarked: '2025-03-18' });
    expect(slot.via).toBe('presigned-put');
    if (slot.via !== 'presigned-put') return;
    const url = new URL(slot.url);
    expect(url.hostname).toContain('intake-bucket');
    expect(slot.key).toMatch(/^incoming\/page-[0-9a-f-]{36}\//);
    expect(url.searchParams.get('X-Amz-SignedHeaders')?.split(';')).toEqual(expect.arrayContaining(['content-length', 'content-type', 'host']));
    expect(url.searchParams.get('x-amz-meta-received-date')).toBe('2025-03-20');
    expect(url.searchParams.get('x-amz-meta-postmark-date')).toBe('2025-03-18');
    expect(Number(url.searchParams.get('X-Amz-Expires'))).toBeLessThanOrEqual(300);
  });

  it('keeps a national id in the file name out of the signed key and its metadata (QA s14 e H1)', async () => {
    const slot = await uploadSlot(context({ uploads: slots }), archivist, { fileName: '15889010069 legeerklaering.pdf', size: 10, contentType: 'application/pdf' });
    if (slot.via !== 'presigned-put') throw new Error(`expected a presigned PUT, got ${slot.via}`);
    expect(slot.key).toMatch(/\/158890\*{5} legeerklaering\.pdf$/);
    expect(decodeURIComponent(slot.url)).not.toContain('15889010069');
  });

  it('refuses a file above the size limit, and a person who may not hand in scans', async () => {
    const ctx = context({ uploads: slots });
    await expect(uploadSlot(ctx, archivist, { fileName: 'stor.pdf', size: ctx.config.limits.maxBytes + 1, contentType: 'application/pdf' })).rejects.toMatchObject({ status: 422 });
    await expect(uploadSlot(ctx, { person: 'kai', role: 'caseworker' }, { fileName: 'a.pdf', size: 10, contentType: 'application/pdf' })).rejects.toMatchObject({ status: 403 });
  });

  it('sends the page to the intake route where the service runs the pipeline itself (serve)', async () => {
    const slot = await uploadSlot(context({ pipeline: { resume: async () => { throw new Error('no'); }, intake: async () => { throw new Error('no'); } } }), archivist, { fileName: 'brev 1.pdf', size: 10, contentType: 'application/pdf' });
    expect(slot).toEqual({ via: 'service', method: 'POST', url: '/api/v1/intake?fileName=brev+1.pdf&received=2025-03-20', headers: { 'content-type': 'application/pdf' } });
  });
});
