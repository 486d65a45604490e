/**
 * A small day of mail, in the formats the mailroom sends (text PDF, scanned G4 TIFF, phone JPEG) and
 * one bad file, every date in it counted back from the day it arrives: `npm start` (scripts/demo.ts)
 * makes the day that arrives today, so the letters postmottak writes (dated today) and the deadlines
 * (counted from the received day) agree with what the letters say. samples/ holds the same day arriving
 * 20.03.2025, for the examples in the README. National ids are synthetic (birth month + 80).
 * Run: npx tsx scripts/make-samples.ts [FOLDER] [--received ÅÅÅÅ-MM-DD]
 */
import { writeFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderTextPdf, renderPageImage, degrade, toTiffG4, toJpeg } from '../corpus/render.ts';
import { addDays, isNonWorkingDay } from '../domain/calendar.ts';
import { monthName, norwegianDate } from '../domain/letters/norwegian-date.ts';
import { scriptArgs } from './script-args.ts';

type IsoDate = string;

/** The day samples/ arrives (README's examples). */
export const samplesReceived = '2025-03-20';

/**
 * Dates as the letters write them, `days` before the day they arrive: 18.03.2025, or «17. mars 2025».
 * A letter is written on a working day, so a date on a weekend or public holiday moves to the working
 * day before (the 20.03.2025 sample day has none, and its files stay the same bytes).
 */
export function daysBefore(received: IsoDate, days: number) {
  let date = addDays(received, -days);
  if (days > 0) while (isNonWorkingDay(date)) date = addDays(date, -1);
  const [y, m, d] = date.split('-');
  return { short: `${d}.${m}.${y}`, long: norwegianDate(date, 'nb'), month: monthName(Number(m), 'nb'), year: Number(y) };
}

function letters(received: IsoDate) {
  const at = (days: number) => daysBefore(received, days);
const transfer = [
  'Helfo',
  'Postboks 2415, 3104 Tønsberg',
  '',
  'Nasjonalt klageorgan for helsetjenesten',
  'Postboks 6355 Etterstad, 0604 Oslo',
  '',
  `Vår ref.: 24/113188                                   Dato: ${at(2).short}`,
  '',
  'OVERSENDELSE AV KLAGESAK – TANNBEHANDLING',
  '',
  'Vi oversender klagesak for Kari Nordmann, fødselsnummer 128385 10068,',
  'som gjelder stønad til tannbehandling etter folketrygdloven § 5-6.',
  '',
  `Helfo avslo søknaden i vedtak datert ${at(36).short}. Klagen kom inn ${at(24).short}.`,
  'Vi har vurdert klagen, men finner ikke grunn til å endre vedtaket.',
  'Periodontittbehandlingen oppfyller ikke vilkårene i innslagspunkt 6.',
  '',
  'Sakens dokumenter følger vedlagt:',
  `1. Søknad fra tannlege, ${at(59).short}`,
  `2. Vedtak, ${at(36).short}`,
  `3. Klage, ${at(24).short}`,
  '',
  'Med vennlig hilsen',
  'Helfo, klageenheten',
];

const appeal = [
  'Ola Nordmann',
  'Storgata 12, 3612 Kongsberg',
  '',
  'Helfo',
  'Postboks 2415, 3104 Tønsberg',
  '',
  `Kongsberg, ${at(3).long}`,
  '',
  'Klage på vedtak om stønad til tannbehandling',
  'Deres ref.: 25/004127',
  'Fødselsnummer: 07839513733',
  '',
  `Jeg klager på vedtaket av ${at(8).long} om avslag på stønad til tannbehandling.`,
  `Jeg mottok vedtaket den ${at(6).short}.`,
  '',
  'Jeg er uenig i vurderingen. Tannlegen min har dokumentert at jeg har',
  'alvorlig periodontitt, og behandlingen er nødvendig. Jeg ber om at',
  'vedtaket omgjøres og at jeg får dekket utgiftene.',
  '',
  'Vedlagt: uttalelse fra tannlege.',
  '',
  'Med vennlig hilsen',
  'Ola Nordmann',
];

const declaration = [
  'Kongsberg legesenter',
  'Lege Ingrid Berg',
  '',
  'LEGEERKLÆRING',
  '',
  'Pasient: Kari Nordmann',
  'Fødselsnummer: 128385 10068',
  '',
  'Diagnose: K05.3 Kronisk periodontitt (ICD-10)',
  '',
  `Pasienten har vært til behandling siden ${at(0).year - 2}. Tilstanden har ført til`,
  'tap av festevev og smerter. Funksjonsevnen ved tygging er nedsatt.',
  'Jeg anbefaler at behandlingen dekkes.',
  '',
  `Kongsberg, ${at(10).short}`,
  'Ingrid Berg, lege',
];

const sickPayAppeal = [
  'Per Hansen',
  'Fjellveien 3, 5003 Bergen',
  '',
  'NAV',
  'Postboks 6600 Etterstad, 0607 Oslo',
  '',
  `Bergen, ${at(9).short}`,
  '',
  'KLAGE PÅ VEDTAK OM SYKEPENGER',
  '',
  'Fødselsnummer: 249190 10009',
  'Saksnummer: 2025/04127',
  '',
  `Jeg klager på vedtak datert ${at(20).short} der NAV stanset sykepengene mine.`,
  'Jeg er uenig i at jeg ikke fyller vilkårene. Sykmeldingen fra fastlegen',
  'viser at jeg fortsatt er arbeidsufør.',
  '',
  'Med hilsen',
  'Per Hansen',
];

const lonely = [
  'Til klageorganet',
  '',
  'Ettersendelse',
  '',
  'Jeg sender her noen flere opplysninger i saken min, slik jeg lovet på telefon.',
  `Jeg har fått ny time hos spesialist i ${at(-12).month}.`,
  '',
  'Hilsen',
  'Lise Larsen',
];

  return { transfer, appeal, declaration, sickPayAppeal, lonely };
}

/** Writes the day of mail arriving `received` into `dir` (emptied first). The bytes depend on the day only: the same day written again is the same files. */
export async function writeSamples(dir: string, received: IsoDate): Promise<void> {
  const { transfer, appeal, declaration, sickPayAppeal, lonely } = letters(received);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const write = (name: string, bytes: Buffer | Uint8Array) => writeFile(path.join(dir, name), bytes);

  await write('01-oversendelse-tannbehandling.pdf', await renderTextPdf([transfer]));
  await write('02-klage-tannbehandling.pdf', await renderTextPdf([appeal]));
  const declarationScan = await degrade(await renderPageImage(declaration), { rotateDeg: 0.6, noise: 0.04, greyPaper: true, seed: 3 });
  await write('03-legeerklaering-skannet.tif', await toTiffG4([declarationScan]));
  const photo = await degrade(await renderPageImage(sickPayAppeal), { rotateDeg: -1.2, blur: 0.6, jpegQuality: 70, greyPaper: true, seed: 4 });
  await write('04-klage-sykepenger-foto.jpg', await toJpeg(photo));
  await write('05-ettersendelse-uten-sak.pdf', await renderTextPdf([lonely]));
  // A file that says it is a PDF but is a ZIP archive: rejected whatever its name says.
  await write('06-ikke-en-pdf.pdf', Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00not really a pdf', 'latin1'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { values, positionals } = scriptArgs('make-samples', { allowPositionals: true, options: { received: { type: 'string', default: samplesReceived } } });
  await writeSamples(positionals[0] ?? fileURLToPath(new URL('../samples/', import.meta.url)), values.received);
}
