import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { gatedLetterResults, gatedScore, score } from '../../domain/classify/evaluate.ts';
import { simulateBatch, type BatchLetter } from '../../domain/classify/batch-simulation.ts';
import { classifyDocument, promotedModel } from '../../domain/classify/index.ts';
import { classificationOf } from '../../domain/classify/stage.ts';
import { predictAll, simulate } from '../../eval-sets/unseen-writers/evaluate.ts';
import type { UnseenWriterRecord } from '../../eval-sets/unseen-writers/records.ts';

// Session 12: `npm run eval`, the threshold choice and the promotion rule count a letter the classifier
// holds itself (the comments-or-appeal heading guard) as held, as the Classify stage does.
const config = loadConfig();
const ID = '01837012550'; // synthetic: month + 80, valid check digits
const letter = (heading: string) =>
  `Kari Nordmann\nStorgata 12 B\n0155 Oslo\nFødselsnummer ${ID}\n\nKlageorganet for helse og trygd\nPostboks 6355 Etterstad\n0604 Oslo\n\nOslo, 3. mars 2026\n\n${heading}\n\nI appeal against the rejection of my sick pay of 12 February 2026. I am still ill and cannot work. My doctor agrees.\n\nYours sincerely\nKari Nordmann`;
const guarded = letter('Comments - appeal');
const plain = letter('Appeal against the decision on sick pay');
const anywhere = { newCase: 0, mustLink: 0 };

function record(id: string, text: string, linksTo: string | null = null): UnseenWriterRecord {
  const truth = { nationalIds: [ID], caseReferences: [], decisionDate: '2026-02-12', decisionReceivedDate: null, parties: undefined };
  return { id, batch: 'b1', style: 'e-mail', documentType: linksTo ? 'medical_declaration' : 'appeal', area: 'sick_pay', language: 'en', linksTo, truth, format: 'pdf', textLayer: true, quality: 'clean', pages: 1, ocrConfidence: 1, text };
}

describe('the classifier’s own hold, one decision for the pipeline and the evaluation', () => {
  it('is the Classify stage’s review reason', () => {
    expect(classifyDocument(guarded, config).hold).toBe('comments_or_appeal');
    expect(classificationOf([{ pageIndex: 0, source: 'text_layer', text: guarded }], config).reviewReasonCode?.code).toBe('comments_or_appeal');
    expect(classifyDocument(plain, config).hold).toBeNull();
    expect(classifyDocument('Side 2', config).hold).toBe('no_text');
  });

  it('keeps a held letter out of the straight-through count at any threshold; a letter without a hold is counted', () => {
    const texts = [guarded, plain];
    const labelled = texts.map((_, i) => ({ id: `l${i}`, documentType: 'appeal', area: 'sick_pay', language: 'en' }));
    const results = gatedLetterResults(labelled, texts.map((t) => classifyDocument(t, config)), anywhere, config);
    expect(results.map((r) => r.routed)).toEqual([false, true]);
  });

  it('sends a held letter of an unseen-writer batch to review, and its follow-up waits beside it', () => {
    const predicted = predictAll([record('a', guarded), record('m', `Legeerklæring\n\nPasient: Kari Nordmann, fnr. ${ID}\nDiagnose: L03. Arbeidsufør fra 1. februar 2026.`, 'a')], config, promotedModel());
    const [opener, followUp] = simulate(predicted, config, anywhere);
    expect(opener).toMatchObject({ outcome: 'review', heldBecause: 'classifier' });
    expect(followUp).toMatchObject({ outcome: 'waiting', waitsFor: 'a' });
  });

  // Review of model12 (M2): the promotion score and `npm run eval`'s "at 0.9" and joint figures.
  it('keeps a held prediction at confidence 1 out of score() and gatedScore()', () => {
    const labelled = ['held', 'plain'].map((id) => ({ id, documentType: 'appeal', area: 'sick_pay', language: 'en' }));
    const predicted = [
      { documentType: 'appeal', area: 'dental', language: 'en', confidence: 1, typeConfidence: 1, hold: 'comments_or_appeal' },
      { documentType: 'appeal', area: 'sick_pay', language: 'en', confidence: 1, typeConfidence: 1, hold: null },
    ];
    expect(score(labelled, predicted, 0.9)).toMatchObject({ straightThrough: 0.5, straightThroughError: 0 });
    expect(score(labelled, predicted, 0.9, () => false)).toMatchObject({ straightThrough: 0.5, straightThroughError: 0 });
    expect(gatedScore(labelled, predicted, 0.9, () => false).created).toEqual({ n: 2, through: 1, wrong: 0 });
  });

  // Review of model12 (L1): the Link stage looks up no case for a held letter, so it may wait beside a
  // document in review even when a case with its id exists.
  it('lets a held letter whose case already exists wait beside a document in review, as Link does', () => {
    const fields = { nationalIds: [ID], caseReferences: [], decisionDate: '2026-02-12', decisionReceivedDate: null };
    const at = (id: string, type: string, confidence: number, hold: string | null = null): BatchLetter => ({
      id, batch: 'b1',
      truth: { documentType: type, area: 'sick_pay', linksTo: id === 'a' ? null : 'a', fields: { decisionDate: '2026-02-12', decisionReceivedDate: null } },
      predicted: { documentType: type, area: 'sick_pay', confidence, typeConfidence: confidence, fields, hold },
    });
    const needsDate = (t: string) => t === 'appeal';
    const mustLinkType = (t: string) => t !== 'appeal';
    const out = simulateBatch([at('a', 'appeal', 0.99), at('b', 'appeal', 0.5), at('c', 'appeal', 1, 'comments_or_appeal')], { newCase: 0.9, mustLink: 0.9 }, mustLinkType, needsDate);
    expect(out.map((o) => o.outcome)).toEqual(['routed', 'review', 'waiting']);
    expect(out[2]).toMatchObject({ waitsFor: 'b', heldBecause: 'waiting' });
  });
});
