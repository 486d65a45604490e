import type { PostmottakConfig } from '#schemas/config';
import type { Reason, ReasonCode, ReasonParams } from '#schemas/reasons';
import { unsureReason, type UnsureFacts } from '../wording/unsure-reason.ts';
import { percent } from '../wording/percent.ts';
import { withIndefiniteArticle } from '../wording/indefinite-article.ts';
import { capitalised } from '../wording/letter-status.ts';
import { displayCaseNumber } from '../registry/case-number-input.ts';
import { typedFromIso } from '../wording/typed-date.ts';

/**
 * The words for each reason code (schemas/reasons.ts), in English (the CLI's JSON line and the API,
 * as SPEC.md has them: words a mailroom clerk understands) and in bokmål (the archivists' page). The
 * wording is the product's text, not a setting, so it lives here as typed data; names of types and
 * areas come from the configuration. Every code must have both wordings: the compiler checks that
 * each is present, test/reasons/wording.test.ts that none is empty or left in English.
 */
export type ReasonLanguage = 'en' | 'nb';

/** What a file turned out to be, when it is no PDF, TIFF, JPEG or PNG (domain/inspect/sniff.ts). */
export const fileKinds = {
  docx: { en: 'a Word document (.docx)', nb: 'et Word-dokument (.docx)' },
  xlsx: { en: 'an Excel workbook (.xlsx)', nb: 'et Excel-regneark (.xlsx)' },
  zip: { en: 'a ZIP archive', nb: 'et ZIP-arkiv' },
  old_office: { en: 'an old Microsoft Office file (.doc, .xls or .msg)', nb: 'en eldre Microsoft Office-fil (.doc, .xls eller .msg)' },
  gif: { en: 'a GIF image', nb: 'et GIF-bilde' },
  bmp: { en: 'a BMP image', nb: 'et BMP-bilde' },
  webp: { en: 'a WebP image', nb: 'et WebP-bilde' },
  heic: { en: 'an HEIC photo (as iPhones save them)', nb: 'et HEIC-bilde (slik iPhone lagrer bilder)' },
  video: { en: 'a video or MP4/MOV file', nb: 'en video eller MP4/MOV-fil' },
  gzip: { en: 'a gzip-compressed archive', nb: 'et gzip-komprimert arkiv' },
  seven_zip: { en: 'a 7-Zip archive', nb: 'et 7-Zip-arkiv' },
  rar: { en: 'a RAR archive', nb: 'et RAR-arkiv' },
  rtf: { en: 'an RTF document', nb: 'et RTF-dokument' },
  windows_program: { en: 'a Windows program', nb: 'et Windows-program' },
  program: { en: 'a program file', nb: 'en programfil' },
  html: { en: 'a web page (HTML)', nb: 'en nettside (HTML)' },
  xml: { en: 'an XML file', nb: 'en XML-fil' },
  email: { en: 'an e-mail message (.eml)', nb: 'en e-post (.eml)' },
  text: { en: 'a plain text file', nb: 'en ren tekstfil' },
  unknown: { en: 'an unknown kind of file', nb: 'en ukjent filtype' },
} as const satisfies Record<string, Record<ReasonLanguage, string>>;
export type FileKind = keyof typeof fileKinds;

/** Why an image could not be decoded, in words (never libvips' own message). */
export const decodeProblems = {
  cut_off: { en: 'the file ends too early, probably cut off during upload or scanning', nb: 'filen slutter for tidlig, trolig avbrutt under opplasting eller skanning' },
  too_large: { en: 'the image is larger than allowed', nb: 'bildet er større enn tillatt' },
  unsupported_variant: { en: 'it uses a variant of the format that cannot be read', nb: 'den bruker en variant av formatet som ikke kan leses' },
  invalid: { en: 'the image data is invalid', nb: 'bildedataene er ugyldige' },
  no_size: { en: 'it has no image size', nb: 'den har ingen bildestørrelse' },
} as const satisfies Record<string, Record<ReasonLanguage, string>>;
export type DecodeProblem = keyof typeof decodeProblems;

/** The stage a technical failure stopped in (stages/record-failure.ts). */
export const failedStages = {
  inspect: { en: 'inspecting the file', nb: 'filen ble undersøkt' },
  quarantine: { en: 'putting the file in quarantine', nb: 'filen ble lagt i karantene' },
  read: { en: 'reading the text', nb: 'teksten ble lest' },
  classify: { en: 'classifying the document', nb: 'dokumentet ble klassifisert' },
  link: { en: 'linking the document to a case', nb: 'dokumentet ble knyttet til en sak' },
  review: { en: 'putting the document in the review queue', nb: 'dokumentet ble lagt i kontrollkøen' },
  register: { en: 'registering the document', nb: 'dokumentet ble journalført' },
  deadlines: { en: 'setting the deadlines', nb: 'fristene ble satt' },
  letters: { en: 'writing the acknowledgement letter', nb: 'kvitteringsbrevet ble skrevet' },
  route: { en: 'routing the document', nb: 'dokumentet ble fordelt' },
} as const satisfies Record<string, Record<ReasonLanguage, string>>;
export type FailedStage = keyof typeof failedStages;

/** The deadline a decision date starts (deadlineRules with `from: 'decision'`), in words. */
export const decisionDeadlineNames = {
  appeal_deadline: { en: 'the appeal deadline', nb: 'klagefristen' },
  tribunal_appeal_deadline: { en: 'the deadline for appealing to Trygderetten', nb: 'ankefristen' },
} as const satisfies Record<string, Record<ReasonLanguage, string>>;

/** The decision dates a letter may give, in words. */
const decisionDateNames = {
  decisionDate: { en: 'decision date', nb: 'Vedtaksdatoen' },
  decisionReceivedDate: { en: 'date the decision was received', nb: 'Datoen vedtaket ble mottatt' },
} as const satisfies Record<string, Record<ReasonLanguage, string>>;

/** 2025-03-20 as bokmål writes it: 20.03.2025. */
const dayNb = (iso: string) => iso.split('-').reverse().join('.');

const FORMAT_NAME: Record<string, string> = { pdf: 'PDF', tiff: 'TIFF', jpeg: 'JPEG', png: 'PNG' };

/** Names a reason's parameters refer to by code: document types and areas, from the configuration. */
export interface ReasonNames {
  type(code: string, language: ReasonLanguage): string;
  area(code: string, language: ReasonLanguage): string;
}

export function reasonNames(config: PostmottakConfig): ReasonNames {
  return {
    type: (code, language) => config.typeRules.find((r) => r.type === code)?.names[language] ?? code,
    area: (code, language) => (language === 'en' ? code : (config.areas.find((a) => a.code === code)?.name ?? code)),
  };
}

interface Say {
  p: ReasonParams;
  names: ReasonNames;
  /** A number as the language writes it: 0.85 / 0,85. */
  n(value: number, decimals?: number): string;
  bytes(value: number): string;
  pixels(value: number): string;
}

type Wording = Record<ReasonCode, (say: Say) => string>;

const str = (value: unknown) => (value === null || value === undefined ? '' : String(value));
const num = (value: unknown) => (typeof value === 'number' ? value : Number(value));
/** A case as people read its number (SPEC: `YYYY/NNNNN`); the params keep the id the store keys on. */
const caseNumber = (value: unknown) => displayCaseNumber(str(value));

/**
 * The document a follow-up waits for, as people read it: «the appeal received 20.03.2025» (QA s16: its
 * internal id told the archivist nothing). Its type and received date only: the reason is stored and
 * published (DocumentInReview, feed, archive), and SPEC lets events carry no file name (file names hold
 * people's names); `waitsForFile` stays in the params for the page to show at read time. A reason stored
 * before names it by id, as then.
 */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function openerOf(p: ReasonParams, names: ReasonNames, language: ReasonLanguage): string {
  if (p.waitsForFile === undefined) return language === 'nb' ? `dokument ${str(p.waitsFor)}` : `document ${str(p.waitsFor)}`;
  const type = p.waitsForType ? lowerFirst(names.type(str(p.waitsForType), language)) : language === 'nb' ? 'dokumentet' : 'document';
  const received = p.waitsForReceived ? typedFromIso(str(p.waitsForReceived)) : '';
  if (language === 'nb') return `${type}${received ? ` mottatt ${received}` : ''}`;
  return `the ${type}${received ? ` received ${received}` : ''}`;
}

/** An `unsure` reason's params as domain/wording/unsure-reason.ts reads them (typeConfidence absent in reasons recorded before it was given). */
function unsureFacts(p: ReasonParams, names: ReasonNames, language: ReasonLanguage): UnsureFacts {
  return {
    type: names.type(str(p.documentType), language),
    area: p.area === null || p.area === undefined ? null : names.area(str(p.area), language),
    confidence: num(p.confidence),
    threshold: num(p.threshold),
    typeConfidence: typeof p.typeConfidence === 'number' ? p.typeConfidence : null,
  };
}
/** «, 97 %» after the type's name, or nothing where the reason was recorded without the figure. */
const typeFigure = (p: ReasonParams) => (typeof p.typeConfidence === 'number' ? `, ${percent(p.typeConfidence)}` : '');
const pageOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const of = <T extends Record<string, Record<ReasonLanguage, string>>>(table: T, key: unknown, language: ReasonLanguage, fallback: keyof T) =>
  (table[str(key) as keyof T] ?? table[fallback])![language];

const ASK_AGAIN = { en: 'Please scan or send it again.', nb: 'Skann eller send den på nytt.' };

const en: Wording = {
  empty: () => 'The file is empty (0 bytes). Nothing was scanned into it; please scan or send it again.',
  too_large: ({ p, bytes }) =>
    `The file is ${bytes(num(p.bytes))}; the limit is ${bytes(num(p.limitBytes))}. Please split it into smaller files, or scan at 300 dpi in black and white or greyscale.`,
  too_many_pages: ({ p }) => `The file has ${num(p.pages)} ${p.unit === 'images' ? 'images' : 'pages'}; the limit is ${num(p.limit)} per file. Please split it into several files.`,
  too_many_pixels: ({ p, pixels }) => {
    const page = pageOrNull(p.page);
    return (
      `${page !== null ? `Page ${page} is` : 'The image is'} ${num(p.width)} × ${num(p.height)} pixels (${pixels(num(p.width) * num(p.height))}); the limit is ${pixels(num(p.limitPixels))} per page. ` +
      'A real scan of a letter is far smaller, so the file is either damaged or made to overload the system. Please scan the original again at 300 dpi.'
    );
  },
  pdf_page_too_large: ({ p }) => {
    const page = pageOrNull(p.page);
    return (
      `${page !== null ? `Page ${page} of the PDF` : 'The PDF page'} measures ${str(p.widthCm)} × ${str(p.heightCm)} cm, ` +
      `which at ${num(p.dpi)} dpi is more than the limit of ${num(p.limitMegapixels)} megapixels per page. Letters up to A3 are accepted; please send a smaller page size.`
    );
  },
  not_a_readable_format: ({ p }) =>
    `The file is not a PDF, TIFF, JPEG or PNG (it looks like ${of(fileKinds, p.looksLike, 'en', 'unknown')}), whatever its name says. Please print it to PDF or scan it, and send it again.`,
  image_damaged: ({ p }) => {
    const page = pageOrNull(p.page);
    const detail = of(decodeProblems, p.problem, 'en', 'invalid');
    return `The ${FORMAT_NAME[str(p.format)] ?? str(p.format)} file is damaged or incomplete (${page !== null ? `page ${page}: ${detail}` : detail}), so it cannot be read. ${ASK_AGAIN.en}`;
  },
  pdf_truncated: () => `The PDF is incomplete: it stops before its end marker, so it was probably cut off during upload or scanning. ${ASK_AGAIN.en}`,
  pdf_no_pages: () => `The PDF has no pages. ${ASK_AGAIN.en}`,
  pdf_encrypted: () => 'The PDF is password-protected, so it cannot be opened. Please ask the sender for a copy without a password, or print and scan it.',
  pdf_damaged: () => `The PDF is damaged and cannot be opened (its internal structure is broken). ${ASK_AGAIN.en}`,
  no_text: () => 'No readable text was found in this document (a photo, or an image without writing?). Please look at it and register it by hand.',
  unsure: ({ p, names }) => unsureReason('en', unsureFacts(p, names, 'en')),
  comments_or_appeal: ({ p, names }) =>
    `The heading reads both as comments and as an appeal (a comments word followed by "appeal"), so the machine does not decide between them; it read the text as ${names.type(str(p.documentType), 'en')}. Comments go to the case they comment on; an appeal opens a case and gets an acknowledgement. Choose the type, and the case.`,
  answers_nothing: ({ p, names }) =>
    `Read as ${names.type(str(p.documentType), 'en')}, but the letter answers nothing: it does not answer the transfer letter or the first instance's assessment, nor an invitation to comment, nor add arguments to the appeal. It may be ordinary correspondence (a question about the case, a new address, a copy for information), so the machine does not route it. Choose the type, and the case.`,
  area_contested: ({ p, names }) =>
    `The case area is contested: the machine is sure what this document is (${names.type(str(p.documentType), 'en')}${typeFigure(p)}) and read its area as ${names.area(str(p.area), 'en')}, but the letter also names a law, benefit, unit or case reference of ${names.area(str(p.evidenceArea), 'en')}. Choose the area.`,
  no_decision_date: ({ p, names }) => `No decision date found in the ${names.type(str(p.documentType), 'en')}, so the appeal deadline cannot be checked. Add the date of the decision.`,
  decision_date_after_received: ({ p, names }) =>
    `The ${of(decisionDateNames, p.field, 'en', 'decisionDate')} read from the ${names.type(str(p.documentType), 'en')}, ${str(p.date)}, is after the day the mail was received, ${str(p.receivedDate)}: probably misread. Check the date, so that ${of(decisionDeadlineNames, p.deadline, 'en', 'appeal_deadline')} is not counted from a day that cannot be right.`,
  chosen_case_missing: ({ p }) => `The case ${caseNumber(p.caseId)} chosen by the archivist does not exist. Choose an existing case, or none for a new one.`,
  cover_case_missing: ({ p }) => `The cover sheet names case ${str(p.caseNumber)}, which does not exist. Choose the case.`,
  cover_case_closed: ({ p }) => `The cover sheet names case ${str(p.caseNumber)}, which is closed. Choose the case.`,
  case_closed_meanwhile: ({ p }) => `The letter was matched to case ${str(p.caseNumber)}, which was closed (given up as opened in error) before it could be filed there. Choose the right case.`,
  sheet_case_person_mismatch: ({ p }) =>
    `The cover sheet names case ${str(p.caseNumber)}, but the national id read from the document is not that of a party of the case: the sheet may have been put on another person's document. Check it, and choose the case.`,
  sheet_case_persons_unknown: ({ p }) =>
    `The cover sheet names case ${str(p.caseNumber)}, but the case has no national id registered for any party, while the document names a person by national id: the sheet may have been put on another person's document. Check that the document is about the case's party, and choose the case.`,
  sheet_case_area_mismatch: ({ p, names }) =>
    `The cover sheet names case ${str(p.caseNumber)} and the area ${names.area(str(p.sheetArea), 'en')}, but the case is about ${names.area(str(p.caseArea), 'en')}. Check the sheet, and choose the case.`,
  no_matching_case: ({ p, names }) =>
    `${capitalised(withIndefiniteArticle(names.type(str(p.documentType), 'en')))} must be added to an existing case, but no open case matches its case references or national id. Choose the case.`,
  same_person_other_decision: ({ p, names }) =>
    `The same person has one open case, ${caseNumber(p.caseId)} (${names.area(str(p.caseArea), 'en')}), but this ${names.type(str(p.documentType), 'en')} (read as ${names.area(str(p.area), 'en')}) may be about another decision: the machine cannot tell whether it belongs on that case or opens a new one (no decision date to compare, or the area is unsure). Choose the case, or none for a new case.`,
  waiting_for_case: ({ p, names }) =>
    `Waiting for case: this ${names.type(str(p.documentType), 'en')} belongs with ${openerOf(p, names, 'en')}, which is waiting in review; it is registered on that document's case as soon as the archivist decides it.`,
  waiting_for_main_document: ({ p }) =>
    `An attachment (vedlegg) whose main document ${str(p.waitsFor)} is waiting for an archivist; it follows the main document to its case.`,
  technical_failure: ({ p }) => `Technical failure while ${of(failedStages, p.stage, 'en', 'route')} (${str(p.error)}); an archivist must register it by hand.`,
};

const nb: Wording = {
  empty: () => 'Filen er tom (0 byte). Ingenting ble skannet inn i den; skann eller send den på nytt.',
  too_large: ({ p, bytes }) =>
    `Filen er ${bytes(num(p.bytes))}; grensen er ${bytes(num(p.limitBytes))}. Del den i mindre filer, eller skann med 300 dpi i svart-hvitt eller gråtoner.`,
  too_many_pages: ({ p }) => `Filen har ${num(p.pages)} ${p.unit === 'images' ? 'bilder' : 'sider'}; grensen er ${num(p.limit)} per fil. Del den i flere filer.`,
  too_many_pixels: ({ p, pixels }) => {
    const page = pageOrNull(p.page);
    return (
      `${page !== null ? `Side ${page} er` : 'Bildet er'} ${num(p.width)} × ${num(p.height)} piksler (${pixels(num(p.width) * num(p.height))}); grensen er ${pixels(num(p.limitPixels))} per side. ` +
      'En ekte skanning av et brev er langt mindre, så filen er enten skadet eller laget for å overbelaste systemet. Skann originalen på nytt med 300 dpi.'
    );
  },
  pdf_page_too_large: ({ p }) => {
    const page = pageOrNull(p.page);
    return (
      `${page !== null ? `Side ${page} i PDF-en` : 'PDF-siden'} måler ${str(p.widthCm)} × ${str(p.heightCm)} cm, ` +
      `som ved ${num(p.dpi)} dpi er over grensen på ${num(p.limitMegapixels)} megapiksler per side. Brev opp til A3 tas imot; send en mindre sidestørrelse.`
    );
  },
  not_a_readable_format: ({ p }) =>
    `Filen er ikke PDF, TIFF, JPEG eller PNG (den ser ut som ${of(fileKinds, p.looksLike, 'nb', 'unknown')}), uansett hva navnet sier. Skriv den ut til PDF eller skann den, og send den på nytt.`,
  image_damaged: ({ p }) => {
    const page = pageOrNull(p.page);
    const detail = of(decodeProblems, p.problem, 'nb', 'invalid');
    return `${FORMAT_NAME[str(p.format)] ?? str(p.format)}-filen er skadet eller ufullstendig (${page !== null ? `side ${page}: ${detail}` : detail}), så den kan ikke leses. ${ASK_AGAIN.nb}`;
  },
  pdf_truncated: () => `PDF-en er ufullstendig: den stopper før sluttmerket, så den ble trolig avbrutt under opplasting eller skanning. ${ASK_AGAIN.nb}`,
  pdf_no_pages: () => `PDF-en har ingen sider. ${ASK_AGAIN.nb}`,
  pdf_encrypted: () => 'PDF-en er passordbeskyttet og kan ikke åpnes. Be avsenderen om en kopi uten passord, eller skriv den ut og skann den.',
  pdf_damaged: () => `PDF-en er skadet og kan ikke åpnes (den indre strukturen er ødelagt). ${ASK_AGAIN.nb}`,
  no_text: () => 'Fant ingen lesbar tekst i dokumentet (et bilde, eller et bilde uten skrift?). Se på det og registrer det manuelt.',
  unsure: ({ p, names }) => unsureReason('nb', unsureFacts(p, names, 'nb')),
  comments_or_appeal: ({ p, names }) =>
    `Overskriften kan leses både som merknader og som klage (et ord for merknader fulgt av «klage»), så maskinen velger ikke mellom dem; teksten ble lest som ${names.type(str(p.documentType), 'nb')}. Merknader legges til saken de gjelder, mens en klage oppretter en sak og får kvittering. Velg dokumenttype og sak.`,
  answers_nothing: ({ p, names }) =>
    `Lest som ${names.type(str(p.documentType), 'nb')}, men brevet svarer ikke på noe: det svarer ikke på oversendelsesbrevet eller førsteinstansens vurdering, ikke på en invitasjon til å uttale seg, og legger ikke til noe i klagen. Det kan være en vanlig henvendelse (spørsmål om saken, ny adresse, kopi til orientering), så maskinen ruter det ikke. Velg dokumenttype og sak.`,
  area_contested: ({ p, names }) =>
    `Saksområdet er uklart: maskinen er sikker på hva dokumentet er (${names.type(str(p.documentType), 'nb')}${typeFigure(p)}) og leste saksområdet som ${names.area(str(p.area), 'nb')}, men brevet viser også til lov, ytelse, enhet eller saksreferanse for ${names.area(str(p.evidenceArea), 'nb')}. Velg saksområde.`,
  no_decision_date: ({ p, names }) =>
    `Fant ingen vedtaksdato i dokumentet (${names.type(str(p.documentType), 'nb')}), så klagefristen kan ikke kontrolleres. Legg inn datoen for vedtaket.`,
  decision_date_after_received: ({ p, names }) =>
    `${of(decisionDateNames, p.field, 'nb', 'decisionDate')} som ble lest i dokumentet (${names.type(str(p.documentType), 'nb')}), ${dayNb(str(p.date))}, er etter dagen posten ble mottatt, ${dayNb(str(p.receivedDate))}: trolig feillest. Kontroller datoen, så ${of(decisionDeadlineNames, p.deadline, 'nb', 'appeal_deadline')} ikke regnes fra en dag som ikke kan stemme.`,
  chosen_case_missing: ({ p }) => `Saken ${caseNumber(p.caseId)} som arkivaren valgte, finnes ikke. Velg en eksisterende sak, eller ingen for en ny sak.`,
  cover_case_missing: ({ p }) => `Førstesiden viser til sak ${str(p.caseNumber)}, som ikke finnes. Velg saken.`,
  cover_case_closed: ({ p }) => `Førstesiden viser til sak ${str(p.caseNumber)}, som er avsluttet. Velg saken.`,
  case_closed_meanwhile: ({ p }) => `Brevet hørte til sak ${str(p.caseNumber)}, som ble avsluttet (opprettet ved feil) før det kunne journalføres der. Velg riktig sak.`,
  sheet_case_person_mismatch: ({ p }) =>
    `Førstesiden viser til sak ${str(p.caseNumber)}, men fødselsnummeret i dokumentet tilhører ingen part i saken: førstesiden kan være lagt på en annen persons dokument. Kontroller det, og velg saken.`,
  sheet_case_persons_unknown: ({ p }) =>
    `Førstesiden viser til sak ${str(p.caseNumber)}, men saken har ikke registrert fødselsnummer for noen part, og dokumentet nevner en person med fødselsnummer: førstesiden kan være lagt på en annen persons dokument. Kontroller at dokumentet gjelder en part i saken, og velg saken.`,
  sheet_case_area_mismatch: ({ p, names }) =>
    `Førstesiden viser til sak ${str(p.caseNumber)} og saksområdet ${names.area(str(p.sheetArea), 'nb')}, men saken gjelder ${names.area(str(p.caseArea), 'nb')}. Kontroller førstesiden, og velg saken.`,
  no_matching_case: ({ p, names }) =>
    `Dokumentet (${names.type(str(p.documentType), 'nb')}) skal legges til en eksisterende sak, men ingen åpen sak passer med saksreferansene eller fødselsnummeret. Velg saken.`,
  same_person_other_decision: ({ p, names }) =>
    `Samme person har én åpen sak, ${caseNumber(p.caseId)} (${names.area(str(p.caseArea), 'nb')}), men dette dokumentet (${names.type(str(p.documentType), 'nb')}, lest som ${names.area(str(p.area), 'nb')}) kan gjelde et annet vedtak: maskinen kan ikke avgjøre om det hører til den saken eller skal opprette en ny (ingen vedtaksdato å sammenligne med, eller usikkert saksområde). Velg saken, eller ingen for en ny sak.`,
  waiting_for_case: ({ p, names }) =>
    `Venter på sak: dette dokumentet (${names.type(str(p.documentType), 'nb')}) hører til ${openerOf(p, names, 'nb')}, som venter til kontroll; det journalføres på den saken så snart arkivaren har avgjort det.`,
  waiting_for_main_document: ({ p }) =>
    `Et vedlegg til hoveddokumentet ${str(p.waitsFor)}, som venter til kontroll; vedlegget følger hoveddokumentet til saken.`,
  technical_failure: ({ p }) => `Teknisk feil mens ${of(failedStages, p.stage, 'nb', 'route')} (${str(p.error)}); en arkivar må registrere det manuelt.`,
};

const wordings: Record<ReasonLanguage, Wording> = { en, nb };
const ALSO: Record<ReasonLanguage, string> = { en: 'Also:', nb: 'Dessuten:' };

function say(p: ReasonParams, language: ReasonLanguage, names: ReasonNames): Say {
  const decimal = (text: string) => (language === 'nb' ? text.replace('.', ',') : text);
  return {
    p,
    names,
    n: (value, decimals = 2) => decimal(value.toFixed(decimals)),
    bytes: (value) => {
      if (value < 1024 * 1024) return `${Math.max(1, Math.round(value / 1024))} KB`;
      const mb = value / (1024 * 1024);
      return `${mb >= 10 ? Math.round(mb) : decimal(mb.toFixed(1))} MB`;
    },
    pixels: (value) => {
      const mp = value / 1_000_000;
      return `${mp >= 10 ? Math.round(mp) : decimal(mp.toFixed(1))} ${language === 'nb' ? 'megapiksler' : 'megapixels'}`;
    },
  };
}

/** A reason in words. */
export function reasonText(reason: Reason, language: ReasonLanguage, names: ReasonNames): string {
  const wording = wordings[language];
  const text = wording[reason.code](say(reason.params, language, names));
  return reason.also ? `${text} ${ALSO[language]} ${wording[reason.also.code](say(reason.also.params, language, names))}` : text;
}

/** A reason and its English words together, for the places that keep both (the state, the stored record). */
export function because(code: ReasonCode, params: ReasonParams = {}, names?: ReasonNames): { reason: string; reasonCode: Reason } {
  const reasonCode: Reason = { code, params };
  return { reason: reasonText(reasonCode, 'en', names ?? plainNames), reasonCode };
}

/** Names left as codes: for reasons that name no type or area. */
export const plainNames: ReasonNames = { type: (code) => code, area: (code) => code };
