import { describe, expect, it } from 'vitest';
import { words } from '#domain/classify/features';
import { maskNationalIds, selectTrainingExamples } from '#domain/classify/training-examples';
import { prepareText } from '#domain/fields/text';
import { idFor } from '../support/national-ids.ts';

/**
 * The examples export (issue 13 item 5) writes archivists' documents into a training file: every way a
 * person writes or OCR reads a national id must come out as zeros, valid check digits or not, and
 * the newest answer per document decides whether the document is trained on at all.
 */
const id = idFor(1, 1, 90, 123); // 018190…: a synthetic id (month + 80) with zeros in it for OCR to misread

describe('masking national ids in training text', () => {
  // An id the field reader refuses (one check digit misread) is still a person's: every form below is written with it.
  const wrong = `${id.slice(0, 10)}${(Number(id[10]) + 1) % 10}`;
  const forms: [string, string, string][] = [
    ['dash', `${wrong.slice(0, 6)}-${wrong.slice(6)}`, '000000-00000'],
    ['date in pairs', `${wrong.slice(0, 2)} ${wrong.slice(2, 4)} ${wrong.slice(4, 6)} ${wrong.slice(6)}`, '00 00 00 00000'],
    ['6 3 2', `${wrong.slice(0, 6)} ${wrong.slice(6, 9)} ${wrong.slice(9)}`, '000000 000 00'],
    ['an O for a zero', `${wrong.slice(0, 5)}O${wrong.slice(6)}`, '00000000000'],
    ['4 4 3', `${wrong.slice(0, 4)} ${wrong.slice(4, 8)} ${wrong.slice(8)}`, '0000 0000 000'],
    ['one run', wrong, '00000000000'],
    ['a valid id, grouped', `${id.slice(0, 6)} ${id.slice(6)}`, '000000 00000'],
  ];

  it.each(forms)('writes the id as zeros: %s', (_, written, masked) => {
    const text = `Klage fra Kari Nordmann, fødselsnummer ${written}, på vedtaket av 12.03.2025.`;
    expect(maskNationalIds(text)).toBe(`Klage fra Kari Nordmann, fødselsnummer ${masked}, på vedtaket av 12.03.2025.`);
  });

  it('in running text with no label, and the training words stay the same', () => {
    const text = `Saken gjelder ${id.slice(0, 6)} ${id.slice(6, 9)} ${id.slice(9)} og er sendt oss.`;
    expect(maskNationalIds(text)).not.toMatch(/[1-9]/u);
    expect(words(maskNationalIds(text))).toEqual(words(prepareText(text)));
  });

  it('leaves dates, phone numbers, postcodes, case numbers and words alone', () => {
    const text = 'Solo i Oslo 12.03.2025, tlf. 22 33 44 55, Storgata 12, 0467 Oslo, sak 2025/12345, konto 1234.';
    expect(maskNationalIds(text)).toBe(prepareText(text));
  });
});

describe('choosing what to train on', () => {
  const base = { language: 'nb' as const };
  it('leaves out a document decided and then marked forwarded: the newest answer wins, of any kind', () => {
    const { chosen, superseded, unlabelled } = selectTrainingExamples([
      { ...base, kind: 'decision', documentId: 'a', at: '2025-03-20T09:00:00Z', archivist: { documentType: 'appeal', area: 'dental' } },
      { ...base, kind: 'forwarded', documentId: 'a', at: '2025-03-21T09:00:00Z', archivist: { documentType: null, area: null } },
    ]);
    expect(chosen).toEqual([]);
    expect({ superseded, unlabelled }).toEqual({ superseded: 1, unlabelled: 1 });
  });

  it('keeps a document decided again after a duplicate mark', () => {
    const { chosen } = selectTrainingExamples([
      { ...base, kind: 'duplicate', documentId: 'a', at: '2025-03-20T09:00:00Z', archivist: { documentType: null, area: null } },
      { ...base, kind: 'correction', documentId: 'a', at: '2025-03-21T09:00:00Z', archivist: { documentType: 'appeal', area: 'dental' } },
    ]);
    expect(chosen.map((e) => [e.documentId, e.kind])).toEqual([['a', 'correction']]);
  });
});
