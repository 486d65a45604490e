/**
 * Generated scanned files that hold several documents, with the true document boundaries: a first
 * instance's bundle (transfer letter, the appeal, a copy of the decision, a medical declaration, an
 * X-ray, a consent form) and a mailroom batch (unrelated letters fed through the scanner as one
 * stack), each with or without separator sheets. Letters come from the corpus generator; their text
 * is passed through the OCR noise model measured on real scans, so the splitter sees what OCR reads.
 * Page text is what a reader of the scan gets; rendering to images is left to the caller.
 */
import { generateCorpus, type CorpusDoc } from './generate.ts';
import { applyNoise, type NoiseModel } from './noise.ts';
import { addDays, helfoRef, navRef, person, randomDate, syntheticNationalId, writeDate } from './people.ts';
import { Rng, expand } from './rng.ts';
import { wrap } from './letter.ts';

export type GeneratedKind = 'letter' | 'decision_copy' | 'form' | 'image' | 'separator';

export interface GeneratedPage {
  /** Lines as printed; empty for an image page and a separator sheet. */
  lines: string[];
  kind: GeneratedKind;
  /** 0-based index of the document this page belongs to; null for a separator sheet. */
  document: number | null;
}

export interface GeneratedBundle {
  id: string;
  shape: 'first_instance_bundle' | 'mailroom_batch';
  withSeparators: boolean;
  pages: GeneratedPage[];
  /** Per document: what it is and, for a letter, its corpus document. */
  documents: { kind: GeneratedKind; letter?: CorpusDoc }[];
}

const decisionHeads = [
  ['Helfo', 'Postboks 2415', '3104 Tønsberg'],
  ['HELFO Behandlere', 'Postboks 2415, 3104 Tønsberg'],
  ['NAV Arbeid og ytelser', 'Postboks 6600 Etterstad', '0607 Oslo'],
  ['Nav Familie- og pensjonsytelser', 'Postadresse: NAV skanning, Postboks 1400', '0109 Oslo'],
];
const decisionTitles = ['VEDTAK', 'Vedtak om {benefit}', 'Vi har avslått søknaden din om {benefit}', 'VEDTAK – {benefitUpper}', 'Svar på søknad om {benefit}'];
const benefits = ['stønad til tannbehandling', 'refusjon av legemidler', 'sykepenger', 'arbeidsavklaringspenger', 'dekning av utgifter til behandling i utlandet', 'pasientreise', 'uføretrygd'];
const decisionBodies = [
  'Vi har behandlet søknaden din av {otherDate} og har kommet fram til at du ikke fyller vilkårene. Begrunnelsen står nedenfor.',
  'Søknaden din er [delvis innvilget|avslått]. Vi har lagt vekt på opplysningene i [legeerklæringen|søknaden|regningen fra behandleren].',
  'Etter en samlet vurdering finner vi at vilkårene i [folketrygdloven § 5-6|folketrygdloven § 8-4|folketrygdloven § 11-5|forskrift om stønad] ikke er oppfylt.',
  'Det er ikke dokumentert at behandlingen er nødvendig som følge av sykdom. [Vi kan derfor ikke gi stønad.|Utgiftene dekkes derfor ikke.]',
  'Vi har innhentet opplysninger fra [fastlegen din|sykehuset|arbeidsgiveren din] og vurdert dem sammen med det du selv har opplyst.',
];
const appealRights = [
  'Du kan klage på vedtaket innen seks uker fra du mottok det. Klagen sender du til oss.',
  'Du har rett til å klage. Klagefristen er seks uker fra du mottok dette brevet, jf. forvaltningsloven § 29.',
  'Hvis du mener vedtaket er feil, kan du klage. Klagefristen er seks uker.',
];
const forms = [
  { title: 'SAMTYKKEERKLÆRING', rows: ['Jeg samtykker i at klageinstansen kan innhente opplysninger fra:', '☐ fastlege', '☐ sykehus/spesialist', '☐ NAV', '☐ arbeidsgiver', 'Navn: ______________________', 'Fødselsdato: ______________', 'Sted og dato: _____________', 'Underskrift: ______________'] },
  { title: 'FULLMAKT', rows: ['Undertegnede gir herved fullmakt til:', 'Navn: ______________________', 'Adresse: ___________________', 'til å opptre på mine vegne i saken om:', '☐ klage   ☐ anke   ☐ innsyn', 'Sted og dato: _____________', 'Signatur: _________________'] },
  { title: 'Skjema for egenerklæring', rows: ['Fylles ut av søkeren.', '[ ] Jeg har ikke mottatt andre ytelser', '[ ] Jeg har mottatt stønad fra andre', 'Beløp: ____________', 'Sett kryss for det som passer.', 'Underskrift: ______________'] },
];

function decisionCopy(rng: Rng): string[][] {
  const benefit = rng.pick(benefits);
  const slots = { benefit, benefitUpper: benefit.toUpperCase(), otherDate: writeDate(rng, randomDate(rng, '2024-01-02', 500), 'nb') };
  const ref = rng.chance(0.5) ? helfoRef(rng) : navRef(rng);
  const who = person(rng);
  const lines = [...rng.pick(decisionHeads), '', who.name, who.street, `${who.postcode} ${who.town}`, '', `Vår ref. ${ref}   Dato: ${writeDate(rng, addDays(randomDate(rng), 3), 'nb')}`, ''];
  lines.push(expand(rng.pick(decisionTitles), slots, rng), '');
  for (const body of rng.some(decisionBodies, 0.6, 2)) lines.push(...wrap(expand(body, slots, rng), 76), '');
  lines.push(...wrap(rng.pick(appealRights), 76), '', rng.pick(['Med vennlig hilsen', 'Vennlig hilsen']), rng.pick(decisionHeads)[0]!);
  // A long decision runs over two pages, numbered like the letters are.
  if (!rng.chance(0.3)) return [lines];
  const filler = rng.some(decisionBodies, 0.8, 3).flatMap((b) => [...wrap(expand(b, slots, rng), 76), '']);
  const first = [...lines.slice(0, 14), ...filler, ...filler];
  const second = lines.slice(14);
  return rng.chance(0.6) ? [[...first, '', 'Side 1 av 2'], [...second, '', 'Side 2 av 2']] : [first, second];
}

function form(rng: Rng): string[] {
  const f = rng.pick(forms);
  return [f.title, '', ...f.rows.flatMap((r) => [r, ''])];
}

export interface BundleOptions {
  seed: number;
  split: 'train' | 'eval';
  noise?: NoiseModel;
  /**
   * Letters of several pages carry a running header naming the page without the count («Side 2 –
   * Kari Nordmann (…)», «Page 2», «- 2 -», right-aligned «Side 2») instead of «Side 2 av 3», and a
   * one-page letter may stop without a closing (a journal printout): continuations to keep, and new
   * letters after an unclosed page to split.
   */
  runningHeaders?: boolean;
}

const RUNNING_HEADERS: ((k: number, name: string, id: string) => string)[] = [
  (k, name, id) => `Side ${k} – ${name} (${id})`,
  (k, name) => `Side ${k} - ${name}`,
  (k) => `Side ${k}`,
  (k) => `Page ${k}`,
  (k) => `- ${k} -`,
  (k, name) => `${name}${' '.repeat(30)}Side ${k}`,
  (k) => `SIDE ${k}`,
];
const COUNTED_PAGE = /\b(?:side|sida|page)\s+\d+\s+(?:av|of)\s+\d+\s*$/i;

function withRunningHeader(pages: string[][], doc: CorpusDoc, rng: Rng): string[][] {
  const bare = pages.map((lines) => lines.filter((l) => !COUNTED_PAGE.test(l)));
  if (bare.length === 1) {
    // A one-page printout that stops without a closing: the next letter must still start anew.
    if (!rng.chance(0.4)) return bare;
    const lines = bare[0]!;
    const from = Math.max(6, lines.length - 10);
    const closing = lines.findIndex((l, i) => i >= from && /\b(?:hilsen|helsing|mvh|regards|sincerely|faithfully|hälsningar)\b/i.test(l));
    return closing > 0 ? [lines.slice(0, closing)] : bare;
  }
  const header = rng.pick(RUNNING_HEADERS);
  const name = doc.parties?.appellant?.name ?? person(rng).name;
  const id = syntheticNationalId(rng);
  const onFirst = rng.chance(0.5);
  // A doctor or a hospital often signs off with the place and the date: a date line low on the last page.
  const signedWithDate = rng.chance(0.5) ? [`${rng.pick(['Aalborg', 'Bergen', 'Tromsø', 'Göteborg'])}, ${writeDate(rng, randomDate(rng), 'nb', true)}`] : [];
  return bare.map((lines, i) => [...(i === 0 && !onFirst ? [] : [header(i + 1, name, id), '']), ...lines, ...(i === bare.length - 1 ? signedWithDate : [])]);
}

function letters(rng: Rng, split: 'train' | 'eval', count: number, filter?: (doc: CorpusDoc) => boolean): CorpusDoc[] {
  const out: CorpusDoc[] = [];
  while (out.length < count) {
    const [doc] = generateCorpus({ seed: 7919, split, count: 1, start: rng.int(0, 1_000_000) });
    if (doc && (!filter || filter(doc))) out.push(doc);
  }
  return out;
}

function noisy(lines: string[], rng: Rng, noise?: NoiseModel): string[] {
  if (!noise || rng.chance(0.25)) return lines;
  const severity = rng.weighted([[0.5, 3], [1, 3], [2, 2], [3.5, 1]] as const);
  return applyNoise(noise, lines.join('\n'), severity, rng.int(1, 1e9)).split('\n');
}

export function generateBundle(index: number, shape: GeneratedBundle['shape'], withSeparators: boolean, opts: BundleOptions): GeneratedBundle {
  const rng = new Rng(opts.seed * 1_000_003 + index * 7 + (withSeparators ? 1 : 0) + (shape === 'mailroom_batch' ? 3 : 0));
  const documents: GeneratedBundle['documents'] = [];
  const contents: { kind: GeneratedKind; pages: string[][] }[] = [];
  const addLetter = (doc: CorpusDoc) => {
    documents.push({ kind: 'letter', letter: doc });
    contents.push({ kind: 'letter', pages: opts.runningHeaders ? withRunningHeader(doc.pages, doc, rng) : doc.pages });
  };
  if (shape === 'first_instance_bundle') {
    addLetter(letters(rng, opts.split, 1, (d) => d.documentType === 'case_transfer')[0]!);
    const attachments: (() => void)[] = [
      () => addLetter(letters(rng, opts.split, 1, (d) => d.documentType === 'appeal')[0]!),
      () => {
        documents.push({ kind: 'decision_copy' });
        contents.push({ kind: 'decision_copy', pages: decisionCopy(rng) });
      },
      () => addLetter(letters(rng, opts.split, 1, (d) => d.documentType === 'medical_declaration')[0]!),
      () => {
        documents.push({ kind: 'image' });
        contents.push({ kind: 'image', pages: Array.from({ length: rng.weighted([[1, 3], [2, 1]] as const) }, () => []) });
      },
      () => {
        documents.push({ kind: 'form' });
        contents.push({ kind: 'form', pages: [form(rng)] });
      },
      () => addLetter(letters(rng, opts.split, 1, (d) => d.documentType === 'comments' || d.documentType === 'expert_statement')[0]!),
    ];
    for (const add of rng.some(attachments, 0.6, 2)) add();
  } else {
    for (const doc of letters(rng, opts.split, rng.int(3, 6))) addLetter(doc);
  }
  const pages: GeneratedPage[] = [];
  contents.forEach((content, document) => {
    if (withSeparators && document > 0) pages.push({ lines: [], kind: 'separator', document: null });
    for (const lines of content.pages) pages.push({ lines: content.kind === 'image' ? [] : noisy(lines, rng, opts.noise), kind: content.kind, document });
  });
  return { id: `${shape}-${withSeparators ? 'sep' : 'nosep'}${opts.runningHeaders ? '-headers' : ''}-${index}`, shape, withSeparators, pages, documents };
}

/** The true parts: for each document, its page indexes in the file (separator pages excluded). */
export function trueParts(bundle: GeneratedBundle): number[][] {
  const parts: number[][] = bundle.documents.map(() => []);
  bundle.pages.forEach((page, index) => {
    if (page.document !== null) parts[page.document]!.push(index);
  });
  return parts;
}

export interface SplitScore {
  documents: number;
  /** Documents whose page range the splitter found exactly (no page missing, none extra). */
  exactDocuments: number;
  files: number;
  /** Files split entirely right. */
  exactFiles: number;
  /** Page gaps (between two non-sheet pages) where the splitter and the truth disagree. */
  wrongGaps: number;
  /** Of those, gaps between two documents the splitter joined: two letters merged into one. */
  merges: number;
  gaps: number;
}

export function emptyScore(): SplitScore {
  return { documents: 0, exactDocuments: 0, files: 0, exactFiles: 0, wrongGaps: 0, merges: 0, gaps: 0 };
}

/** Adds one file's outcome: `truth` and `predicted` are lists of parts, each a list of page indexes. */
export function addToScore(score: SplitScore, truth: number[][], predicted: number[][]): void {
  const key = (pages: number[]) => pages.join(',');
  const found = new Set(predicted.map(key));
  const exact = truth.filter((t) => found.has(key(t))).length;
  score.documents += truth.length;
  score.exactDocuments += exact;
  score.files += 1;
  if (exact === truth.length && predicted.length === truth.length) score.exactFiles += 1;
  const partOf = (parts: number[][]) => new Map(parts.flatMap((pages, i) => pages.map((p) => [p, i] as const)));
  const t = partOf(truth);
  const p = partOf(predicted);
  const pages = [...t.keys()].sort((a, b) => a - b);
  for (let i = 1; i < pages.length; i++) {
    const [a, b] = [pages[i - 1]!, pages[i]!];
    score.gaps += 1;
    if ((t.get(a) === t.get(b)) !== (p.get(a) === p.get(b))) score.wrongGaps += 1;
    if (t.get(a) !== t.get(b) && p.get(a) === p.get(b)) score.merges += 1;
  }
}
