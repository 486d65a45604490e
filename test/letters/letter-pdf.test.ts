import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pdfText } from '../support/pdf-text.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeLetter, type LetterFacts } from '../../domain/letters/compose.ts';
import { defaultLettersConfig } from '../../config/letters.ts';
import { renderLetterPdf } from '../../engines/pdf/letter-pdf.ts';
import { joinPdfs } from '../../engines/pdf/join-pdfs.ts';
import { PDFDocument, PDFName } from 'pdf-lib';
import { ensureSystemPackages, preflightA1b } from '../support/preflight.ts';
import { renderTextPdf } from '../../corpus/render.ts';

const facts: LetterFacts = {
  kind: 'appeal_acknowledgement',
  language: 'nn',
  caseNumber: '2025/00042',
  letterDate: '2025-03-21',
  receivedDate: '2025-03-20',
  expectedDate: '2025-06-20',
  recipient: { name: 'Ragnhild Ødegård-Wiśniewska', address: ['c/o Sverre Aune', 'Sjøgata 4', '6800 Førde'] },
  appellantName: 'Ragnhild Ødegård-Wiśniewska',
};
const created = new Date('2025-03-21T08:00:00Z');


let dir: string;
beforeAll(() => {
  ensureSystemPackages('preflight');
  dir = mkdtempSync(path.join(tmpdir(), 'letters-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the letter as PDF', () => {
  it('carries the case number, the recipient’s name and address and the dates, as text read back from the PDF', async () => {
    const pdf = await renderLetterPdf(composeLetter(facts, defaultLettersConfig()), { created, title: 'Stadfesting på motteken klage' });
    // Lines wrap where the layout wants; the words are what count.
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('2025/00042');
    expect(text).toContain('Ragnhild Ødegård-Wiśniewska');
    for (const line of facts.recipient.address) expect(text).toContain(line);
    expect(text).toMatch(/kom til oss 20\. mars 2025/);
    expect(text).toMatch(/innan 20\. juni 2025/);
    expect(text).toContain('Dato: 21. mars 2025');
    expect(text).toMatch(/Side 1 av \d/);
  });

  it('is valid PDF/A-1b by Apache PDFBox Preflight, in both written standards', async () => {
    for (const language of ['nb', 'nn'] as const) {
      const file = path.join(dir, `letter-${language}.pdf`);
      writeFileSync(file, await renderLetterPdf(composeLetter({ ...facts, language }, defaultLettersConfig()), { created, title: 'Bekreftelse på mottatt klage' }));
      const result = preflightA1b(file);
      expect(result.report).toMatch(/valid PDF\/A-1b/);
      expect(result.valid).toBe(true);
    }
  });

  it('the validator does reject an ordinary PDF (so a pass means something)', async () => {
    const file = path.join(dir, 'plain.pdf');
    writeFileSync(file, await renderTextPdf([['Ikke PDF/A']]));
    expect(preflightA1b(file).valid).toBe(false);
  });

  it('joins the stored letters into one valid PDF/A document for the day’s post, each numbered on its own', async () => {
    const config = defaultLettersConfig();
    const letters = [composeLetter(facts, config), composeLetter({ ...facts, language: 'nb', caseNumber: '2025/00043', recipient: { name: 'Ola Hansen', address: ['Storgata 1', '0467 Oslo'] }, appellantName: 'Ola Hansen' }, config)];
    // The first letter is nynorsk: its PDF's author is «… for helsetenesta», its title and language its own.
    const printed = new Date('2025-03-24T09:30:00Z');
    const pdf = await joinPdfs(await Promise.all(letters.map((letter) => renderLetterPdf(letter, { created, title: 'Stadfesting på motteken klage' }))), { title: 'Utgående post: 2 brev', author: config.letterhead.name, created: printed, lang: 'no' });
    const file = path.join(dir, 'post.pdf');
    writeFileSync(file, pdf);
    const text = await pdfText(pdf);
    expect(text.indexOf('2025/00042')).toBeLessThan(text.indexOf('2025/00043'));
    expect(text.match(/Side 1 av/g)).toHaveLength(2);
    const result = preflightA1b(file);
    expect(result.valid, result.report).toBe(true);

    const joined = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(config.letterhead.nameIn.nn).not.toBe(config.letterhead.name);
    expect([joined.getAuthor(), joined.getTitle(), joined.getCreationDate()?.toISOString()]).toEqual([config.letterhead.name, 'Utgående post: 2 brev', printed.toISOString()]);
    expect(joined.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(no)');
    const xmp = Buffer.from(pdf).toString('utf8');
    expect(xmp).toContain(`<rdf:li>${config.letterhead.name}</rdf:li>`);
    expect(xmp).not.toContain(`<rdf:li>${config.letterhead.nameIn.nn}</rdf:li>`);
    expect(xmp).not.toContain('Stadfesting på motteken klage');
  });
});
