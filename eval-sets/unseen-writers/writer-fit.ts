/**
 * The new-writer calibration stage (domain/classify/writer-calibration.ts) fitted on the calibration
 * half, and that half's answers out of fold: every batch is classified by a model whose writer map was
 * fitted on the other folds' batches only. Thresholds are chosen on these answers (scripts/calibrate.ts,
 * scripts/unseen-gate.ts); the map shipped is `fitOnHalf`'s, fitted on the whole half afterwards.
 * Never given test-half letters.
 */
import type { PostmottakConfig } from '../../schemas/config.ts';
import { classifyDocument, type LoadedModel } from '../../domain/classify/index.ts';
import { mustLink } from '../../domain/config.ts';
import { crossFitByBatch, DEFAULT_WRITER_FIT, fitWriterCalibration, type WriterCalibration, type WriterFitOptions, type WriterPoint } from '../../domain/classify/writer-calibration.ts';
import { predictAll, type PredictedLetter } from './evaluate.ts';
import type { UnseenWriterRecord } from './records.ts';

/** Folds of the calibration half's 24 batches: three batches each. */
export const WRITER_FOLDS = 8;

/** The model without a writer map: what the stage is fitted on top of. */
export function withoutWriterMap(model: LoadedModel): LoadedModel {
  const { writerCalibration: _, ...file } = model.file;
  return { ...model, file };
}

function withWriterMap(model: LoadedModel, writerCalibration: WriterCalibration): LoadedModel {
  return { ...model, file: { ...model.file, writerCalibration } };
}

/** Each letter as the Link stage decides on it: the decision its predicted type leads to, and whether it was right for it. */
export function writerPoints(records: UnseenWriterRecord[], config: PostmottakConfig, base: LoadedModel): (WriterPoint & { record: UnseenWriterRecord })[] {
  return records.map((record) => {
    const c = classifyDocument(record.text, config, base);
    const typeRight = c.documentType === record.documentType;
    const links = mustLink(config, c.documentType);
    return {
      record, batch: record.batch, decision: links ? 'mustLink' : 'newCase', confidence: links ? c.typeConfidence : c.confidence,
      evidenceBacked: c.detail.evidenceBacked, correct: links ? typeRight : typeRight && c.area === record.area,
    };
  });
}

export function fitOnHalf(records: UnseenWriterRecord[], config: PostmottakConfig, model: LoadedModel, options: WriterFitOptions = DEFAULT_WRITER_FIT): WriterCalibration {
  const base = withoutWriterMap(model);
  return fitWriterCalibration(writerPoints(records, config, base), `unseen-writers calibration half (${records.length} letters; ${options.decisions.join(' and ')}; prior ${options.prior}, evidence ${options.evidence})`, options);
}

/** The half's letters as the product answers them, each batch under a writer map that never saw it. */
export function predictOutOfFold(records: UnseenWriterRecord[], config: PostmottakConfig, model: LoadedModel, options: WriterFitOptions = DEFAULT_WRITER_FIT, k = WRITER_FOLDS): PredictedLetter[] {
  const base = withoutWriterMap(model);
  const points = writerPoints(records, config, base);
  return crossFitByBatch(
    points,
    k,
    (training) => fitWriterCalibration(training, 'fold', options),
    (map, heldOut) => predictAll(heldOut.map((p) => p.record), config, withWriterMap(base, map)),
  );
}
