import { describe, expect, it } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';
import { processResult } from '#domain/registry/result';
import { loadConfig } from '../../config/load.ts';
import { describe as line, reconcileLine, reconcileSummary, redrivenLine, totalsLine, watchWords } from '../../local/mailroom/mailroom-wording.ts';
import { batchReport } from '../../local/mailroom/batch-report.ts';
import { configuredNames } from '../../domain/wording/names-nb.ts';

/** The mailroom's lines in the page's words: names for codes, bokmål, seconds with a decimal comma. */
const names = configuredNames(loadConfig());
const areas = names.areas;
const dental = areas.find((a) => a.code === 'dental')!.name;

describe("the mailroom's lines", () => {
  it('names a part of a split file, its pages, type, area and queue', () => {
    const part: ProcessResult = { ...processResult({ fileName: 'bunke.pdf', documentId: 'doc-1-2', status: 'routed', reason: null, queue: 'unit-mail/dental' }), documentType: 'medical_declaration', area: 'dental', caseId: '2025-00007', part: 2, parts: 3, pageRange: [3, 4] };
    expect(line(part, names)).toBe(`bunke.pdf (del 2 av 3, side 3–4): fordelt – Legeerklæring, ${dental} → Min enhets innkommende post uten saksbehandler – ${dental} (sak 2025/00007)`);
  });

  it("says why a document is not routed in the page's words, the English only where there are none", () => {
    const review = processResult({ fileName: 'brev.pdf', documentId: 'doc-2', status: 'review', reason: 'no open case matches', queue: 'review' });
    expect(line(review, names, 'Velg saken.')).toBe('brev.pdf: til kontroll: Velg saken.');
    const rejected = processResult({ fileName: 'x.pdf', documentId: 'doc-3', status: 'rejected', reason: 'a ZIP archive', queue: 'quarantine' });
    expect(line(rejected, names, 'Filen er et ZIP-arkiv.')).toBe('x.pdf: avvist, i karantene: Filen er et ZIP-arkiv.');
  });

  it('counts the batch in Norwegian, one form for one and one for several', () => {
    expect(totalsLine(new Map([['routed', 1]]), 1)).toBe('1 dokument: 1 fordelt');
    expect(totalsLine(new Map([['review', 2], ['routed', 1], ['failed', 1]]), 4)).toBe('4 dokumenter: 1 fordelt, 2 til kontroll, 1 feilet');
  });

  it('writes a plain progress line a file when standard error is no terminal', () => {
    const written: string[] = [];
    const stream = { isTTY: false, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
    const report = batchReport(2, names, stream);
    report.done('klage.pdf', [{ file: 'klage.pdf', outcome: 'routed', queue: 'unassigned/dental', documentType: 'appeal', caseId: '2025-00001' }], 2.345);
    expect(written).toEqual(['[1/2] klage.pdf: fordelt på 2,3 s\n']);
    const table = report.finish();
    expect(table).toContain(`Ufordelte saker – ${dental}`);
    expect(table).toContain('Klage på vedtak');
    expect(table).toContain('2025/00001');
  });

  it("words reconcile's and the watched inbox's lines", () => {
    expect(reconcileLine('incoming/ab/x.pdf', 'stuck', 'registered on its case but never routed to a queue')).toBe('incoming/ab/x.pdf: står fast (journalført på saken, men aldri fordelt til en kø)');
    expect(redrivenLine('incoming/ab/x.pdf', 'never-started', 'routed', 'unassigned/dental', areas)).toBe(`incoming/ab/x.pdf: aldri startet → kjørt på nytt: fordelt (Ufordelte saker – ${dental})`);
    expect(watchWords.handled('klage.pdf', 'review')).toBe('klage.pdf: til kontroll; flyttet til processed');
  });

  it("counts reconcile's objects as the redrive left them, with what it found beside (QA s11: it said 5 unfinished after routing all 5)", () => {
    expect(reconcileSummary(11, 5)).toBe('11 objekter under incoming/: 6 ferdig, 5 ikke');
    expect(reconcileSummary(11, 5, { redriven: 5, still: 0 })).toBe('11 objekter under incoming/: 11 ferdig, 0 ikke etter ny kjøring av 5 (før: 6 ferdig, 5 ikke)');
    // A redrive that failed for one leaves it unfinished, and the count says so.
    expect(reconcileSummary(11, 5, { redriven: 4, still: 1 })).toBe('11 objekter under incoming/: 10 ferdig, 1 ikke etter ny kjøring av 4 (før: 6 ferdig, 5 ikke)');
    expect(reconcileSummary(1, 0, { redriven: 0, still: 0 })).toBe('1 objekt under incoming/: 1 ferdig, 0 ikke');
  });
});
