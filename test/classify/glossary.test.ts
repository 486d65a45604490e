import { describe, expect, it } from 'vitest';
import raw from '../../config/glossary.json' with { type: 'json' };
import current from '../../models/current.json' with { type: 'json' };
import { glossaryFeatures, parseGlossary } from '../../config/glossary.ts';
import { defaultFeatureOptions, extractFeatures, hash32, type FeatureOptions } from '../../domain/classify/features.ts';
import { glossaryMatches, InvalidGlossary } from '../../domain/classify/glossary.ts';
import { classifyDocument, loadModel, type LoadedModel, type ModelFile } from '../../domain/classify/index.ts';
import { unpackLinear } from '../../domain/classify/linear.ts';

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
    expect(() => parseGlossary({ concepts: [{ canonical: 'klage', phrases: { nn: ['klaga', 'klagar', 'klaga'] } }] })).toThrow(/"klaga" is listed twice/);
    expect(() => parseGlossary({ concepts: [concept('klage', 'Klage')] })).toThrow(InvalidGlossary);
  });

  it('leaves out the phrases that find other things than the concept', () => {
    // "fly" is also to hand over or to flee (nb, da); Swedish "status" is a case's status as often as a patient's.
    expect(concepts('Vennligst fly meg skjemaet.')).not.toContain('drosje');
    expect(concepts('Vad är status i ärendet?')).not.toContain('diagnose');
    expect(concepts('Jeg reiste med flybillett til Tromsø.')).toContain('drosje');
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

  it('adds the canonical token beside the words: a Danish and a bokmål letter share the concept feature', () => {
    expect(has('Mine sygedagpenge er stoppet.', 'g:sykepenger')).toBe(true);
    expect(has('Sykepengene mine er stanset.', 'g:sykepenger')).toBe(true);
    expect(has('Mine sygedagpenge er stoppet.', 'g:sykepenger', false)).toBe(false);
    expect(has('Merknader til oversendelsen\n\nJeg er uenig.', 'gh:merknader')).toBe(true);
    const text = 'Klage på vedtak om sykepenger\n\nJeg klager på vedtaket.';
    expect(extractFeatures(text, { ...defaultFeatureOptions, glossary: entries }).vector.index.length).toBeGreaterThan(extractFeatures(text, defaultFeatureOptions).vector.index.length);
  });
});

describe('the glossary a model file carries (models/current.json, features.glossary)', () => {
  const file = current as unknown as ModelFile;
  const { glossary: _, ...optionsWithout } = file.features;
  const withoutGlossary: ModelFile = { ...file, features: optionsWithout };
  const withGlossary: ModelFile = { ...file, features: { ...optionsWithout, glossary: entries } };
  const letters = ['Klage på vedtak om sykepenger\n\nJeg klager på vedtaket.', 'Mine sygedagpenge er stoppet. Jeg klager over afgørelsen.', 'Synpunkter på NAV:s översändelse\n\nJag har läst yttrandet.'];
  const features = (text: string, options: FeatureOptions) => [...extractFeatures(text, options).vector.index];
  // How a model file was loaded before its glossary was checked: the JSON taken as it is.
  const asWritten = (f: ModelFile): LoadedModel => ({ file: f, type: unpackLinear(f.type), area: unpackLinear(f.area), language: unpackLinear(f.language.model) });
  const answer = (text: string, model: LoadedModel) => {
    const c = classifyDocument(text, undefined, model);
    return [c.documentType, c.area, c.language, c.confidence, c.typeConfidence];
  };

  it('without a glossary, a model file loaded reads letters with the features its options gave before the glossary existed', () => {
    const loaded = loadModel(withoutGlossary);
    expect(loaded.file.features.glossary).toBeUndefined();
    for (const text of letters) {
      // The old way: the options as the file holds them, no glossary branch (an empty one adds nothing).
      expect(features(text, loaded.file.features), text).toEqual(features(text, optionsWithout));
      expect(features(text, loaded.file.features), text).toEqual(features(text, { ...optionsWithout, glossary: [] }));
      expect(features(text, loaded.file.features), text).not.toEqual(features(text, withGlossary.features));
      expect(answer(text, loaded), text).toEqual(answer(text, asWritten(withoutGlossary)));
    }
  });

  it('with a glossary, loading keeps it and the letters read with it; the answers are the same as from the file as written', () => {
    const loaded = loadModel(withGlossary);
    expect(loaded.file.features.glossary).toEqual(entries);
    for (const text of letters) {
      expect(features(text, loaded.file.features), text).toEqual(features(text, withGlossary.features));
      expect(answer(text, loaded), text).toEqual(answer(text, asWritten(withGlossary)));
    }
  });

  it('refuses a model file whose glossary the schema refuses, saying where', () => {
    const damaged = (glossary: unknown) => ({ ...file, features: { ...optionsWithout, glossary } }) as ModelFile;
    for (const glossary of [[{ canonical: 'klage', phrases: ['Klage'] }], [{ canonical: 'klage', phrases: [] }], [{ phrases: ['klage'] }], 'klage', [{ canonical: 'klage', phrases: ['klage'] }, { canonical: 'klage', phrases: ['anke'] }]]) {
      expect(() => loadModel(damaged(glossary)), JSON.stringify(glossary)).toThrow(InvalidGlossary);
    }
    expect(() => loadModel(damaged([{ canonical: 'klage', phrases: ['kla*ge'] }]))).toThrow(`invalid glossary in model ${file.version}`);
    expect(() => loadModel({ ...file, language: { ...file.language, features: { ...file.language.features, glossary: [{ canonical: 'x', phrases: ['Y'] }] } } })).toThrow(InvalidGlossary);
  });
});
