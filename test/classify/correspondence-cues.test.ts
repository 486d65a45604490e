import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { linkThreshold, mustLink } from '../../domain/config.ts';
import { classifyDocument } from '../../domain/classify/index.ts';
import { readTypeCues, type TypeCueWords } from '../../domain/classify/type-cues.ts';
import { correspondenceLetters, nearMissLetters, type DevLetter } from '../../corpus/correspondence-dev.ts';
import { loadRecords } from '../../corpus/records.ts';

// Session 19 (corr19): correspondence — a question about the case, a new address, a document sent on —
// said in its own words, read as what it is; the appeals and comments that say the same things in passing
// stay what they are, and an appeal read as correspondence is never routed.
const config = loadConfig();
const rules: TypeCueWords[] = [{ type: 'correspondence', cues: ['ny adresse', 'saksbehandlingstid*', 'når kommer svaret', 'vi ettersender'], contradictedBy: ['jeg klager', 'merknad*'] }];
const byId = (letters: DevLetter[], id: string) => letters.find((l) => l.id === id)!;

/** Whether the Link stage would act on the reading without an archivist (its own thresholds). */
function routed(text: string) {
  const c = classifyDocument(text, config);
  const links = mustLink(config, c.documentType);
  const confidence = links ? c.typeConfidence : c.confidence;
  return { type: c.documentType, routed: c.hold === null && confidence >= linkThreshold(config, links ? 'mustLink' : 'newCase') };
}

describe('type phrases from the configuration (type-cues.ts)', () => {
  it('finds a phrase as whole words, a trailing * as any ending, written without ø or å', () => {
    expect(readTypeCues('Jeg har fått ny adresse fra 1. mai.', rules).fired).toEqual([{ type: 'correspondence', cue: 'ny adresse' }]);
    expect(readTypeCues('Hvor lang er saksbehandlingstiden nå?', rules).fired.map((f) => f.cue)).toEqual(['saksbehandlingstid*']);
    expect(readTypeCues('Jeg klaget i mars. Nar kommer svaret?', rules).fired.map((f) => f.cue)).toEqual(['når kommer svaret']);
    expect(readTypeCues('Jeg har en nyadresse.', rules).fired).toEqual([]);
  });

  it('does nothing where the letter appeals or comments, and names the type it contradicts', () => {
    const reading = readTypeCues('Jeg klager på vedtaket om sykepenger. Send svaret til ny adresse: Fjordveien 2.', rules);
    expect(reading.fired).toEqual([]);
    expect([...reading.contradicted]).toEqual(['correspondence']);
  });

  it('reads a negated contradicting phrase as none: a cover note that has «ingen ytterligere merknader»', () => {
    const reading = readTypeCues('Vi ettersender inntektsopplysningene.\n\nVi har ingen ytterligere merknader.', rules);
    expect(reading.fired.map((f) => f.cue)).toEqual(['vi ettersender']);
    expect(reading.contradicted.size).toBe(0);
    expect(readTypeCues('Vi ettersender papirene. Våre merknader følger.', rules).contradicted.has('correspondence')).toBe(true);
  });
});

describe('correspondence read as what it is (corpus/correspondence-dev.ts)', () => {
  // Red before: Nav's cover note sending a document on (c10, «Jeg ettersender legeerklæringen») read as comments.
  it('turns a follow-up read as comments into correspondence, for an archivist to confirm', () => {
    const c = classifyDocument(byId(correspondenceLetters, 'c10').text, config);
    expect(c.documentType).toBe('correspondence');
    expect(c.typeConfidence).toBeLessThanOrEqual(0.5);
  });

  // A letter read as opening a case keeps its reading (an appeal may ask the same questions) and is held, the
  // phrase named in the explanation for the archivist.
  it.each(['c07', 'c09', 'c31'])('%s, read as an appeal, is held with the phrase that says correspondence', (id) => {
    const c = classifyDocument(byId(correspondenceLetters, id).text, config);
    expect(c.confidence).toBeLessThanOrEqual(0.5);
    expect(c.explanation.map((e) => e.feature)).toContain("rule:the letter's own phrases say another type");
  });

  it('never lets a correspondence phrase outweigh an appeal heading («Klage på vedtak … Ny adresse»)', () => {
    const text = 'Klage på vedtak om sykepenger\n\nVedtaket av 3. oktober 2026 er urimelig. Legen har sykmeldt meg hele perioden.\n\nJeg har flyttet. Ny adresse: Fjordveien 22, 7050 Trondheim.\n\nHilsen Kari Lunde';
    expect(routed(text)).toEqual({ type: 'appeal', routed: true });
  });

  it('routes no correspondence letter of the slice as an appeal, a deadline-interrupting appeal or comments', () => {
    const wrong = correspondenceLetters.filter((l) => {
      const r = routed(l.text);
      return r.routed && r.type !== 'correspondence';
    });
    expect(wrong.map((l) => l.id)).toEqual([]);
  });

  // Red before: «Eg klagar på vedtaket … Kor lang tid tek det før eg får svar?» was routed as correspondence,
  // the appeal's deadline lost.
  it('never routes a near miss (an appeal or comments asking a question or sending papers) as another type', () => {
    const wrong = nearMissLetters.filter((l) => {
      const r = routed(l.text);
      return r.routed && r.type !== l.documentType;
    });
    expect(wrong.map((l) => l.id)).toEqual([]);
    expect(routed(byId(nearMissLetters, 'n16').text).routed).toBe(false);
  });

  it('keeps the near misses’ types where the model read them right: most stay appeals or comments', () => {
    const right = nearMissLetters.filter((l) => classifyDocument(l.text, config).documentType === l.documentType);
    expect(right.length).toBeGreaterThanOrEqual(27);
  });
});

describe('the bundled correspondence phrases on the scans the corpus holds', () => {
  it('fire, uncontradicted, only on correspondence among the training and held-out scans', () => {
    for (const set of ['train-ocr', 'eval-ocr'] as const) {
      const fired = loadRecords(set).filter((r) => readTypeCues(r.text, config.typeRules).fired.length > 0);
      expect(fired.length).toBeGreaterThan(0);
      expect(fired.filter((r) => r.documentType !== 'correspondence').map((r) => r.documentType)).toEqual([]);
    }
  });
});
