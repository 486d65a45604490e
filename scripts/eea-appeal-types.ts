/**
 * Appeals written in English, Danish and Swedish and their must-nots (corpus/eea-appeals-dev.ts, session 23, issue
 * 13): per letter the type read, its confidence, whether the Link stage would route it, and what the lodged-appeal
 * reading (domain/classify/lodged-appeal.ts) found — in this worktree and, with `--base DIR` (another checkout,
 * such as /work/main before the change), in that one's classifier beside it; then the precision of the confirming
 * boost on every set a rule is measured on (never the test half) and the earlier slices. Ids, labels and figures only.
 *
 *   npx tsx scripts/eea-appeal-types.ts [--base /work/main]
 */
import { resolve } from 'node:path';
import { loadConfig } from '../config/load.ts';
import { linkThreshold, mustLink } from '../domain/config.ts';
import * as here from '../domain/classify/index.ts';
import * as hereLodged from '../domain/classify/lodged-appeal.ts';
import { eeaDevSlice } from '../corpus/eea-appeals-dev.ts';
import { correspondenceDevSlice } from '../corpus/correspondence-dev.ts';
import { commentsCorrespondenceDevSlice } from '../corpus/comments-correspondence-dev.ts';
import { writerAppealDevSlice } from '../corpus/writer-appeals-dev.ts';
import { openerDevSlice } from '../corpus/opener-appeals-dev.ts';
import { earlierAppealDevSlice } from '../corpus/earlier-appeal-dev.ts';
import { ruleMeasurementSets } from './rule-measurement-sets.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('eea-appeal-types', { options: { base: { type: 'string' } } });
const out = (s = '') => process.stdout.write(`${s}\n`);
const config = loadConfig();

interface Reader {
  name: string;
  classify: typeof here.classifyDocument;
  lodged: typeof hereLodged.readLodgedAppeal;
}
const readers: Reader[] = [];
if (values.base) {
  const dir = resolve(values.base);
  const c = (await import(resolve(dir, 'domain/classify/index.ts'))) as typeof here;
  const l = (await import(resolve(dir, 'domain/classify/lodged-appeal.ts'))) as typeof hereLodged;
  readers.push({ name: 'base', classify: c.classifyDocument, lodged: l.readLodgedAppeal });
}
readers.push({ name: 'here', classify: here.classifyDocument, lodged: hereLodged.readLodgedAppeal });

for (const r of readers) {
  let right = 0;
  let routedRight = 0;
  let routedWrong = 0;
  let lodgedAppeals = 0;
  let lodgedMustNots = 0;
  out(`== ${r.name}`);
  for (const l of eeaDevSlice) {
    const c = r.classify(l.text, config);
    const links = mustLink(config, c.documentType);
    const confidence = links ? c.typeConfidence : c.confidence;
    const routed = c.hold === null && confidence >= linkThreshold(config, links ? 'mustLink' : 'newCase');
    const lodged = r.lodged(l.text);
    const ok = c.documentType === l.documentType;
    right += ok ? 1 : 0;
    routedRight += ok && routed ? 1 : 0;
    routedWrong += !ok && routed ? 1 : 0;
    if (lodged?.firm && l.documentType === 'appeal') lodgedAppeals += 1;
    if (lodged?.firm && l.documentType !== 'appeal') lodgedMustNots += 1;
    out(
      `${l.id} ${l.language} ${l.documentType.padEnd(19)} read ${c.documentType.padEnd(28)} type ${c.typeConfidence.toFixed(2)} conf ${c.confidence.toFixed(2)} ${c.area.padEnd(20)} ` +
        `${c.hold ?? '-'} ${routed ? (ok ? 'ROUTED' : 'ROUTED-WRONG') : 'held'} lodged ${lodged ? (lodged.firm ? 'firm' : 'unsure') : '-'}`,
    );
  }
  out(`${r.name}: type right ${right}/${eeaDevSlice.length}; routed right ${routedRight}; routed wrong ${routedWrong}; firm lodging in appeals ${lodgedAppeals}/20, in must-nots ${lodgedMustNots}/20`);
}

// Precision on every set a rule is measured on (never the test half) and the earlier sessions' slices: the letters a
// firm lodging confirms (read as an appeal with the lodging's boost) by true type, and letters routed as a type they are
// not, here and (with --base) there.
const sets: [string, { text: string; documentType: string }[]][] = [
  ...ruleMeasurementSets(),
  ['session 19 correspondence', correspondenceDevSlice],
  ['session 21 comments/corr.', commentsCorrespondenceDevSlice],
  ['session 21 writer appeals', writerAppealDevSlice],
  ['session 22 openers', openerDevSlice],
  ['session 22 earlier appeal', earlierAppealDevSlice],
  ['session 23 en/da/sv', eeaDevSlice],
];
out('confirmed by a firm lodging (by true type); routed as a wrong type (base → here)');
for (const [name, docs] of sets) {
  const confirmedBy = new Map<string, number>();
  const wrong = readers.map(() => 0);
  const through = readers.map(() => 0);
  for (const d of docs) {
    readers.forEach((r, k) => {
      const c = r.classify(d.text, config);
      const links = mustLink(config, c.documentType);
      const routed = c.hold === null && (links ? c.typeConfidence : c.confidence) >= linkThreshold(config, links ? 'mustLink' : 'newCase');
      if (routed) through[k]! += 1;
      if (routed && c.documentType !== d.documentType) wrong[k]! += 1;
      if (r.name === 'here' && c.explanation.some((e) => e.feature.startsWith('rule:lodges the appeal itself') && !e.feature.includes('), not '))) confirmedBy.set(d.documentType, (confirmedBy.get(d.documentType) ?? 0) + 1);
    });
  }
  const byType = [...confirmedBy].map(([t, n]) => `${t} ${n}`).join(', ') || '–';
  out(`  ${name.padEnd(26)} ${String(docs.length).padStart(4)} letters; confirmed: ${byType}; routed ${through.join(' → ')}, of them wrong type ${wrong.join(' → ')}`);
}
