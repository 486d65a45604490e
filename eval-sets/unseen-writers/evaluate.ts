/**
 * The unseen-writer set scored as the product would do on it: classification, fields, and each
 * batch through the Link stage's decisions in arrival order (domain/classify/batch-simulation.ts).
 * Used by `npm run eval`, by scripts/calibrate.ts (on the calibration half only) and by the
 * promotion gate of `npm run train` (in a process of its own: training never reads eval-sets/).
 */
import type { PostmottakConfig } from '../../schemas/config.ts';
import { classifyDocument, type ClassifierHold, type LoadedModel } from '../../domain/classify/index.ts';
import { simulateBatch, summarize, type BatchLetter, type LetterOutcome, type SimulationSummary, type Thresholds } from '../../domain/classify/batch-simulation.ts';
import { fieldReports, type FieldReport } from '../../domain/classify/evaluate.ts';
import { linkThreshold, mustLink, typeRule } from '../../domain/config.ts';
import { extractFields } from '../../domain/fields/index.ts';
import type { UnseenWriterRecord } from './records.ts';

export interface PredictedLetter {
  record: UnseenWriterRecord;
  documentType: string;
  area: string;
  language: string;
  confidence: number;
  typeConfidence: number;
  fields: ReturnType<typeof extractFields>;
  /** The classifier's own hold (DocumentClassification.hold), as the Classify stage makes it a review reason. */
  hold?: ClassifierHold | null;
}

export function predictAll(records: UnseenWriterRecord[], config: PostmottakConfig, model: LoadedModel): PredictedLetter[] {
  return records.map((record) => {
    const c = classifyDocument(record.text, config, model);
    return { record, documentType: c.documentType, area: c.area, language: c.language, confidence: c.confidence, typeConfidence: c.typeConfidence, fields: extractFields(record.text, typeRule(config, c.documentType).decisionDateOf), hold: c.hold };
  });
}

export function thresholdsOf(config: PostmottakConfig): Thresholds {
  return { newCase: linkThreshold(config, 'newCase'), mustLink: linkThreshold(config, 'mustLink') };
}

/** Every batch through the Link stage's decisions, in arrival order. */
export function simulate(predicted: PredictedLetter[], config: PostmottakConfig, thresholds: Thresholds = thresholdsOf(config), waitForCase = true): LetterOutcome[] {
  const byBatch = new Map<string, BatchLetter[]>();
  for (const p of predicted) {
    const r = p.record;
    const letter: BatchLetter = {
      id: r.id, batch: r.batch,
      truth: { documentType: r.documentType, area: r.area, linksTo: r.linksTo, fields: r.truth },
      predicted: { documentType: p.documentType, area: p.area, confidence: p.confidence, typeConfidence: p.typeConfidence, fields: p.fields, hold: p.hold },
    };
    byBatch.set(r.batch, [...(byBatch.get(r.batch) ?? []), letter]);
  }
  const links = (type: string) => mustLink(config, type);
  const needsDate = (type: string) => typeRule(config, type).requiresDecisionDate === true;
  return [...byBatch.values()].flatMap((batch) => simulateBatch(batch, thresholds, links, needsDate, waitForCase));
}

export interface UnseenScore {
  n: number;
  typeRight: number;
  /** The area read from the letter. */
  areaRight: number;
  /** The area the product reports: a document that joined a case takes the case's. */
  reportedAreaRight: number;
  bothRight: number;
  languageRight: number;
  simulation: SimulationSummary;
  fields: FieldReport[];
}

export function scoreUnseen(predicted: PredictedLetter[], config: PostmottakConfig, thresholds: Thresholds = thresholdsOf(config)): UnseenScore {
  const outcomes = simulate(predicted, config, thresholds);
  const outcomeOf = new Map(outcomes.map((o) => [o.id, o]));
  const labelled = predicted.map((p) => ({ id: p.record.id, documentType: p.record.documentType, area: p.record.area, language: p.record.language, truth: p.record.truth }));
  return {
    n: predicted.length,
    typeRight: predicted.filter((p) => p.documentType === p.record.documentType).length,
    areaRight: predicted.filter((p) => p.area === p.record.area).length,
    reportedAreaRight: predicted.filter((p) => outcomeOf.get(p.record.id)!.reportedArea === p.record.area).length,
    bothRight: predicted.filter((p) => p.documentType === p.record.documentType && p.area === p.record.area).length,
    languageRight: predicted.filter((p) => p.language === p.record.language).length,
    simulation: summarize(outcomes),
    fields: fieldReports(labelled, predicted.map((p) => ({ documentType: p.documentType, area: p.area, language: p.language, confidence: p.confidence, fields: p.fields }))),
  };
}

/** Points for calibration per Link decision: `newCase` for a predicted create type (joint right), `mustLink` for a predicted must-link type (type right). */
export function decisionPoints(predicted: PredictedLetter[], config: PostmottakConfig): { newCase: { confidence: number; correct: boolean }[]; mustLink: { confidence: number; correct: boolean }[] } {
  const newCase: { confidence: number; correct: boolean }[] = [];
  const linkPoints: { confidence: number; correct: boolean }[] = [];
  for (const p of predicted) {
    const typeRight = p.documentType === p.record.documentType;
    if (mustLink(config, p.documentType)) linkPoints.push({ confidence: p.typeConfidence, correct: typeRight });
    else newCase.push({ confidence: p.confidence, correct: typeRight && p.area === p.record.area });
  }
  return { newCase, mustLink: linkPoints };
}
