import { loadConfig } from '../config/load.ts';
import { classifyDocument, promotedModel } from '../domain/classify/index.ts';
import { extractFeatures } from '../domain/classify/features.ts';
import { sparseScores, softmax } from '../domain/classify/linear.ts';
import { matchHardCues } from '../domain/classify/rules.ts';
import { deadlineInterruptionSignal } from '../domain/classify/deadline-interrupting.ts';
import { INTERRUPTION_BOOST } from '../domain/classify/evidence-scoring.ts';
import { half, loadSplit, loadUnseenWriters } from '../eval-sets/unseen-writers/records.ts';
import { loadRecords } from '../corpus/records.ts';
const config = loadConfig(); const model = promotedModel();
function types(text: string) {
  const { vector } = extractFeatures(text, model.file.features, true);
  const s = sparseScores(model.type, vector);
  for (const cue of matchHardCues(text)) { const at = model.type.classes.indexOf(cue.type); if (at >= 0) s[at]! += model.file.ruleBoost; }
  if (deadlineInterruptionSignal(text)) s[model.type.classes.indexOf('appeal_deadline_interrupting')]! += INTERRUPTION_BOOST;
  const p = softmax(s);
  return model.type.classes.map((c, i) => [c, p[i]!] as const).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([c, v]) => `${c} ${v.toFixed(2)}`).join(' | ');
}
const sets: [string, { id: string; text: string; documentType: string; language: string }[]][] = [
  ['cal', half(loadUnseenWriters(), 'calibration', loadSplit()) as any], ['held', loadRecords('eval-ocr') as any]];
for (const [name, recs] of sets) for (const r of recs) {
  const c = classifyDocument(r.text, config);
  if (c.detail.typeProbability < 0.7) console.log(name, r.id, r.language, 'truth', r.documentType, c.documentType === r.documentType ? 'RIGHT' : 'wrong', types(r.text));
}
