/**
 * The picture of an acknowledgement letter in the README: `npx tsx scripts/render-sample-letter.ts`.
 * Renders the bokmål acknowledgement for an invented appellant through the same templates and PDF
 * engine the pipeline uses, then rasterises page 1 with Debian's pdftoppm (poppler-utils) into
 * docs/acknowledgement-letter.png.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeLetter } from '../domain/letters/compose.ts';
import { defaultLettersConfig } from '../config/letters.ts';
import { renderLetterPdf } from '../engines/pdf/letter-pdf.ts';

const docs = fileURLToPath(new URL('../docs/', import.meta.url));
const script = fileURLToPath(new URL('./ensure-system-packages.sh', import.meta.url));
execFileSync('bash', [script, 'poppler'], { stdio: 'inherit' });

const letter = composeLetter(
  {
    kind: 'appeal_acknowledgement',
    language: 'nb',
    caseNumber: '2025/00001',
    letterDate: '2025-03-20',
    receivedDate: '2025-03-20',
    expectedDate: '2025-06-20',
    recipient: { name: 'Kari Nordmann', address: ['Storgata 12B', '0467 Oslo'] },
    appellantName: 'Kari Nordmann',
  },
  defaultLettersConfig(),
);
const pdf = await renderLetterPdf(letter, { created: new Date('2025-03-20T08:00:00Z'), title: 'Bekreftelse på mottatt klage' });
const dir = mkdtempSync(path.join(tmpdir(), 'sample-letter-'));
try {
  const file = path.join(dir, 'letter.pdf');
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', '80', '-png', '-singlefile', '-f', '1', '-l', '1', file, path.join(docs, 'acknowledgement-letter')]);
  process.stderr.write('wrote docs/acknowledgement-letter.png\n');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
