import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '#config/load';
import { Reason, reasonCodes, type ReasonCode } from '#schemas/reasons';
import { decodeProblems, failedStages, fileKinds, reasonNames, reasonText } from '#domain/reasons/wording';
import { decideLink } from '#domain/registry/linking';
import { checkPixels, checkSize } from '#domain/inspect/limits';

/**
 * Issue 11: every review and rejection reason the pipeline can produce is a code with parameters and
 * has bokmål words for the page. The codes produced are found by reading the producing code itself
 * (stages/, domain/, engines/), so a new reason written as a bare English string fails here.
 */
const root = path.resolve(import.meta.dirname, '../..');
const config = loadConfig();
const names = reasonNames(config);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}
const producers = ['stages', 'domain', 'engines'].flatMap(sourceFiles).filter((f) => !f.includes(`${path.sep}reasons${path.sep}`));

/** Codes as the producers name them: because('code', …), reject(kind, 'code', …), { code: 'code', params }. */
function producedCodes(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const patterns = [/because\(\s*'([a-z_]+)'/g, /reject\(\s*'[a-z_]+',\s*'([a-z_]+)'/g, /code: '([a-z_]+)', params/g];
  for (const file of producers) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const m of text.matchAll(pattern)) found.set(m[1]!, [...(found.get(m[1]!) ?? []), path.relative(root, file)]);
  }
  return found;
}

/** Parameters that exercise every branch of a code's words (a page number, an area, a kind of file). */
const sampleParams: Record<ReasonCode, Reason['params']> = {
  empty: {},
  too_large: { bytes: 26 * 1024 * 1024, limitBytes: 10 * 1024 * 1024 },
  too_many_pages: { pages: 4, unit: 'pages', limit: 3 },
  too_many_pixels: { page: 2, width: 20000, height: 20000, limitPixels: 80_000_000 },
  pdf_page_too_large: { page: null, widthCm: '120', heightCm: '84', dpi: 300, limitMegapixels: 80 },
  not_a_readable_format: { looksLike: 'zip' },
  image_damaged: { format: 'tiff', problem: 'cut_off', page: 3 },
  pdf_truncated: {},
  pdf_no_pages: {},
  pdf_encrypted: {},
  pdf_damaged: {},
  no_text: {},
  unsure: { confidence: 0.6, threshold: 0.91, documentType: 'appeal', area: 'dental' },
  comments_or_appeal: { documentType: 'comments' },
  answers_nothing: { documentType: 'comments' },
  area_contested: { documentType: 'appeal', area: 'disability', evidenceArea: 'work_assessment', typeConfidence: 0.99 },
  no_decision_date: { documentType: 'tribunal_appeal' },
  decision_date_after_received: { documentType: 'tribunal_appeal', field: 'decisionReceivedDate', date: '2025-03-14', receivedDate: '2025-03-01', deadline: 'tribunal_appeal_deadline' },
  chosen_case_missing: { caseId: '2025-09999' },
  cover_case_missing: { caseNumber: '2025/00042' },
  cover_case_closed: { caseNumber: '2025/00042' },
  case_closed_meanwhile: { caseNumber: '2025/00042' },
  sheet_case_person_mismatch: { caseNumber: '2025/00042' },
  sheet_case_persons_unknown: { caseNumber: '2025/00042' },
  sheet_case_area_mismatch: { caseNumber: '2025/00042', sheetArea: 'dental', caseArea: 'sick_pay' },
  no_matching_case: { documentType: 'medical_declaration' },
  same_person_other_decision: { documentType: 'appeal', caseId: '2026-00001', caseArea: 'work_assessment', area: 'dental' },
  waiting_for_case: { documentType: 'consent', waitsFor: 'doc-appeal' },
  waiting_for_main_document: { waitsFor: 'doc-transfer-1' },
  technical_failure: { stage: 'deadlines', error: 'ProvisionedThroughputExceededException' },
};

/** Words that give away an English sentence on a bokmål page. */
const ENGLISH = /\b(the|is|was|please|which|cannot|file is|document|found|waiting|must|choose|also)\b/i;

describe('reason codes and their words', () => {
  it('finds every code the producers use among the known codes, and every known code in use', () => {
    const produced = producedCodes();
    expect([...produced.keys()].filter((code) => !(reasonCodes as readonly string[]).includes(code))).toEqual([]);
    expect(reasonCodes.filter((code) => !produced.has(code))).toEqual([]);
  });

  it('leaves no reason written as a bare English string in stages/, domain/ or engines/', () => {
    // A review or rejection reason is made by because()/reject(); the reasons that remain as words are
    // not the pipeline's (a model's promotion verdict, a QR code's decoding failure).
    const notReviewReasons = ['domain/classify/promotion.ts', 'domain/sheets/sheet-code.ts'];
    const bare = producers
      .filter((file) => !notReviewReasons.includes(path.relative(root, file)))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/(?:reason|reviewReason)\s*[:=]\s*[`'"][A-Z]/g)].map((m) => `${path.relative(root, file)}: ${m[0]}`));
    expect(bare).toEqual([]);
  });

  it.each(reasonCodes)('%s: words in English and in bokmål, different, with no English left in the bokmål', (code) => {
    const reason = Reason.parse({ code, params: sampleParams[code] });
    const en = reasonText(reason, 'en', names);
    const nb = reasonText(reason, 'nb', names);
    expect(en.length).toBeGreaterThan(15);
    expect(nb.length).toBeGreaterThan(15);
    expect(nb).not.toBe(en);
    expect(nb).not.toMatch(ENGLISH);
    // Parameters that are names are named in the language: the type's and the area's bokmål names.
    if (typeof sampleParams[code].documentType === 'string') expect(nb).toContain(names.type(String(sampleParams[code].documentType), 'nb'));
    if (code === 'unsure') expect(nb).toContain('Tannbehandling');
  });

  it('words every kind of file, decoding problem and failed stage in both languages', () => {
    for (const table of [fileKinds, decodeProblems, failedStages]) {
      for (const words of Object.values(table)) {
        expect(words.nb).not.toBe(words.en);
        expect(words.nb).not.toMatch(/\b(the|an|is|it)\b/);
      }
    }
  });

  it('writes numbers as bokmål does: decimal comma; confidences as the page shows them («60 %»)', () => {
    expect(reasonText({ code: 'too_large', params: { bytes: 1.5 * 1024 * 1024, limitBytes: 1024 * 1024 } }, 'nb', names)).toContain('1,5 MB');
    expect(reasonText({ code: 'unsure', params: sampleParams.unsure }, 'nb', names)).toContain('60 % sikre, under grensen på 91 %');
    expect(reasonText({ code: 'unsure', params: sampleParams.unsure }, 'en', names)).toContain('60 % sure, below the 91 %');
  });
});

describe('the producers keep the code beside the English words', () => {
  it('a rejection: the code, the parameters, and the same English as before', () => {
    const limits = { maxBytes: 10 * 1024 * 1024, maxPages: 3, maxPixelsPerPage: 80_000_000 };
    const tooLarge = checkSize(25 * 1024 * 1024, limits)!;
    expect(tooLarge.reasonCode).toEqual({ code: 'too_large', params: { bytes: 25 * 1024 * 1024, limitBytes: 10 * 1024 * 1024 } });
    expect(tooLarge.reason).toContain('The file is 25 MB; the limit is 10 MB.');
    expect(reasonText(tooLarge.reasonCode, 'nb', names)).toContain('Filen er 25 MB; grensen er 10 MB.');
    const bomb = checkPixels(0, 20000, 20000, limits, 1)!;
    expect(reasonText(bomb.reasonCode, 'nb', names)).toContain('Bildet er 20000 × 20000 piksler (400 megapiksler); grensen er 80 megapiksler per side.');
  });

  it('a review with two reasons: no case, and also unsure — both in bokmål', () => {
    const classification = {
      documentType: 'medical_declaration' as const, area: 'dental', language: 'nb' as const, keywords: [], confidence: 0.5, typeConfidence: 0.5,
      fields: { nationalIds: [], caseReferences: [], decisionDate: null, decisionReceivedDate: null }, reviewReason: null, textSource: 'ocr' as const, pages: 1, explanation: [], modelVersion: 'test',
    };
    const result = decideLink({ documentId: 'doc-1', classification, referenceMatches: [], nationalIdMatches: [] }, config);
    expect(result.reasonCode).toMatchObject({ code: 'no_matching_case', also: { code: 'unsure' } });
    expect(result.reason).toMatch(/^A medical declaration must be added to an existing case.*Also: The machine is not sure/);
    const nb = reasonText(result.reasonCode!, 'nb', names);
    expect(nb).toMatch(/^Dokumentet \(Legeerklæring\) skal legges til en eksisterende sak.*Dessuten: Maskinen er usikker/);
  });
});

describe('a case named in a reason (QA s16)', () => {
  it('is printed as people read our case numbers, YYYY/NNNNN, in both languages; the params keep the id', () => {
    for (const code of ['same_person_other_decision', 'chosen_case_missing'] as const) {
      const reason = { code, params: sampleParams[code] } as Reason;
      const id = String(reason.params.caseId);
      for (const language of ['en', 'nb'] as const) {
        const text = reasonText(reason, language, names);
        expect(text).toContain(id.replace('-', '/'));
        expect(text).not.toContain(id);
      }
    }
  });
});
