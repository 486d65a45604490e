import { idFor } from './national-ids.ts';

/** An appeal that names no decision date (QA session 9): it waits in review so the date can be given (SPEC). */
export const undatedAppeal = [
  'Ola Berg', 'Storgata 3, 0155 Oslo', '',
  'KLAGE PÅ VEDTAK OM STØNAD TIL TANNBEHANDLING', '',
  `Fødselsnummer: ${idFor(7, 5, 71)}`, '',
  'Jeg klager på vedtaket fra Helfo om stønad til tannbehandling. Jeg er uenig i avslaget.', '',
  'Med vennlig hilsen', 'Ola Berg',
];
