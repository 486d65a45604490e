import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { Party } from '#schemas/parties';
import type { Classification } from '#schemas/pipeline';
import { loadConfig } from '../../config/load.ts';
import { defaultLettersConfig } from '../../config/letters.ts';
import { pdfLetterRenderer } from '../../engines/pdf/letter-renderer.ts';
import type { Db } from '../../functions/commons/store/db.ts';
import { keys } from '../../functions/commons/store/keys.ts';
import { dynamoLetterRepository } from '../../functions/commons/store/letters.ts';
import { dynamoStagePorts } from '../../functions/commons/store/repositories.ts';
import { letterStagePorts, writeLetters, type RegisteredInput } from '../../stages/write-letters.ts';
import { withFreshTable } from '../support/fresh-table.ts';

/**
 * Two letters stages naming parties of one case at the same moment (session 10, "Left, noticed"): both
 * read the case's parties before either writes. Before, the later put won and the other's party was
 * lost; now the write holds only on the version read, and the loser reads again and merges.
 */
const CASE = '2025-00007';
const appellant: Party = { role: 'appellant', name: 'Kari Nordmann', address: ['Storgata 12B', '0467 Oslo'] };
const lawyer: Party = { role: 'representative', name: 'Advokat Per Hansen', firm: 'Hansen Advokatfirma AS', address: ['Postboks 12', '0101 Oslo'] };

let db: Db;
withFreshTable(
  (fresh) => {
    db = fresh;
  },
  { per: 'test' },
);

/** The table's client with the first `readers` reads of the case's parties held until all of them have asked, so their writes race. */
function racingReads(inner: Db, readers: number): Db {
  const waiting: (() => void)[] = [];
  const client = Object.create(inner.client) as Db['client'];
  client.send = (async (command: unknown, ...rest: unknown[]) => {
    if (command instanceof GetCommand && command.input.Key?.sk === 'PARTIES' && readers > 0) {
      readers -= 1;
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        if (readers === 0) for (const go of waiting) go();
      });
    }
    return (inner.client.send as (...args: unknown[]) => Promise<unknown>)(command, ...rest);
  }) as Db['client']['send'];
  return { ...inner, client };
}

function portsOn(letters: Db) {
  const stage = dynamoStagePorts(db, { config: loadConfig(), idHashKey: async () => 'k', now: () => new Date('2025-03-21T09:00:00Z'), events: { publish: async () => {} } });
  return letterStagePorts({ ...stage, blobs: { put: async () => {} } as never, letters: dynamoLetterRepository(letters), renderer: pdfLetterRenderer, lettersConfig: defaultLettersConfig() });
}

const input = (documentId: string, documentType: Classification['documentType'], parties: Party[], created: boolean): RegisteredInput => ({
  documentId,
  receivedDate: '2025-03-20',
  classification: {
    documentType, area: 'dental', language: 'nb', keywords: [], confidence: 0.97, reviewReason: null, textSource: 'ocr', pages: 1, explanation: [], modelVersion: 'test',
    fields: { nationalIds: [], caseReferences: [], decisionDate: '2025-03-12', decisionReceivedDate: null, parties },
  },
  registration: { caseId: CASE, caseNumber: '2025/00007', created, area: 'dental' },
  opened: [],
});

describe("two letters stages writing one case's parties at once", () => {
  it('keeps both: the appellant of the opening appeal and the representative of a letter read beside it', async () => {
    const ports = portsOn(racingReads(db, 2));
    await Promise.all([writeLetters(input('doc-appeal', 'appeal', [appellant], true), ports), writeLetters(input('doc-lawyer', 'correspondence', [lawyer], false), ports)]);
    const stored = await dynamoLetterRepository(db).parties(CASE);
    expect(stored?.parties).toHaveLength(2);
    expect(stored?.parties).toEqual(expect.arrayContaining([appellant, lawyer]));
  });

  it('keeps both when the case already had parties, written before they carried a version', async () => {
    await db.client.send(new PutCommand({ TableName: db.table, Item: { ...keys.caseParties(CASE), type: 'parties', caseId: CASE, parties: [{ ...appellant, address: [] }], language: 'nb', byDocumentId: 'doc-old' } }));
    const ports = portsOn(racingReads(db, 2));
    const named = { ...appellant, address: ['Fjellveien 3', '5006 Bergen'] };
    await Promise.all([writeLetters(input('doc-a', 'correspondence', [named], false), ports), writeLetters(input('doc-b', 'correspondence', [lawyer], false), ports)]);
    expect((await dynamoLetterRepository(db).parties(CASE))?.parties).toEqual(expect.arrayContaining([named, lawyer]));
  });
});
