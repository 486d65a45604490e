import { generateCorpus, docText } from './test/corpus/generate.ts';
import { extractFeatures, type FeatureOptions } from './domain/classify/features.ts';
import { trainSoftmax } from './domain/classify/learn.ts';
import { argmax, scores } from './domain/classify/linear.ts';
import { documentTypes } from './schemas/taxonomy.ts';
const train = generateCorpus({ seed: 1, split: 'train', count: Number(process.argv[2] ?? 1300) });
const ev = generateCorpus({ seed: 2, split: 'eval', count: 390 });
const areas = [...new Set(train.map((d) => d.area))];
const types: string[] = [...documentTypes];
const variants: Record<string, FeatureOptions> = {
  chars35: { bits: 18, charMin: 3, charMax: 5, headLines: 14 },


};
for (const [name, o] of Object.entries(process.env.SKIP ? {} : variants)) {
  const X = train.map((d) => extractFeatures(docText(d), o).vector);
  const E = ev.map((d) => extractFeatures(docText(d), o).vector);
  const tm = trainSoftmax(X.map((x, i) => ({ x, y: types.indexOf(train[i]!.documentType) })), types, o.bits, { epochs: 10, learningRate: 0.5, l2: 1e-5, seed: 1 });
  const am = trainSoftmax(X.map((x, i) => ({ x, y: areas.indexOf(train[i]!.area) })), areas, o.bits, { epochs: 10, learningRate: 0.5, l2: 1e-5, seed: 1 });
  const tAcc = E.filter((x, i) => types[argmax(scores(tm, x))] === ev[i]!.documentType).length / E.length;
  const aAcc = E.filter((x, i) => areas[argmax(scores(am, x))] === ev[i]!.area).length / E.length;
  console.log(name, 'type', tAcc.toFixed(3), 'area', aAcc.toFixed(3));
  if (name === 'chars35') {
    const errs: Record<string, number> = {};
    E.forEach((x, i) => { const p = types[argmax(scores(tm, x))]; if (p !== ev[i]!.documentType) errs[`${ev[i]!.family}->${p}`] = (errs[`${ev[i]!.family}->${p}`] ?? 0) + 1; });
    console.log(Object.entries(errs).sort((a, b) => b[1] - a[1]).slice(0, 25));
    const aerrs: Record<string, number> = {};
    E.forEach((x, i) => { const p = areas[argmax(scores(am, x))]; if (p !== ev[i]!.area) aerrs[`${ev[i]!.family}:${ev[i]!.area}->${p}`] = (aerrs[`${ev[i]!.family}:${ev[i]!.area}->${p}`] ?? 0) + 1; });
    console.log(Object.entries(aerrs).sort((a, b) => b[1] - a[1]).slice(0, 25));
  }
}
import { loadConfig } from './domain/config.ts';
{
  const cfg = loadConfig();
  const o: FeatureOptions = { bits: 18, charMin: 3, charMax: 5, headLines: 14, cues: Object.fromEntries(cfg.areas.map((a) => [a.code, a.cues])) };
  const X = train.map((d) => extractFeatures(docText(d), o).vector);
  const E = ev.map((d) => extractFeatures(docText(d), o).vector);
  const am = trainSoftmax(X.map((x, i) => ({ x, y: areas.indexOf(train[i]!.area) })), areas, o.bits, { epochs: 10, learningRate: 0.5, l2: 1e-5, seed: 1 });
  console.log('cues area', (E.filter((x, i) => areas[argmax(scores(am, x))] === ev[i]!.area).length / E.length).toFixed(3));
  for (const [ep, l2] of [[10, 3e-4], [10, 1e-3], [16, 3e-4]] as const) {
    const tm2 = trainSoftmax(X.map((x, i) => ({ x, y: types.indexOf(train[i]!.documentType) })), types, o.bits, { epochs: ep, learningRate: 0.5, l2, seed: 1 });
    console.log("type", ep, l2, (E.filter((x, i) => types[argmax(scores(tm2, x))] === ev[i]!.documentType).length / E.length).toFixed(3));
    const am2 = trainSoftmax(X.map((x, i) => ({ x, y: areas.indexOf(train[i]!.area) })), areas, o.bits, { epochs: ep, learningRate: 0.5, l2, seed: 1 });
    console.log('cues area', ep, l2, (E.filter((x, i) => areas[argmax(scores(am2, x))] === ev[i]!.area).length / E.length).toFixed(3));
  }
}
