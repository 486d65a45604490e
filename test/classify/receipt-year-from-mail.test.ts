import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { classificationOf } from '../../domain/classify/stage.ts';
import { reviewBeforeLinking } from '../../domain/registry/linking.ts';
import { classifyStage } from '../../stages/classify.ts';
import type { BlobStore } from '../../stages/ports.ts';

/**
 * A receipt day written without a year («Jeg mottok vedtaket 3. mars») before the decision's own day was
 * given the next year — after the mail came — and a timely appeal was held (decision_date_after_received).
 * The Classify stage has the day the mail came (the intake's receivedDate) and gives it to the field reader.
 */
const config = loadConfig();
const ID = '01837012550'; // synthetic: month + 80
const appeal = (receipt: string) =>
  `Kari Nordmann\nStorgata 12 B\n0155 Oslo\nFødselsnummer ${ID}\n\nKLAGE PÅ VEDTAK OM SYKEPENGER\n\nJeg klager på vedtaket fra NAV datert 10. mars 2026 om sykepenger. ${receipt} Jeg er fortsatt syk og kan ikke arbeide.\n\nMed vennlig hilsen\nKari Nordmann`;
const page = (text: string) => [{ pageIndex: 0, source: 'text_layer' as const, text }];

describe('the day the mail came decides the year of a receipt day written without one', () => {
  it('classificationOf: the decision\'s year when it falls between the decision and the mail', () => {
    expect(classificationOf(page(appeal('Jeg mottok vedtaket 12. mars.')), config, undefined, {}, { receivedDate: '2026-03-20' }).fields).toMatchObject({ decisionDate: '2026-03-10', decisionReceivedDate: '2026-03-12' });
  });

  it('classifyStage passes the intake\'s received day on', async () => {
    const texts = new Map([['documents/d/text/0.json', JSON.stringify({ text: appeal('Jeg mottok vedtaket 12. mars.') })]]);
    const blobs = { getText: async (key: string) => texts.get(key)!, put: async () => undefined } as unknown as BlobStore;
    const pages = [{ pageIndex: 0, source: 'text_layer' as const, textKey: 'documents/d/text/0.json', chars: 100, confidence: 1 }];
    const classification = await classifyStage(pages, { config, blobs }, { fileDocumentId: 'd', receivedDate: '2026-03-20' });
    expect(classification.fields).toMatchObject({ decisionDate: '2026-03-10', decisionReceivedDate: '2026-03-12' });
  });

  // Review dates18 M2: a day that fits no year must not read as none (the deadline would count from the
  // decision and the appeal be marked missed unseen); the letter goes to an archivist.
  it.each([
    ['before the decision', 'Jeg mottok vedtaket 3. mars.'],
    ['after the mail came', 'Jeg mottok vedtaket 30. mars.'],
  ])('a receipt day that fits no year holds the letter for review (%s)', (_, receipt) => {
    const classification = classificationOf(page(appeal(receipt)), config, undefined, {}, { receivedDate: '2026-03-20' });
    expect(reviewBeforeLinking(classification, undefined, config, false, '2026-03-20')?.reasonCode).toMatchObject({ code: 'decision_date_after_received' });
  });
});
