import { describe, expect, it } from 'vitest';
import raw from '../../config/glossary.json' with { type: 'json' };
import { glossaryFeatures, parseGlossary } from '../../config/glossary.ts';
import { defaultFeatureOptions, extractFeatures, hash32 } from '../../domain/classify/features.ts';
import { glossaryMatches } from '../../domain/classify/glossary.ts';

const entries = glossaryFeatures();
const concepts = (text: string) => glossaryMatches(text.toLowerCase(), entries).map((m) => m.canonical);
const bucket = (feature: string) => hash32(feature) & ((1 << defaultFeatureOptions.bits) - 1);
const has = (text: string, feature: string, glossary = true) => {
  const { vector } = extractFeatures(text, { ...defaultFeatureOptions, ...(glossary ? { glossary: entries } : {}) });
  return vector.index.includes(bucket(feature));
};

describe('the domain glossary (config/glossary.json)', () => {
  it('is valid, and the schema refuses upper case, a `*` inside a phrase and a canonical token used twice', () => {
    expect(() => parseGlossary(raw)).not.toThrow();
    const concept = (canonical: string, phrase: string) => ({ canonical, phrases: { nb: [phrase] } });
    expect(() => parseGlossary({ concepts: [concept('klage', 'Klage')] })).toThrow(/lower case/);
    expect(() => parseGlossary({ concepts: [concept('klage', 'kla*ge')] })).toThrow(/lower case/);
    expect(() => parseGlossary({ concepts: [concept('klage', 'klage'), concept('klage', 'anke')] })).toThrow(/used twice/);
    expect(() => parseGlossary({ concepts: [{ canonical: 'Klage', phrases: { nb: ['klage'] } }] })).toThrow(/canonical/);
  });

  it('names one concept whatever language the writer uses', () => {
    for (const text of ['Jeg har fått avslag på sykepenger.', 'Mine sygedagpenge er stoppet.', 'Min sjukpenning har dragits in.', 'My sick pay was stopped.', 'Sjukepengane mine vart stansa.']) {
      expect(concepts(text), text).toContain('sykepenger');
    }
    expect(concepts('Synpunkter på NAV:s översändelse')).toEqual(['merknader', 'oversendelse']);
    expect(concepts('Bemærkninger til oversendelsen')).toEqual(['merknader', 'oversendelse']);
  });

  it('matches where a word begins: a stem goes on into inflections, a whole word must end', () => {
    expect(concepts('sygedagpengene')).toEqual(['sykepenger']);
    // "klage" is a whole word in the glossary: "klageinstansen" is the appeals body, not an appeal.
    expect(concepts('klageinstansen')).toEqual([]);
    expect(concepts('ekstraklage')).toEqual([]);
    expect(concepts('aapen')).toEqual([]);
    expect(concepts('sick  \n pay')).toEqual(['sykepenger']);
  });

  it('adds the canonical token beside the words: a Danish and a bokmål letter share the concept feature, and a model file without a glossary reads as before', () => {
    expect(has('Mine sygedagpenge er stoppet.', 'g:sykepenger')).toBe(true);
    expect(has('Sykepengene mine er stanset.', 'g:sykepenger')).toBe(true);
    expect(has('Mine sygedagpenge er stoppet.', 'g:sykepenger', false)).toBe(false);
    expect(has('Merknader til oversendelsen\n\nJeg er uenig.', 'gh:merknader')).toBe(true);
    const text = 'Klage på vedtak om sykepenger\n\nJeg klager på vedtaket.';
    const withOld = extractFeatures(text, defaultFeatureOptions).vector;
    const withEmpty = extractFeatures(text, { ...defaultFeatureOptions, glossary: [] }).vector;
    expect([...withEmpty.index]).toEqual([...withOld.index]);
    expect(extractFeatures(text, { ...defaultFeatureOptions, glossary: entries }).vector.index.length).toBeGreaterThan(withOld.index.length);
  });
});
