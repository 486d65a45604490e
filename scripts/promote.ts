/**
 * The promotion rule of `npm run train` for a candidate already written (`npm run train -- --out
 * candidate.json`), without training again: both evaluation sets, paired with the promoted model
 * (scripts/promotion-sets.ts, domain/classify/promotion.ts); recorded in models/promotions.json, and
 * the candidate written to models/current.json when promoted, with the Link thresholds it was judged at
 * (chosen on the unseen calibration half) in config/postmottak.json. The held-out set here is the
 * eval-family scans only (a held-out share of archivists' examples exists only inside a training run).
 *
 *   npx tsx scripts/promote.ts --candidate candidate.json [--dry-run]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load.ts';
import type { ModelFile } from '../domain/classify/index.ts';
import { loadRecords } from '../corpus/records.ts';
import { compareWithPromoted, describeSets } from './promotion-sets.ts';
import { recordPromotion } from './promotion-record.ts';

const { values } = parseArgs({ options: { candidate: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } } });
if (!values.candidate) {
  process.stderr.write('--candidate FILE is required\n');
  process.exit(2);
}
const currentFile = fileURLToPath(new URL('../models/current.json', import.meta.url));
const promotionsFile = fileURLToPath(new URL('../models/promotions.json', import.meta.url));
const configFile = fileURLToPath(new URL('../config/postmottak.json', import.meta.url));
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as ModelFile;
const candidate = read(values.candidate);
const current = read(currentFile);
const heldOut = loadRecords('eval-ocr').map((r) => ({ id: r.id, text: r.text, documentType: r.documentType, area: r.area, language: r.language }));
const { sets, thresholds, decision, shipped } = compareWithPromoted(heldOut, candidate, current, currentFile, loadConfig());
for (const line of describeSets(sets, thresholds)) process.stdout.write(`${line}\n`);
process.stdout.write(`${decision.promote ? 'PROMOTED' : 'not promoted'}: ${decision.reason}\n`);
if (!values['dry-run']) {
  const wrote = recordPromotion({ promotionsFile, currentFile, configFile }, { candidate: shipped, comparedWith: current.version, decision, thresholds, sets });
  process.stdout.write(`wrote ${wrote.join(', ')}\n`);
}
