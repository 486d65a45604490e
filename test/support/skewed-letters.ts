import sharp from 'sharp';
import { degrade, renderPageImage } from '../../corpus/render.ts';

// Scans for the skewed page's second look (test/ocr/skewed-page.test.ts, test/ocr/second-look-failure.test.ts).
// An appeal shaped like the QA letter that was routed wrong (its own wording); synthetic national id (month + 80).
export const letter = [
  'Kari Nordmann', 'Bjørkeveien 12', '2815 Gjøvik', '', 'Til klageinstansen', '', 'Gjøvik 19. november 2026', '', 'KLAGE PÅ VEDTAK', '', 'Fødselsnummer 14876512345', '',
  'Jeg klager på vedtaket av 28. oktober 2026 der dere avslår søknaden min om stønad',
  'til legemidler mot astma.', '',
  'Jeg rekker ikke å skrive alt nå fordi jeg venter på en uttalelse fra legen min. Klagen er',
  'fristavbrytende. Jeg sender nærmere begrunnelse så snart jeg har fått papirene fra',
  'sykehuset, innen et par uker.', '', 'Hilsen', 'Kari Nordmann',
];
/** The letter as a 200 dpi scanner's greyscale JPEG (q60), fed in turned `rotateDeg` clockwise. */
export async function scan(rotateDeg: number): Promise<Buffer> {
  const scanned = await degrade(await renderPageImage(letter, { dpi: 200 }), { rotateDeg, noise: 0.003, seed: 1 });
  return sharp(scanned).jpeg({ quality: 60 }).withMetadata({ density: 200 }).toBuffer();
}

/** A letter on an A4 page at 200 dpi under a letterhead (a dark disk, r 190 px, and a word set 150 px high), scanned straight. */
export async function scanWithLogo(): Promise<Buffer> {
  const lines = [
    'Ola Bakken', 'Storgata 41', '7013 Trondheim', '', '', '', '', 'KLAGE PÅ VEDTAK', '',
    'Jeg viser til vedtaket datert 4. november 2026 om avslag på arbeidsavklaringspenger.',
    'Jeg er uenig i vurderingen av min arbeidsevne og ber om at saken vurderes på nytt.',
    'Legen min har skrevet en ny erklæring som jeg legger ved dette brevet som vedlegg.',
    'Dersom dere trenger flere opplysninger kan dere ringe meg på telefon hverdager.',
    'Jeg ber også om innsyn i alle dokumentene som ligger i saken min hos dere.',
    'Klagen gjelder hele vedtaket og ikke bare beregningen av ytelsen min.', '', 'Med vennlig hilsen', '', '', 'Ola Bakken',
  ];
  const text = lines.map((l, i) => `<text x="180" y="${640 + 44 * i}" font-size="30" xml:space="preserve">${l}</text>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1654" height="2339"><rect width="100%" height="100%" fill="#fff"/><g font-family="DejaVu Sans" fill="#111"><circle cx="400" cy="330" r="190" fill="#222"/><text x="620" y="380" font-size="150" font-weight="bold">HELSE</text>${text}</g></svg>`;
  const png = await sharp(Buffer.from(svg)).flatten({ background: '#fff' }).toColourspace('b-w').withDensity(200).png().toBuffer();
  return sharp(await degrade(png, { rotateDeg: 0, noise: 0.002, seed: 7, blur: 0.6 })).jpeg({ quality: 60 }).withMetadata({ density: 200 }).toBuffer();
}
