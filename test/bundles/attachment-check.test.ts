import { describe, expect, it } from 'vitest';
import { categoryOf, checkAttachments, listedAttachments, type PresentPart } from '#domain/bundles/attachment-check';

const transfer = (list: string[]) =>
  ['Helfo', 'Postboks 2415', '3104 Tønsberg', '', 'Oversendelse av klagesak', '', 'Vi oversender klagesaken.', '', ...list, '', 'Med vennlig hilsen', 'Helfo'].join('\n');

const decisionCopy: PresentPart = { kind: 'decision_copy', text: 'Helfo\nPostboks 2415\n\nVEDTAK\n\nDu kan klage innen seks uker.' };
const appeal: PresentPart = { kind: 'letter', documentType: 'appeal', text: 'Kari Nordmann\n\nKlage på vedtak\n\nJeg er uenig.' };
const declaration: PresentPart = { kind: 'letter', text: 'Sentrum legekontor\n0155 Oslo\n\nLEGEERKLÆRING\n\nDiagnose: K05.3' };
const xray: PresentPart = { kind: 'image', text: '' };

describe('kontroll av vedlegg', () => {
  it.each([
    [['Vedlegg:', '1. Kopi av vedtak', '2. Klage', '3. Legeerklæring fra fastlege'], ['Kopi av vedtak', 'Klage', 'Legeerklæring fra fastlege']],
    [['VEDLEGG', '- Vedtak datert 12.03.2025', '• Røntgenbilder'], ['Vedtak datert 12.03.2025', 'Røntgenbilder']],
    [['Vedlegg: kopi av vedtaket; fullmakt'], ['kopi av vedtaket', 'fullmakt']],
    [['Enclosures:', 'Medical report', 'Receipts'], ['Medical report', 'Receipts']],
    [['Vi viser til vedlegg i forrige brev.'], []],
  ])('reads the list %j', (lines, items) => {
    expect(listedAttachments(transfer(lines))).toEqual(items);
  });

  it('tells what kind of document an item names', () => {
    expect(['Kopi av vedtaket', 'Klage på vedtak', 'Epikrise fra sykehuset', 'Fullmakt', 'Røntgenbilder', 'Kvitteringer', 'Uttalelse fra spesialist', 'Diverse'].map(categoryOf)).toEqual([
      'decision', 'appeal', 'medical', 'consent_or_power', 'image', 'receipts', 'expert', 'other',
    ]);
  });

  it('finds every listed attachment among the parts, in any order', () => {
    const check = checkAttachments(transfer(['Vedlegg:', '1. Kopi av vedtak', '2. Klage', '3. Legeerklæring', '4. Røntgenbilde']), [xray, declaration, appeal, decisionCopy]);
    expect(check.missing).toEqual([]);
    expect(check.listed.map((l) => l.matchedPart)).toEqual([3, 2, 1, 0]);
  });

  it('reports what is listed but not there', () => {
    const check = checkAttachments(transfer(['Vedlegg:', '1. Kopi av vedtak', '2. Klage', '3. Legeerklæring fra fastlege']), [appeal]);
    expect(check.missing).toEqual(['Kopi av vedtak', 'Legeerklæring fra fastlege']);
  });

  it('does not let the appeal, which names the decision in its heading, stand in for the decision copy', () => {
    const check = checkAttachments(transfer(['Vedlegg:', '1. Vedtak', '2. Klage']), [{ kind: 'letter', text: 'Kari Nordmann\n\nKlage på vedtak\n\nJeg er uenig.' }]);
    expect(check.missing).toEqual(['Vedtak']);
  });

  it('never reports a vague item missing while a part is left over, nor a letter without a list', () => {
    expect(checkAttachments(transfer(['Vedlegg:', '1. Diverse papirer']), [declaration]).missing).toEqual([]);
    expect(checkAttachments(transfer(['Vedlegg:', '1. Diverse papirer']), []).missing).toEqual(['Diverse papirer']);
    expect(checkAttachments(transfer([]), []).listed).toEqual([]);
  });
});
