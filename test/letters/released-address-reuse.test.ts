import { describe, expect, it } from 'vitest';
import type { Party } from '#schemas/parties';
import type { Classification } from '#schemas/pipeline';
import { loadConfig } from '../../config/load.ts';
import { defaultLettersConfig } from '../../config/letters.ts';
import { pdfLetterRenderer } from '../../engines/pdf/letter-renderer.ts';
import type { Db } from '../../functions/commons/store/db.ts';
import { dynamoLetterRepository } from '../../functions/commons/store/letters.ts';
import { dynamoStagePorts } from '../../functions/commons/store/repositories.ts';
import { releaseHeldLetter, type OutboxWorkPorts } from '../../stages/outbox-work.ts';
import { letterStagePorts, writeExtendedNotices, writeLetters } from '../../stages/write-letters.ts';
import { chooseRecipient } from '../../domain/letters/recipient.ts';
import { withFreshTable } from '../support/fresh-table.ts';

/**
 * QA session 10: an archivist released a held acknowledgement with the address it lacked, and the
 * case's next letter to the same person (the notice of extended processing time) was held again for
 * the same missing address. And a recipient whose address was read as one line kept it on one line.
 */
const CASE = '2025-00001';
const noAddress: Party = { role: 'appellant', name: 'Kari Nordmann', address: [], addressWithheld: 'the postcode line could not be read with certainty' };

let db: Db;
let ports: OutboxWorkPorts;

withFreshTable((fresh) => {
  db = fresh;
  const stage = dynamoStagePorts(db, { config: loadConfig(), idHashKey: async () => 'k', now: () => new Date('2025-06-10T09:00:00Z'), events: { publish: async () => {} } });
  const blobStore = { ...({} as OutboxWorkPorts['blobs']), put: async () => {} };
  ports = { ...letterStagePorts({ ...stage, blobs: blobStore as never, letters: dynamoLetterRepository(db), renderer: pdfLetterRenderer, lettersConfig: defaultLettersConfig() }), audit: stage.audit, cases: stage.cases };
}, { per: 'test' });

const classification = (parties: Party[]): Classification => ({
  documentType: 'appeal', area: 'dental', language: 'nb', keywords: [], confidence: 0.97, reviewReason: null, textSource: 'ocr', pages: 1, explanation: [], modelVersion: 'test',
  fields: { nationalIds: [], caseReferences: [], decisionDate: '2025-03-12', decisionReceivedDate: null, parties },
});

describe("an address an archivist gave a held letter", () => {
  it("is the address of the same recipient's next letter on the case: the notice is ready, not held again", async () => {
    const [held] = await writeLetters(
      { documentId: 'doc-appeal', receivedDate: '2025-03-20', classification: classification([noAddress]), registration: { caseId: CASE, caseNumber: '2025/00001', created: true, area: 'dental' }, opened: [] },
      ports,
    );
    expect(held).toMatchObject({ status: 'held' });
    const released = await releaseHeldLetter({ letterId: held!.letterId, address: { name: 'Kari Nordmann', street: 'Storgata 12B', postcode: '0467', place: 'Oslo' }, by: 'arkivar-anne' }, ports);
    expect(released.outcome).toBe('released');

    const [notice] = await writeExtendedNotices([{ caseId: CASE, caseNumber: '2025/00001', caseProcessingDue: '2025-06-20', receivedDate: '2025-03-20' }], ports);
    expect(notice).toMatchObject({ kind: 'extended_processing_time', status: 'ready' });
    expect((await ports.letters.get(notice!.letterId))!.recipient).toMatchObject({ role: 'appellant', name: 'Kari Nordmann', address: ['Storgata 12B', '0467 Oslo'] });
    // The case's parties say so too, without the doubt that held the first letter.
    const parties = (await ports.letters.parties(CASE))!.parties;
    expect(parties).toEqual([{ role: 'appellant', name: 'Kari Nordmann', address: ['Storgata 12B', '0467 Oslo'] }]);
  });
});

describe("the recipient's address block", () => {
  const kari = (address: string[]): Party => ({ role: 'appellant', name: 'Kari Nordmann', address });

  it('puts a Norwegian postcode and place on their own line when the address was read as one line', () => {
    expect(chooseRecipient([kari(['Storgata 12, 3612 Kongsberg'])])).toMatchObject({ status: 'ready', recipient: { address: ['Storgata 12', '3612 Kongsberg'] } });
    expect(chooseRecipient([kari(['c/o Per Lunde', 'Storgata 1, 0467 Oslo'])])).toMatchObject({ recipient: { address: ['c/o Per Lunde', 'Storgata 1', '0467 Oslo'] } });
  });

  it('leaves an address already on two lines as written, and puts the country of one abroad last, in capitals', () => {
    expect(chooseRecipient([kari(['Storgata 12', '3612 Kongsberg'])])).toMatchObject({ recipient: { address: ['Storgata 12', '3612 Kongsberg'] } });
    expect(chooseRecipient([kari(['Vestergade 12, 8000 Aarhus C, Danmark'])])).toMatchObject({ status: 'ready', recipient: { address: ['Vestergade 12', '8000 Aarhus C', 'DANMARK'] } });
  });
});
