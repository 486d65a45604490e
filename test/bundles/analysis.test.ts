import { describe, expect, it } from 'vitest';
import { bundleAnalysis } from '#domain/bundles/analysis';

const transfer = ['Helfo', 'Postboks 2415', '3104 Tønsberg', '', 'Vår ref. 24/123456   Dato: 3. mars 2025', '', 'Oversendelse av klagesak', '', 'Vi oversender klagen.', '', 'Vedlegg:', '1. Kopi av vedtak', '2. Klage', '3. Legeerklæring', '', 'Med vennlig hilsen', 'Helfo'].join('\n');
const appeal = ['Kari Nordmann', 'Storgata 1', '0155 Oslo', '', 'Oslo, 12. februar 2025', '', 'Klage på vedtak', '', 'Jeg klager på vedtaket.', '', 'Med hilsen', 'Kari Nordmann'].join('\n');
const decision = ['Helfo', 'Postboks 2415', '3104 Tønsberg', '', 'Vår ref. 24/123456   Dato: 1. februar 2025', '', 'VEDTAK', '', 'Søknaden er avslått.', 'Du kan klage på vedtaket innen seks uker.', '', 'Med vennlig hilsen', 'Helfo'].join('\n');

describe('what the classification records about a bundle', () => {
  it('says nothing about a file that is one document', () => {
    expect(bundleAnalysis([{ pageIndex: 0, text: appeal }])).toBeNull();
  });

  it("lists the parts with 1-based page ranges and the main letter's missing attachments", () => {
    const analysis = bundleAnalysis([
      { pageIndex: 0, text: transfer },
      { pageIndex: 1, text: decision },
      { pageIndex: 2, text: appeal },
    ]);
    expect(analysis).toEqual({
      parts: [
        { pageRange: [1, 1], role: 'main', kind: 'letter' },
        { pageRange: [2, 2], role: 'attachment', kind: 'decision_copy' },
        { pageRange: [3, 3], role: 'attachment', kind: 'letter' },
      ],
      missingAttachments: ['Legeerklæring'],
    });
  });

  it('leaves a cover sheet page out of the parts', () => {
    const analysis = bundleAnalysis([
      { pageIndex: 0, text: 'FØRSTESIDE', sheet: { kind: 'cover', caseNumber: '2025/00001', documentType: null, area: null } },
      { pageIndex: 1, text: appeal },
    ]);
    expect(analysis?.parts).toEqual([{ pageRange: [2, 2], role: 'main', kind: 'letter' }]);
  });
});
