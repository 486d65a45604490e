import { loadConfig } from '../domain/config.ts';
import { classifyDocument, promotedModel } from '../domain/classify/index.ts';
import { loadRecords } from '../test/corpus/records.ts';
const config = loadConfig(); const m = promotedModel();
const recs = loadRecords('eval-ocr');
const byType: Record<string, number[]> = {};
const byArea: Record<string, number[]> = {};
for (const r of recs) { const c = classifyDocument(r.text, config, m);
  const k = r.documentType; (byType[k] ??= [0,0]); byType[k][0]++; if (c.confidence >= 0.9) byType[k][1]++;
  const a = r.area; (byArea[a] ??= [0,0,0,0]); byArea[a][0]++; if (c.confidence >= 0.9) byArea[a][1]++;
  byArea[a][2] += c.detail.typeProbability; byArea[a][3] += c.detail.areaProbability;
}
for (const [k,v] of Object.entries(byType)) console.log(k.padEnd(30), v[0], v[1]);
for (const [k,v] of Object.entries(byArea)) console.log(k.padEnd(30), v[0], v[1], (v[2]/v[0]).toFixed(3), (v[3]/v[0]).toFixed(3));
