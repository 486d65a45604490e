import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLetters, validNationalId } from '../../eval-sets/unseen-writers/check.ts';
import { idFor, spaced } from '../support/national-ids.ts';

const ID = idFor(14, 3, 77, 210);

function letter(overrides: Record<string, unknown> = {}, truth: Record<string, unknown> = {}): string {
  return JSON.stringify({
    id: 'ub-001',
    batch: 'ub-b01',
    situation: 'A man appeals a refusal of sick pay.',
    style: 'typed-letter',
    documentType: 'appeal',
    area: 'sick_pay',
    language: 'nb',
    text: `Jeg klager på vedtaket av 2. mars 2026 om sykepenger. Vår ref.: 2026/01234\nFødselsnummer ${spaced(ID, [6, 5])}\n` +
      'Jeg er uenig i vurderingen og ber om at vedtaket endres, fordi legen min har skrevet at jeg var syk hele perioden og ikke kunne arbeide i det hele tatt.',
    truth: {
      nationalIds: [ID], caseReferences: ['2026/01234'], decisionDate: '2026-03-02', decisionReceivedDate: null,
      parties: { appellant: { name: 'Ola Nordmann', address: null }, representative: null, firstInstance: null },
      ...truth,
    },
    linksTo: null,
    ...overrides,
  });
}

describe('unseen-writer letter check', () => {
  it('accepts synthetic ids and rejects a misread digit or a real-person month', () => {
    expect(validNationalId(ID)).toBe(true);
    const misread = ID.slice(0, 10) + String((Number(ID[10]) + 1) % 10);
    expect(validNationalId(misread)).toBe(false);
    expect(validNationalId('01010112345')).toBe(false);
  });

  it('passes a well-formed letter', () => {
    expect(checkLetters([letter()])).toEqual([]);
  });

  it('finds a national id written in the text but missing from the truth', () => {
    expect(checkLetters([letter({}, { nationalIds: [] })])).toEqual(['ub-001: a national id in the text is missing from the truth']);
  });

  it('finds a reference that runs on into punctuation and an unlabelled YYYY/NNNN left out', () => {
    const text = 'Klage på vedtak (ref. 2026/01234). Gjelder også sak 2025/99881 som ble avsluttet i fjor, og jeg ber om at begge ses på samlet nå, takk, det haster veldig for meg og familien.';
    const problems = checkLetters([letter({ text }, { nationalIds: [] })]);
    expect(problems).toContain('ub-001: case reference 2026/01234 runs on in the text');
    expect(problems).toContain('ub-001: 2025/99881 in the text is missing from caseReferences');
  });

  it('finds duplicate ids and links outside the file or batch', () => {
    const problems = checkLetters([
      letter(),
      letter(),
      letter({ id: 'ub-002', linksTo: 'ub-099' }),
      letter({ id: 'ub-003', batch: 'ub-b02', linksTo: 'ub-001' }),
    ]);
    expect(problems).toContain('ub-001: id used twice');
    expect(problems).toContain('ub-002: linksTo ub-099 is not in the file');
    expect(problems).toContain('ub-003: linksTo ub-001 is in another batch');
  });

  it('finds a follow-up that carries nothing to link it by', () => {
    const followUp = letter(
      { id: 'ub-002', documentType: 'consent', linksTo: 'ub-001', text: 'Jeg samtykker til at dere innhenter opplysninger fra fastlegen min og fra sykehuset i saken min om sykepenger. Samtykket gjelder journal fra de siste fem årene, og jeg vet at jeg kan trekke det tilbake når som helst ved å skrive til dere eller ringe saksbehandleren min.' },
      { nationalIds: [], caseReferences: [], decisionDate: null },
    );
    expect(checkLetters([letter(), followUp])).toEqual(['ub-002: shares no national id or reference with ub-001']);
  });

  it('passes the committed letters of slice B', () => {
    const file = fileURLToPath(new URL('../../eval-sets/unseen-writers/letters-b.jsonl', import.meta.url));
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines.filter((l) => l.trim()).length).toBe(160);
    expect(checkLetters(lines)).toEqual([]);
  });
});
