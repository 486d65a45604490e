import { describe, expect, it } from 'vitest';
import { classifyDocument, loadModel, promotedModel } from '#domain/classify/index';
import { classificationOf, NO_TEXT_REASON } from '#domain/classify/stage';
import { loadConfig } from '#config/load';
import { docText, generateCorpus } from '../../corpus/generate.ts';

const config = loadConfig();

describe('the promoted model', () => {
  it('classifies letters from held-out template families', () => {
    // Clean text of eval-family letters the model never saw (the OCR'd figures are in npm run eval).
    const docs = generateCorpus({ seed: 99, split: 'eval', count: 39 });
    const results = docs.map((d) => classifyDocument(docText(d), config));
    const typeRight = results.filter((r, i) => r.documentType === docs[i]!.documentType).length;
    const areaRight = results.filter((r, i) => r.area === docs[i]!.area).length;
    expect(typeRight / docs.length).toBeGreaterThanOrEqual(0.9);
    expect(areaRight / docs.length).toBeGreaterThanOrEqual(0.85);
  });

  it('follows a hard cue in the heading, and says so', () => {
    const text = 'Kari Nordmann\nStorgata 1\n\nFRISTAVBRYTENDE KLAGE\n\nJeg klager på vedtaket om sykepenger datert 12.03.2025. Begrunnelse kommer.';
    const result = classifyDocument(text, config);
    expect(result.documentType).toBe('appeal_deadline_interrupting');
    expect(result.area).toBe('sick_pay');
    expect(result.explanation.some((e) => e.feature.startsWith('rule:'))).toBe(true);
  });

  it('explains with words from the letter and gives keywords from the vocabulary only', () => {
    const text = 'Anke til Trygderetten\n\nJeg anker klageinstansens vedtak av 02.05.2025 om uføretrygd inn for Trygderetten. Jeg er uenig i at inntektsevnen ikke er varig nedsatt.';
    const result = classifyDocument(text, config);
    expect(result.documentType).toBe('tribunal_appeal');
    expect(result.keywords).toContain('anke');
    const vocabulary = new Set([...config.areas.flatMap((a) => a.keywords), ...config.typeRules.flatMap((r) => r.addsKeywords)]);
    for (const k of result.keywords) expect(vocabulary.has(k)).toBe(true);
    const words = result.explanation.filter((e) => e.feature.startsWith('type:')).map((e) => e.feature.slice(5));
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(text.toLowerCase()).toContain(w.split(' ')[0]);
    expect(result.confidence).toBeGreaterThanOrEqual(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(result.modelVersion).toBe(promotedModel().file.version);
  });

  it('gives a type confidence no lower than the joint one, from the type calibration when the model has one', () => {
    const text = 'Legeerklæring\n\nPasienten har vært til behandling for ryggsmerter siden januar. Arbeidsevnen er nedsatt.';
    const model = promotedModel();
    const result = classifyDocument(text, config, model);
    expect(result.typeConfidence).toBeGreaterThanOrEqual(result.confidence);
    expect(result.typeConfidence).toBeLessThanOrEqual(1);
    // A model file from before the type calibration still loads, and its type confidence is the joint one.
    // The writer stage (writer-calibration.test.ts) sits on top of these maps: taken off to test them alone.
    const { typeCalibration: _, linkCalibration: __, writerCalibration: ___, ...older } = model.file;
    const old = classifyDocument(text, config, loadModel(older));
    expect(old.typeConfidence).toBe(old.confidence);
    // A calibration that knows nothing but "right half the time" is used as such (it is not ignored).
    const half = classifyDocument(text, config, loadModel({ ...older, calibration: { x: [0, 1], y: [0.1, 0.1] }, typeCalibration: { x: [0, 1], y: [0.5, 0.5] } }));
    expect(half.confidence).toBe(0.1);
    expect(half.typeConfidence).toBe(0.5);
  });

  it('never answers an area that is not configured', () => {
    // Such a configuration is refused at load (schemas/config.ts): the classifier holds to it all the same.
    const withoutDental = { ...config, areas: config.areas.filter((a) => a.code !== 'dental') };
    const text = 'Klage på vedtak om stønad til tannbehandling. Tannlegen har dokumentert periodontitt.';
    expect(classifyDocument(text, config).area).toBe('dental');
    expect(classifyDocument(text, withoutDental).area).not.toBe('dental');
  });
});

describe('the classify stage', () => {
  it('does not guess at a document without text', () => {
    const c = classificationOf([{ pageIndex: 0, source: 'ocr', text: ' \n . ,' }], config);
    expect(c.reviewReason).toBe(NO_TEXT_REASON);
    expect(c.confidence).toBe(0);
    expect(c.typeConfidence).toBe(0);
    expect(c.textSource).toBe('ocr');
  });

  it('joins pages in order, reports the text source and extracts fields', () => {
    const c = classificationOf(
      [
        { pageIndex: 1, source: 'text_layer', text: 'Jeg mottok vedtaket 14.03.2025 og klager innen fristen.' },
        { pageIndex: 0, source: 'ocr', text: 'KLAGE PÅ VEDTAK\nDeres ref. 2025/04127\nJeg klager på vedtaket av 12.03.2025 om stønad til tannbehandling.' },
      ],
      config,
    );
    expect(c.textSource).toBe('mixed');
    expect(c.pages).toBe(2);
    expect(c.reviewReason).toBeNull();
    expect(c.documentType).toBe('appeal');
    expect(c.fields.caseReferences).toContain('2025/04127');
    expect(c.fields.decisionDate).toBe('2025-03-12');
  });
});

describe('the calibration per Link decision', () => {
  it('maps the joint confidence by the new-case map and the type confidence by the must-link map', () => {
    const config = loadConfig();
    const text = 'Legeerklæring\n\nPasienten har vært til behandling for ryggsmerter siden januar. Arbeidsevnen er nedsatt.';
    const { linkCalibration: _, writerCalibration: __, ...base } = promotedModel().file;
    const plain = classifyDocument(text, config, loadModel(base));
    const mapped = classifyDocument(text, config, loadModel({ ...base, linkCalibration: { newCase: { x: [0, 1], y: [0.2, 0.2] }, mustLink: { x: [0, 1], y: [0.6, 0.6] } } }));
    expect(plain.confidence).not.toBe(0.2);
    expect(mapped.confidence).toBe(0.2);
    expect(mapped.typeConfidence).toBe(0.6);
  });
});
