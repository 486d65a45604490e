/**
 * Appeals that open a case in the phrasings of corpus/opener-appeals-dev.ts (session 22, issue 13) and their
 * near misses: per letter the type read, its confidence, the area, the hold, whether the Link stage would route
 * it, and what the lodged-appeal reading (domain/classify/lodged-appeal.ts) found. Then the reading's precision
 * on the sets a rule is measured on (never the test half). Ids, labels and figures only.
 *
 *   npx tsx scripts/opener-appeal-types.ts
 */
import { loadConfig } from '../config/load.ts';
import { linkThreshold, mustLink } from '../domain/config.ts';
import { classifyDocument } from '../domain/classify/index.ts';
import { readLodgedAppeal } from '../domain/classify/lodged-appeal.ts';
import { openerDevSlice } from '../corpus/opener-appeals-dev.ts';
import { writerAppealDevSlice } from '../corpus/writer-appeals-dev.ts';
import { correspondenceDevSlice } from '../corpus/correspondence-dev.ts';
import { ruleMeasurementSets } from './rule-measurement-sets.ts';

const out = (s = '') => process.stdout.write(`${s}\n`);
const config = loadConfig();
let right = 0;
let routedRight = 0;
let routedWrong = 0;
for (const l of openerDevSlice) {
  const c = classifyDocument(l.text, config);
  const links = mustLink(config, c.documentType);
  const confidence = links ? c.typeConfidence : c.confidence;
  const routed = c.hold === null && confidence >= linkThreshold(config, links ? 'mustLink' : 'newCase');
  const lodged = readLodgedAppeal(l.text);
  const ok = c.documentType === l.documentType;
  right += ok ? 1 : 0;
  routedRight += ok && routed ? 1 : 0;
  routedWrong += !ok && routed ? 1 : 0;
  out(
    `${l.id} ${l.language} ${l.writer.padEnd(8)} ${l.documentType.padEnd(19)} read ${c.documentType.padEnd(28)} type ${c.typeConfidence.toFixed(2)} conf ${c.confidence.toFixed(2)} ${c.area.padEnd(20)} ` +
      `${c.hold ?? '-'} ${routed ? (ok ? 'ROUTED' : 'ROUTED-WRONG') : 'held'} lodged ${lodged ? (lodged.firm ? 'firm' : 'unsure') : '-'}`,
  );
}
out(`type right ${right}/${openerDevSlice.length}; routed right ${routedRight}; routed wrong ${routedWrong}`);

out('lodges the appeal: letters it reads by true type (firm)');
for (const [name, docs] of [...ruleMeasurementSets(), ['session 19 slice', correspondenceDevSlice] as const, ['session 21 slice', writerAppealDevSlice] as const, ['session 22 slice', openerDevSlice] as const]) {
  const fired = docs.map((d) => ({ d, r: readLodgedAppeal(d.text) })).filter((x) => x.r !== null);
  const types = [...new Set(fired.map((x) => x.d.documentType))];
  const byType = types.map((t) => `${t} ${fired.filter((x) => x.d.documentType === t).length} (${fired.filter((x) => x.d.documentType === t && x.r!.firm).length})`);
  out(`  ${name.padEnd(22)} fired ${fired.length}/${docs.length}: ${byType.join(', ') || '–'}`);
}
