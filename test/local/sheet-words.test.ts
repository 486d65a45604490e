import { describe, expect, it } from 'vitest';
import { renderCoverSheet, renderSeparatorSheet } from '../../engines/sheets/sheet-pdf.ts';
import { sheetNames } from '../../domain/wording/names-nb.ts';
import { wroteCoverSheet, wroteSeparatorSheet } from '../../local/mailroom/mailroom-wording.ts';
import { coverForClosedCase } from '../../service/operations/sheets.ts';
import { pdfText } from '../support/pdf-text.ts';

/** QA s10 (LOW): `coversheet` said «forsideark» for a sheet headed FØRSTESIDE. One word, the sheet's own. */
describe('the sheets by one name', () => {
  it('calls each sheet what it says at its head', async () => {
    const cover = await pdfText(await renderCoverSheet({ caseNumber: '2025/00004', documentType: null, area: null, areaName: 'Tannbehandling' }));
    const separator = await pdfText(await renderSeparatorSheet());
    expect(cover).toContain(sheetNames.cover.toUpperCase());
    expect(separator).toContain(sheetNames.separator.toUpperCase());
    expect(wroteCoverSheet('ark.pdf', '2025/00004')).toBe('skrev ark.pdf: førsteside for sak 2025/00004');
    expect(wroteSeparatorSheet('skille.pdf')).toBe('skrev skille.pdf: skilleark');
    expect(coverForClosedCase('2025/00004')).toBe('Sak 2025/00004 er avsluttet: en førsteside ville sende post til en avsluttet sak.');
  });
});
