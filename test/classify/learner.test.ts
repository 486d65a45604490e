import { describe, expect, it } from 'vitest';
import { extractFeatures, hash32, words } from '#domain/classify/features';
import { trainNaiveBayes, trainSoftmax, type Example } from '#domain/classify/learn';
import { argmax, packLinear, scores, sparseScores, unpackLinear } from '#domain/classify/linear';

const opts = { bits: 12, charMin: 3, charMax: 4, headLines: 2 };
const data: [string, number][] = [
  ['jeg klager på vedtaket om tannbehandling', 0],
  ['klage på vedtak, jeg er uenig i avslaget', 0],
  ['jeg vil klage på vedtaket', 0],
  ['faktura for sakkyndig erklæring, kontonummer og forfallsdato', 1],
  ['faktura nr 123, beløp å betale til konto', 1],
  ['fakturadato og forfallsdato, beløp kr 12 000', 1],
  ['legeerklæring: diagnose M54.5, pasienten er arbeidsufør', 2],
  ['epikrise, diagnose og funksjonsevne', 2],
  ['legeerklæring om pasientens diagnose', 2],
];
const examples: Example[] = data.map(([text, y]) => ({ x: extractFeatures(text, opts).vector, y }));
const classes = ['appeal', 'invoice', 'medical'];

describe('features', () => {
  it('hashes stably and reads numbers as one token', () => {
    expect(hash32('klage')).toBe(hash32('klage'));
    expect(hash32('klage')).not.toBe(hash32('klagen'));
    expect(words('Vedtak 12.03.2025 om Tannbehandling')).toEqual(['vedtak', '<num>', '<num>', '<num>', 'om', 'tannbehandling']);
  });

  it('gives unit-length vectors with sorted buckets', () => {
    const { vector } = extractFeatures('Klage på vedtak om sykepenger', opts);
    const norm = Math.sqrt(vector.value.reduce((s, v) => s + v * v, 0));
    expect(norm).toBeCloseTo(1, 5);
    expect([...vector.index]).toEqual([...vector.index].sort((a, b) => a - b));
  });
});

describe.each([
  ['softmax regression', () => trainSoftmax(examples, classes, opts.bits, { epochs: 20, learningRate: 0.5, l2: 1e-6, seed: 1 })],
  ['naive Bayes', () => trainNaiveBayes(examples, classes, opts.bits)],
])('%s', (_name, train) => {
  const model = train();

  it('fits its training letters', () => {
    for (const e of examples) expect(classes[argmax(scores(model, e.x))]).toBe(classes[e.y]);
  });

  it('generalises to a new phrasing, also with OCR-style misspellings', () => {
    expect(classes[argmax(scores(model, extractFeatures('Herved klage på vedtaket', opts).vector))]).toBe('appeal');
    expect(classes[argmax(scores(model, extractFeatures('FAKTURA – forfalIsdato, kontonummer', opts).vector))]).toBe('invoice');
  });

  it('keeps its decisions when packed to bytes and unpacked', () => {
    const packed = unpackLinear(packLinear(model, 5000));
    for (const e of examples) expect(argmax(sparseScores(packed, e.x))).toBe(argmax(scores(model, e.x)));
  });
});
