import type { PostmottakConfig } from '#schemas/config';
import type { Classification, TextSource } from '#schemas/pipeline';
import type { IsoDate } from '#schemas/taxonomy';
import { extractFields } from '#domain/fields/index';
import { extractParties, type PartiesOptions } from '#domain/parties/index';
import { typeRule } from '../config.ts';
import { because, reasonNames } from '../reasons/wording.ts';
import { classifyDocument, promotedModel, type LoadedModel } from './index.ts';

const NO_TEXT = because('no_text');
export const NO_TEXT_REASON = NO_TEXT.reason;

import { PAGE_BREAK } from './page-break.ts';

export { PAGE_BREAK };

export interface PageTextIn {
  pageIndex: number;
  source: 'text_layer' | 'ocr';
  text: string;
}

/**
 * The classify stage's decision for a document, from its pages' text: type, area, language,
 * keywords, calibrated confidence, fields, and whether it must not be guessed at (no text). The day the
 * mail came, where known, decides the year of a receipt day written without one (domain/fields).
 */
export function classificationOf(pages: PageTextIn[], config: PostmottakConfig, model: LoadedModel = promotedModel(), parties: PartiesOptions = {}, mail: { receivedDate?: IsoDate | undefined } = {}): Classification {
  const ordered = [...pages].sort((a, b) => a.pageIndex - b.pageIndex);
  const text = ordered.map((p) => p.text).join(PAGE_BREAK);
  const sources = new Set(ordered.map((p) => p.source));
  const textSource: TextSource = sources.size > 1 ? 'mixed' : sources.has('text_layer') ? 'text_layer' : 'ocr';
  const result = classifyDocument(text, config, model);
  const noText = result.hold === 'no_text';
  const typeHeld = { documentType: result.documentType };
  const held = noText
    ? NO_TEXT
    : result.hold === 'comments_or_appeal'
      ? because('comments_or_appeal', typeHeld, reasonNames(config))
      : result.hold === 'answers_nothing'
        ? because('answers_nothing', typeHeld, reasonNames(config))
        : null;
  return {
    documentType: result.documentType,
    area: result.area,
    language: result.language,
    keywords: result.keywords,
    confidence: noText ? 0 : result.confidence,
    typeConfidence: noText ? 0 : result.typeConfidence,
    // Who wrote and for whom (fields.parties); a document without text names nobody.
    fields: { ...extractFields(text, noText ? null : typeRule(config, result.documentType).decisionDateOf, mail), ...(noText ? {} : { parties: extractParties(text, parties) }) },
    reviewReason: held ? held.reason : null,
    ...(held ? { reviewReasonCode: held.reasonCode } : {}),
    ...(!noText && result.detail.contestingArea ? { areaContestedBy: result.detail.contestingArea } : {}),
    textSource,
    pages: Math.max(1, ordered.length),
    explanation: noText ? [] : result.explanation,
    modelVersion: result.modelVersion,
  };
}
