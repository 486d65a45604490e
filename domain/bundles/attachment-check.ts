import type { AttachmentCategory } from '../../schemas/bundles.ts';
import { pageSignals, type PageKind } from './page-signals.ts';

/**
 * Kontroll av vedlegg: a letter that lists its attachments ("Vedlegg: 1. Kopi av vedtak …") is
 * checked against the parts that came with it. Each listed item is read as a kind of document
 * (a decision, a medical declaration, receipts, …) and matched to at most one part of that kind; an
 * item no part answers is reported missing, for the case and the archivist. An item whose kind
 * cannot be told ("Diverse") is matched to any part left over, so it is never reported on a guess.
 */
export type { AttachmentCategory };

export interface PresentPart {
  kind: PageKind;
  /** The classifier's document type, when the part was classified. */
  documentType?: string | null;
  text: string;
}

export interface ListedAttachment {
  item: string;
  category: AttachmentCategory;
  /** Index into the parts given (attachments only), or null when none answers it. */
  matchedPart: number | null;
}

export interface AttachmentCheck {
  listed: ListedAttachment[];
  missing: string[];
}

const LIST_LABEL = /^\s*(?:vedlegg|vedlegg til brevet|bilag|bilagor|bilaga|enclosures?|attachments?)\s*:?\s*(.*)$/i;
const ITEM_MARK = /^\s*(?:\d{1,2}[.)]|[-•–*]|[a-h][.)])\s*/;
const ENDS_LIST = /^\s*(?:med vennlig hilsen|vennlig hilsen|med hilsen|mvh|hilsen|venleg helsing|helsing|med venlig hilsen|venlig hilsen|hälsningar|med vänliga hälsningar|yours sincerely|kind regards|yours faithfully|kopi(?: til)?\s*:)/i;

/** The items of the letter's attachment list, as written; empty when it lists none. */
export function listedAttachments(letter: string): string[] {
  const lines = letter.split('\n');
  const start = lines.findIndex((l) => LIST_LABEL.test(l) && l.trim().length < 80);
  if (start < 0) return [];
  const items: string[] = [];
  const inline = LIST_LABEL.exec(lines[start]!)?.[1]?.trim();
  if (inline) items.push(...inline.split(/\s*[;,]\s*(?=\D)/).filter((s) => s.length > 2));
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') {
      if (items.length > 0) break;
      continue;
    }
    if (ENDS_LIST.test(line)) break;
    items.push(line.replace(ITEM_MARK, '').trim());
  }
  return items.filter((i) => /\p{L}{3}/u.test(i));
}

// Order matters: "Klage på vedtak" is an appeal, "Kopi av vedtaket" a decision.
const CATEGORIES: [AttachmentCategory, RegExp][] = [
  ['appeal', /^(?:kopi av )?(?:klage(?!sak)|klagebrev|anke\b|appeal)|\bklage på\b/i],
  ['decision', /\bvedtak|vedtaksbrev|beslut|afgørelse|decision\b/i],
  ['medical', /legeerklæring|erklæring fra (?:lege|fastlege)|epikrise|journal(?!notat)|sykmelding|läkarintyg|lægeerklæring|medical (?:certificate|report)/i],
  ['consent_or_power', /samtykke|fullmakt|fullmagt|consent|power of attorney/i],
  ['image', /røntgen|rtg\.|bilde|bilder|foto|x-ray|photo/i],
  ['receipts', /kvittering|regning|faktura|kvitto|receipt|invoice/i],
  ['expert', /uttalelse|sakkyndig|spesialist|vurdering fra|expert/i],
  ['application', /søknad|ansøgning|ansökan|application/i],
  ['record', /journalnotat|notat|dokumentliste|dokumentoversikt|saksbehandlers vurdering/i],
];

export function categoryOf(item: string): AttachmentCategory {
  return CATEGORIES.find(([, pattern]) => pattern.test(item))?.[0] ?? 'other';
}

export const TYPE_OF: Partial<Record<AttachmentCategory, string[]>> = {
  medical: ['medical_declaration'],
  appeal: ['appeal', 'appeal_deadline_interrupting', 'tribunal_appeal'],
  consent_or_power: ['consent'],
  receipts: ['invoice'],
  expert: ['expert_statement'],
};

/** What the part itself says it is: its kind, its classified type. */
function certainlyAnswers(category: AttachmentCategory, part: PresentPart): boolean {
  if (category === 'image') return part.kind === 'image';
  if (category === 'decision' && part.kind === 'decision_copy') return true;
  if (category === 'consent_or_power' && part.kind === 'form') return true;
  return Boolean(part.documentType && TYPE_OF[category]?.includes(part.documentType));
}

/** The first lines of a part, past its address and reference lines: where its heading is. */
function headLines(part: PresentPart): string[] {
  if (part.kind === 'image') return [];
  return part.text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !/\d{4}\s+\p{L}|postboks|ref\b|dato/iu.test(l)).slice(0, 8);
}

/** What the part's heading suggests ("LEGEERKLÆRING", "Kvittering", "Søknad om …"): within a bundle, where the list says what to look for. */
function headingAnswers(category: AttachmentCategory, part: PresentPart): boolean {
  return headLines(part).some((line) => categoryOf(line) === category);
}

/**
 * A line that is the heading of such a document: it begins with what it names («LEGEERKLÆRING», «Kopi av
 * vedtaket», «Vedtak om …»), and is short. A letter that mentions it («Ettersendelse til klage på vedtak»,
 * «Kommentarer til legeerklæringen», «Jeg klager på vedtaket av …») is not one (review s13 M1).
 */
function isHeadingOf(category: AttachmentCategory, line: string): boolean {
  const named = line.replace(/^(?:kopi av|utskrift av)\s+/i, '');
  const pattern = CATEGORIES.find(([c]) => c === category)?.[1];
  return named.length <= 60 && categoryOf(line) === category && pattern?.exec(named)?.index === 0;
}

/** Checks the main letter's list against the attachments (the parts after the main document). */
export function checkAttachments(mainLetter: string, attachments: PresentPart[]): AttachmentCheck {
  const items = listedAttachments(mainLetter);
  const used = new Set<number>();
  const listed: ListedAttachment[] = items.map((item) => ({ item, category: categoryOf(item), matchedPart: null }));
  // Certain matches first, then headings, and vague items last, so a guess never takes the part
  // that a specific item needs.
  const passes: ((entry: ListedAttachment, part: PresentPart) => boolean)[] = [
    (entry, part) => entry.category !== 'other' && certainlyAnswers(entry.category, part),
    (entry, part) => entry.category !== 'other' && headingAnswers(entry.category, part),
    (entry) => entry.category === 'other',
  ];
  for (const pass of passes) {
    for (const entry of listed) {
      if (entry.matchedPart !== null) continue;
      const match = attachments.findIndex((part, index) => !used.has(index) && pass(entry, part));
      if (match >= 0) {
        used.add(match);
        entry.matchedPart = match;
      }
    }
  }
  return { listed, missing: listed.filter((l) => l.matchedPart === null).map((l) => l.item) };
}

const namedCategories = CATEGORIES.map(([category]) => category).concat('image');

/**
 * What a document that came on its own can stand for in a list of attachments: what it certainly is and
 * what its heading is (a decision copy, «LEGEERKLÆRING»), never what it merely mentions: nothing listed
 * says what to look for, so the looser reading of a bundle's parts would clear an item on any letter
 * naming it. Kept on the case's journal line, so a later document clears the «Mangler vedlegg» it answers
 * (domain/bundles/outstanding-attachments.ts).
 */
export function categoriesAnswered(part: PresentPart): AttachmentCategory[] {
  const head = headLines(part);
  return [...new Set(namedCategories)].filter((category) => certainlyAnswers(category, part) || head.some((line) => isHeadingOf(category, line)));
}

/**
 * What a document's own pages say it can stand for (its first readable page's kind, its heading); the type is
 * left to whoever reads it then, since an archivist may correct the type after. A document with no page that
 * reads as words (no text, OCR failed, empty) answers nothing: within a bundle a page without text is the
 * photo or X-ray the letter listed, but a document on its own that could not be read may be anything, so it
 * clears no «Røntgenbilder» and stays for the archivist to look at (QA s14).
 */
export function attachmentAnswers(pageTexts: readonly string[]): AttachmentCategory[] {
  const kinds = pageTexts.map((text) => pageSignals({ text, hasText: true }).kind);
  const first = kinds.findIndex((kind) => kind !== 'image' && kind !== 'blank');
  if (first < 0) return [];
  return categoriesAnswered({ kind: kinds[first]!, text: pageTexts.join('\n') });
}
