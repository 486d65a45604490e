/**
 * Writes the sample scans in samples/ that `npm start` runs through the pipeline: a small day of
 * mail, in the formats the mailroom sends (text PDF, scanned G4 TIFF, phone JPEG) and one bad file.
 * National ids are synthetic (birth month + 80). Run: npx tsx scripts/make-samples.ts
 */
import { writeFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderTextPdf, renderPageImage, degrade, toTiffG4, toJpeg } from '../corpus/render.ts';

const dir = fileURLToPath(new URL('../samples/', import.meta.url));

const transfer = [
  'Helfo',
  'Postboks 2415, 3104 Tønsberg',
  '',
  'Nasjonalt klageorgan for helsetjenesten',
  'Postboks 6355 Etterstad, 0604 Oslo',
  '',
  'Vår ref.: 24/113188                                   Dato: 18.03.2025',
  '',
  'OVERSENDELSE AV KLAGESAK – TANNBEHANDLING',
  '',
  'Vi oversender klagesak for Kari Nordmann, fødselsnummer 128385 10068,',
  'som gjelder stønad til tannbehandling etter folketrygdloven § 5-6.',
  '',
  'Helfo avslo søknaden i vedtak datert 12.02.2025. Klagen kom inn 24.02.2025.',
  'Vi har vurdert klagen, men finner ikke grunn til å endre vedtaket.',
  'Periodontittbehandlingen oppfyller ikke vilkårene i innslagspunkt 6.',
  '',
  'Sakens dokumenter følger vedlagt:',
  '1. Søknad fra tannlege, 20.01.2025',
  '2. Vedtak, 12.02.2025',
  '3. Klage, 24.02.2025',
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
  'Kongsberg, 17. mars 2025',
  '',
  'Klage på vedtak om stønad til tannbehandling',
  'Deres ref.: 25/004127',
  'Fødselsnummer: 07839513733',
  '',
  'Jeg klager på vedtaket av 12. mars 2025 om avslag på stønad til tannbehandling.',
  'Jeg mottok vedtaket den 14.03.2025.',
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
  'Pasienten har vært til behandling siden 2023. Tilstanden har ført til',
  'tap av festevev og smerter. Funksjonsevnen ved tygging er nedsatt.',
  'Jeg anbefaler at behandlingen dekkes.',
  '',
  'Kongsberg, 10.03.2025',
  'Ingrid Berg, lege',
];

const sickPayAppeal = [
  'Per Hansen',
  'Fjellveien 3, 5003 Bergen',
  '',
  'NAV',
  'Postboks 6600 Etterstad, 0607 Oslo',
  '',
  'Bergen, 11.03.2025',
  '',
  'KLAGE PÅ VEDTAK OM SYKEPENGER',
  '',
  'Fødselsnummer: 249190 10009',
  'Saksnummer: 2025/04127',
  '',
  'Jeg klager på vedtak datert 28.02.2025 der NAV stanset sykepengene mine.',
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
  'Jeg har fått ny time hos spesialist i april.',
  '',
  'Hilsen',
  'Lise Larsen',
];

async function main(): Promise<void> {
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

await main();
