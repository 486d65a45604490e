import { describe, expect, it } from 'vitest';
import { splitBundle, type BundlePage } from '#domain/bundles/split';
import { pageSignals } from '#domain/bundles/page-signals';
import { evaluateSplits } from '../../scripts/eval-bundles.ts';

const text = (...lines: string[]): BundlePage => ({ text: lines.join('\n'), hasText: true, sheet: null });
const image: BundlePage = { text: '', hasText: false, sheet: null };
const separator: BundlePage = { text: '', hasText: true, sheet: { kind: 'separator' } };
const cover: BundlePage = { text: 'FØRSTESIDE', hasText: true, sheet: { kind: 'cover', caseNumber: '2025/00001', documentType: 'appeal', area: 'dental' } };

const letterhead = (title: string) => ['Helfo', 'Postboks 2415', '3104 Tønsberg', '', 'Vår ref. 24/123456   Dato: 3. mars 2025', '', title, '', 'Vi viser til klagen.'];
const appealFirstPage = ['Kari Nordmann', 'Storgata 1', '0155 Oslo', '', 'Oslo, 12. mars 2025', '', 'Klage på vedtak', '', 'Jeg klager på vedtaket om tannbehandling fordi'];
const continuation = ['behandlingen var nødvendig etter ulykken, og jeg har', 'dokumentert det med kvitteringer.', '', 'Med vennlig hilsen', '', 'Kari Nordmann'];
const parts = (pages: BundlePage[]) => splitBundle(pages).parts.map((p) => p.pages);

describe('splitting a scanned file into documents', () => {
  it('splits exactly at separator sheets, which belong to no document, and trusts each stretch as one document', () => {
    const plan = splitBundle([text(...letterhead('Oversendelse av klagesak')), separator, text(...appealFirstPage), text(...appealFirstPage), separator, image]);
    expect(plan.parts.map((p) => p.pages)).toEqual([[0], [2, 3], [5]]);
    expect(plan.sheetPages).toEqual([1, 4]);
    // Separated documents are independent: each is the main document of its own group.
    expect(plan.parts.map((p) => [p.group, p.role])).toEqual([[0, 'main'], [1, 'main'], [2, 'main']]);
  });

  it('keeps a continuation page with its letter and starts a new document at the next letterhead', () => {
    expect(parts([text(...appealFirstPage), text(...continuation), text(...letterhead('Oversendelse av klagesak'))])).toEqual([[0, 1], [2]]);
  });

  it('follows page numbering: "Side 2 av 2" continues even with a letterhead-like top, "Side 1 av 2" starts', () => {
    const page2 = text('Helfo', 'Postboks 2415', '3104 Tønsberg', 'Dato: 3. mars 2025', 'mer tekst', 'Side 2 av 2');
    expect(parts([text(...appealFirstPage, 'Side 1 av 2'), page2, text(...appealFirstPage, 'Side 1 av 2')])).toEqual([[0, 1], [2]]);
  });

  it('makes images without text an attachment of their own, consecutive images one attachment', () => {
    const plan = splitBundle([text(...letterhead('Oversendelse av klagesak')), image, image, text(...letterhead('VEDTAK'), 'Du kan klage på vedtaket innen seks uker.')]);
    expect(plan.parts.map((p) => [p.pages, p.role, p.kind])).toEqual([
      [[0], 'main', 'letter'],
      [[1, 2], 'attachment', 'image'],
      [[3], 'attachment', 'decision_copy'],
    ]);
  });

  it('keeps a blank back side with the page before it', () => {
    const blank: BundlePage = { text: '', hasText: false, sheet: null, blank: true };
    expect(parts([text(...appealFirstPage), blank, text(...continuation)])).toEqual([[0, 1, 2]]);
  });

  it('gives the pages after a cover sheet its case, and leaves the cover page out', () => {
    const plan = splitBundle([cover, text(...appealFirstPage), text(...continuation), image]);
    expect(plan.sheetPages).toEqual([0]);
    expect(plan.parts.map((p) => [p.pages, p.role, p.cover?.caseNumber])).toEqual([
      [[1, 2], 'main', '2025/00001'],
      [[3], 'attachment', '2025/00001'],
    ]);
  });

  it('reads the signature carried over to the next page as a continuation', () => {
    const endsWithClosing = text('Jeg ber om at vedtaket omgjøres.', '', 'Med vennlig hilsen');
    const signature = text('Advokatfirmaet Berg & Lunde AS', 'Tlf. 22 33 44 55', '', 'Per Eide', 'advokat');
    expect(parts([text(...appealFirstPage), endsWithClosing, signature])).toEqual([[0, 1, 2]]);
  });

  it('recognises page numbers written in several ways', () => {
    for (const line of ['Side 2 av 3', 'Page 2 of 3', 'Sida 2 av 3', '2/3']) {
      expect(pageSignals({ text: `noe tekst her\n${line}`, hasText: true }).pageNumber).toEqual([2, 3]);
    }
  });
});

describe('split accuracy on generated files (letters from held-out families, OCR noise)', () => {
  const scores = evaluateSplits(40, 'eval');
  const share = (name: string) => {
    const s = scores[name];
    if (!s) throw new Error(`no score for ${name}`);
    return { documents: s.exactDocuments / s.documents, files: s.exactFiles / s.files, count: s.documents };
  };

  it('finds at least 98% of document boundaries exactly without separator sheets', () => {
    for (const name of ['first_instance_bundle without separators', 'mailroom_batch without separators', "mailroom batch of real OCR'd held-out scans"]) {
      const { documents, count } = share(name);
      expect(count).toBeGreaterThan(100);
      expect(documents, name).toBeGreaterThanOrEqual(0.98);
    }
  });

  it('finds every boundary with separator sheets', () => {
    for (const name of ['first_instance_bundle with separator sheets', 'mailroom_batch with separator sheets']) {
      expect(share(name).files, name).toBe(1);
    }
  });
});
