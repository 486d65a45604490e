import type { Party } from '#schemas/parties';
import type { Classification } from '#schemas/pipeline';

/** A confident classification of a dental-area document that names `parties`, as the letter stages get it. */
export const classificationNaming = (documentType: Classification['documentType'], parties: Party[], decisionDate: string | null = '2025-03-12'): Classification => ({
  documentType,
  area: 'dental',
  language: 'nb',
  keywords: [],
  confidence: 0.97,
  reviewReason: null,
  textSource: 'ocr',
  pages: 1,
  explanation: [],
  modelVersion: 'test',
  fields: { nationalIds: [], caseReferences: [], decisionDate, decisionReceivedDate: null, parties },
});
