import { readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../functions/commons/clients.ts';
import { openDocumentItem, sealDocumentItem } from '../../functions/commons/store/sealed-national-ids.ts';
import { localKeyWrapper } from '../../functions/commons/crypto/national-id-vault.ts';
import { localTable, startLocalStack } from '#local/stack';
import { renderTextPdf } from '../../corpus/render.ts';
import { handIn } from '../../service/operations/intake.ts';
import { openTestService, kari, orphanDeclaration, declarationOnKarisCase, type TestService } from '../service/fixtures.ts';
import { idFor } from '../support/national-ids.ts';

/** A second person's declaration, decided by an archivist; the seeded orphan stays in review for the tests below. */
const olav = idFor(7, 5, 88);
const decidedDeclaration = orphanDeclaration.map((line) => line.replace(/Lise Larsen, fødselsnummer \d+/, `Olav Dahl, fødselsnummer ${olav}`));

/**
 * Issue #12 item 5: document and review items keep no national id in clear, yet an archivist still sees it.
 * The scan follows an archivist's decision and a correction (QA s14 e M2): each leaves a labelled example
 * with the document's text, in the table and in the data dir's examples file, and those must hold none either.
 */
describe('national ids at rest in the table', () => {
  let service: TestService;
  let items: Record<string, unknown>[];
  let decisionsFile: string;
  let decidedId: string;

  /** Mailrooms name files after the person (QA s14 e H1): one such file, routed onto Kari's case. */
  let named: string;

  beforeAll(async () => {
    service = await openTestService();
    const waiting = await handIn(service.runtime.context, { person: 'mailroom', role: 'archivist' }, { bytes: await renderTextPdf([decidedDeclaration]), fileName: 'declaration.pdf', receivedDate: '2025-03-20', postmarkDate: null });
    decidedId = waiting.documentId;
    const decided = await service.app.inject({ method: 'POST', url: `/api/v1/review/${decidedId}/decision`, headers: service.as('archivist'), payload: { documentType: 'appeal', area: 'dental', fields: { decisionDate: '2025-02-12' } } });
    expect(decided.statusCode, decided.body).toBe(200);
    const corrected = await service.app.inject({ method: 'POST', url: `/api/v1/documents/${service.seeded.transfer.documentId}/correction`, headers: service.as('archivist'), payload: { receivedDate: '2025-03-24' } });
    expect(corrected.statusCode, corrected.body).toBe(200);
    decisionsFile = await readFile(path.join(service.dataDir, 'examples', 'decisions.jsonl'), 'utf8');
    const declaration = await renderTextPdf([declarationOnKarisCase]);
    const result = await handIn(service.runtime.context, { person: 'mailroom', role: 'archivist' }, { bytes: declaration, fileName: `${kari}-legeerklaering-Kari.pdf`, receivedDate: '2025-03-21', postmarkDate: null });
    named = result.documentId;
    items = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await documentClient().send(new ScanCommand({ TableName: localTable, ExclusiveStartKey: start }));
      items.push(...(out.Items ?? []));
      start = out.LastEvaluatedKey;
    } while (start);
  });
  afterAll(async () => {
    await service?.close();
  });

  it('stores no national id in clear on any item, routed or in review, only hashes and a sealed copy', async () => {
    const orphanIds = (await service.app.inject({ method: 'GET', url: `/api/v1/documents/${service.seeded.orphan.documentId}`, headers: service.as('archivist') })).json().fields.nationalIds as string[];
    expect(orphanIds).toHaveLength(1);
    const everything = JSON.stringify(items);
    for (const id of [kari, olav, ...orphanIds]) expect(everything).not.toContain(id);
    for (const id of [kari, olav]) expect(decisionsFile).not.toContain(id);

    const byId = (documentId: string) => items.find((item) => item.type === 'document' && item.documentId === documentId)!;
    const routed = byId(service.seeded.transfer.documentId).fields as Record<string, unknown>;
    expect(routed.nationalIds).toBeUndefined();
    expect(routed.nationalIdHashes).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);
    expect(routed.nationalIdsSealed).toMatch(/^nid1\./);
    const review = byId(service.seeded.orphan.documentId) as { resume: { classification: { fields: Record<string, unknown> } } };
    expect(review.resume.classification.fields.nationalIdsSealed).toMatch(/^nid1\./);
    expect(review.resume.classification.fields.nationalIds).toBeUndefined();
  });

  it("keeps the archivists' examples with their text, national ids written as zeros as the export writes them", () => {
    const examples = items.filter((item) => String(item.pk).startsWith('EXAMPLES#'));
    const textOf = (kind: string, documentId: string) => examples.find((item) => item.pk === `EXAMPLES#${kind}` && item.documentId === documentId)?.text as string | undefined;
    expect(textOf('decision', decidedId)).toMatch(/Olav Dahl, fødselsnummer 0{11}/);
    expect(textOf('correction', service.seeded.transfer.documentId)).toMatch(/Kari Nordmann, fødselsnummer 0{11}/);
    const decision = decisionsFile.trim().split('\n').map((line) => JSON.parse(line) as { documentId: string; text: string }).find((line) => line.documentId === decidedId);
    expect(decision?.text).toMatch(/Olav Dahl, fødselsnummer 0{11}/);
  });

  it('keeps a file named with a national id masked in the table, the object keys and every view, for every role', async () => {
    const masked = `${kari.slice(0, 6)}*****-legeerklaering-Kari.pdf`;
    expect(JSON.stringify(items)).toContain(masked);
    const keys = (await readdir(path.join(service.dataDir, 's3'), { recursive: true })).join('\n');
    expect(keys).toContain('legeerklaering-Kari.pdf');
    expect(keys).not.toContain(kari);
    for (const role of ['reader', 'system', 'archivist'] as const) {
      const document = (await service.app.inject({ method: 'GET', url: `/api/v1/documents/${named}`, headers: service.as(role) })).json();
      expect(document.fileName).toBe(masked);
      const onCase = await service.app.inject({ method: 'GET', url: `/api/v1/cases/${document.caseId}`, headers: service.as(role) });
      expect(onCase.statusCode).toBe(200);
      expect(onCase.body).toContain(masked);
      // The archivist sees the party's id in full, as before; the masked roles nowhere.
      if (role !== 'archivist') expect(onCase.body).not.toContain(kari);
    }
    // QA s14 e L7: the medical declaration's incoming journal entry is screened, as the letters are; the transfer's is not.
    const caseView = (await service.app.inject({ method: 'GET', url: `/api/v1/cases/${service.seeded.transfer.caseId}`, headers: service.as('archivist') })).json() as { journal: { event: string; documentId?: string; details?: Record<string, unknown> }[] };
    const entryOf = (documentId: string) => caseView.journal.find((line) => line.documentId === documentId && (line.event === 'DocumentRegistered' || line.event === 'CaseCreated'))!;
    expect(entryOf(named).details).toMatchObject({ documentType: 'medical_declaration', screeningCode: expect.stringMatching(/^Offl\. § 13/) });
    expect(entryOf(service.seeded.transfer.documentId).details?.screeningCode).toBeUndefined();
    const link = (await service.app.inject({ method: 'GET', url: `/api/v1/documents/${named}/original`, headers: service.as('archivist') })).json();
    expect(decodeURIComponent(link.url)).not.toContain(kari);
  });

  it('still shows the ids in full to an archivist (document and review item) and masked to a reader', async () => {
    const document = (await service.app.inject({ method: 'GET', url: `/api/v1/documents/${service.seeded.transfer.documentId}`, headers: service.as('archivist') })).json();
    expect(document.fields.nationalIds).toEqual([kari]);
    const review = await service.app.inject({ method: 'GET', url: `/api/v1/review/${service.seeded.orphan.documentId}`, headers: service.as('archivist') });
    expect(review.statusCode).toBe(200);
    expect(review.body).toMatch(/\d{11}/);
    const masked = (await service.app.inject({ method: 'GET', url: `/api/v1/documents/${service.seeded.transfer.documentId}`, headers: service.as('reader') })).json();
    expect(masked.fields.nationalIds).toEqual([`${kari.slice(0, 6)}*****`]);
  });

  it('refuses to start when the national-id key file is lost or replaced, and makes no new one', async () => {
    const dataDir = service.dataDir;
    const keyFile = path.join(dataDir, 'national-id.key');
    const original = await readFile(keyFile, 'utf8');
    await service.runtime.close();
    try {
      await unlink(keyFile);
      await expect(startLocalStack({ dataDir })).rejects.toMatchObject({ name: 'NationalIdKeyLost', message: expect.stringMatching(/missing/) });
      await expect(readFile(keyFile, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
      await writeFile(keyFile, Buffer.alloc(32, 7).toString('base64') + '\n');
      await expect(startLocalStack({ dataDir })).rejects.toMatchObject({ name: 'NationalIdKeyLost', message: expect.stringMatching(/not the key/) });
    } finally {
      await writeFile(keyFile, original);
    }
    const stack = await startLocalStack({ dataDir });
    await stack.stop();
  });
});

describe('sealing a document item', () => {
  const sealing = { wrapper: () => localKeyWrapper(Buffer.alloc(32, 1)), hashKey: async () => 'a-test-hash-key-of-enough-length' };

  it('round-trips the item and binds the sealed copy to its document', async () => {
    const item = { documentId: 'doc-1', fields: { nationalIds: ['12348512345'], caseReferences: ['24/1'] }, resume: { classification: { fields: { nationalIds: ['12348512345'] } } } };
    const sealed = await sealDocumentItem(item, sealing);
    expect(JSON.stringify(sealed)).not.toContain('12348512345');
    expect(await openDocumentItem(sealed, sealing)).toEqual(item);
    await expect(openDocumentItem({ ...sealed, documentId: 'doc-2' }, sealing)).rejects.toThrow();
  });

  it('leaves fields without national ids as they are', async () => {
    const item = { documentId: 'doc-1', fields: { nationalIds: [], caseReferences: [] } };
    expect(await sealDocumentItem(item, sealing)).toEqual(item);
  });
});
