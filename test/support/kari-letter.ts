import { encodeSheetCode } from '#domain/sheets/sheet-code';
import { idFor } from './national-ids.ts';

/** Kari Nordmann (a synthetic national id), who appeals a dental-care decision: the letter that heads the split-file fixtures. */
export const kari = idFor(12, 3, 85);

export const kariAppeal = [
  'Kari Nordmann', 'Storgata 1, 0155 Oslo', '', 'Oslo, 18.03.2025', '',
  'KLAGE PÅ VEDTAK OM STØNAD TIL TANNBEHANDLING', '',
  `Fødselsnummer: ${kari}`, '',
  'Jeg klager på vedtak datert 12.03.2025 der Helfo avslo stønad til tannbehandling.',
  'Jeg er uenig i vedtaket. Behandlingen var nødvendig etter sykdom.', '', 'Med hilsen', 'Kari Nordmann',
];

/** A separator sheet as printed: it splits a file into documents. */
export const separatorSheet = ['SKILLEARK', 'Legg dette arket mellom dokumentene.', encodeSheetCode({ kind: 'separator' })];
