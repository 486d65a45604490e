/**
 * extractParties' CPU on a letter whose body is one long line (a scan's text layer with no line breaks),
 * with "fullmakt" in it: the grant and name searches must stay near linear; and a form whose blank is one long
 * line of dots, of spaces or of underscores (the form-blank search must stay linear). Prints CPU ms per length.
 * `npx tsx scripts/bench-parties-long-line.ts` (run with `nice` on a shared machine).
 */
import { norwegianPostcodes } from '../config/postcodes.ts';
import { extractParties } from '../domain/parties/index.ts';

const postcodes = norwegianPostcodes();
const words = ['jeg', 'klager', 'på', 'vedtaket', 'om', 'hjelp', 'og', 'ber', 'om', 'ny', 'vurdering', 'fordi', 'saken', 'er', 'viktig', 'Ola', 'Hansen', 'fullmakt'];
for (const length of [2_000, 8_000, 32_000, 64_000]) {
  let body = '';
  for (let i = 0; body.length < length; i++) body += `${words[i % words.length]} `;
  const text = ['Ola Hansen', 'Bakkeveien 3', '3060 Svelvik', '', body, '', 'Hilsen', 'Ola Hansen'].join('\n');
  const start = process.cpuUsage();
  extractParties(text, { hashNationalId: () => 'a'.repeat(64), postcodes });
  const used = process.cpuUsage(start);
  console.log(`${length} characters: ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`);
}

// A hand-filled form's blank run long: dot leaders, spaces, underscores to the line's end, with a value after.
const blanks: Record<string, string> = { dots: '.', 'dots and spaces': '. ', spaces: ' ', underscores: '_' };
for (const [kind, unit] of Object.entries(blanks)) {
  for (const length of [16_000, 64_000]) {
    const text = ['Navn: __Ola Hansen__', `Adresse: Bakkeveien 3${unit.repeat(length / unit.length)}x`, 'Postnr./sted: 3060 Svelvik', '', 'Jeg klager på vedtaket.', '', 'Hilsen', 'Ola Hansen'].join('\n');
    const start = process.cpuUsage();
    extractParties(text, { hashNationalId: () => 'a'.repeat(64), postcodes });
    const used = process.cpuUsage(start);
    console.log(`a line of ${kind}, ${length} characters: ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`);
  }
}
