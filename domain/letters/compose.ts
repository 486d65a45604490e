import type { LetterKind, LetterLanguage, LettersConfig } from '#schemas/letters';
import type { IsoDate } from '#schemas/taxonomy';
import { norwegianDate } from './norwegian-date.ts';
import { fillTemplate, type TemplateValues } from './templates.ts';

/** What a letter says about its case; every date is a calendar date, written out by the template. */
export interface LetterFacts {
  kind: LetterKind;
  language: LetterLanguage;
  /** Our case number, 2025/00001. */
  caseNumber: string;
  letterDate: IsoDate;
  /** The day the document that opened the case (or the anke) came in. */
  receivedDate: IsoDate;
  /** When the case is expected to be decided (the case_processing deadline) or, for an anke, prepared. */
  expectedDate: IsoDate;
  /** The earlier expectation, for the notice of extended processing time. */
  previousExpectedDate?: IsoDate;
  recipient: { name: string; address: string[] };
  appellantName: string;
  areaName?: string;
}

export interface ComposedSection {
  heading: string | null;
  paragraphs: string[];
}

/** A letter's text, laid out by engines/pdf/letter-pdf.ts; nothing in it is left to fill. */
export interface ComposedLetter {
  kind: LetterKind;
  language: LetterLanguage;
  letterhead: { name: string; address: string[]; contact: string[] };
  recipient: { name: string; address: string[] };
  references: { label: string; value: string }[];
  title: string;
  sections: ComposedSection[];
  signature: { closing: string; lines: string[]; note: string | null };
  pageLabel: (page: number, pages: number) => string;
}

export function composeLetter(facts: LetterFacts, config: LettersConfig): ComposedLetter {
  const lang = facts.language;
  const template = config.templates[facts.kind][lang];
  const date = (d: IsoDate) => norwegianDate(d, lang);
  const values: TemplateValues = {
    caseNumber: facts.caseNumber,
    receivedDate: date(facts.receivedDate),
    expectedDate: date(facts.expectedDate),
    previousExpectedDate: facts.previousExpectedDate ? date(facts.previousExpectedDate) : date(facts.expectedDate),
    letterDate: date(facts.letterDate),
    recipientName: facts.recipient.name,
    // A letter released to a representative of an appellant nobody named says whose appeal without a name.
    appellantName: facts.appellantName || config.unnamedAppellant[lang],
    areaName: facts.areaName ?? '',
    // The letterhead's name and address in one line, so a body that says where to write follows a move.
    returnAddress: [config.letterhead.nameIn[lang] ?? config.letterhead.name, ...config.letterhead.address].join(', '),
    delayReason: config.extendedProcessingTime.reason[lang],
  };
  const fill = (t: string) => fillTemplate(t, values);
  const sections: ComposedSection[] = template.sections.map((s) => ({ heading: s.heading ? fill(s.heading) : null, paragraphs: s.paragraphs.map(fill) }));
  if (template.personalDataInformation) {
    const info = config.personalData[lang];
    sections.push({ heading: info.heading ? fill(info.heading) : null, paragraphs: info.paragraphs.map(fill) });
  }
  const labels = config.labels[lang];
  return {
    kind: facts.kind,
    language: lang,
    letterhead: { name: config.letterhead.nameIn[lang] ?? config.letterhead.name, address: config.letterhead.address, contact: config.letterhead.contact },
    recipient: facts.recipient,
    references: [
      { label: labels.ourReference, value: facts.caseNumber },
      { label: labels.date, value: date(facts.letterDate) },
    ],
    title: fill(template.title),
    sections,
    signature: { closing: config.signature[lang].closing, lines: config.signature[lang].lines, note: config.signature[lang].note ?? null },
    pageLabel: (page, pages) => `${labels.page} ${page} ${labels.of} ${pages}`,
  };
}

/** The letter as plain text, in reading order (for the archive's text and for tests). */
export function letterText(letter: ComposedLetter): string {
  return [
    letter.letterhead.name,
    ...letter.letterhead.address,
    '',
    letter.recipient.name,
    ...letter.recipient.address,
    '',
    ...letter.references.map((r) => `${r.label}: ${r.value}`),
    '',
    letter.title,
    '',
    ...letter.sections.flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.paragraphs, '']),
    letter.signature.closing,
    ...letter.signature.lines,
    ...(letter.signature.note ? [letter.signature.note] : []),
  ].join('\n');
}
