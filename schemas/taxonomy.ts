import { z } from 'zod';

/**
 * The 13 document types of SPEC.md: the labels the classifier is trained on. What each type does
 * (names, deadlines, routing, decision dates) is configuration (config/postmottak.json typeRules),
 * and a configuration may describe more types than these (an archivist sets them by decision until a
 * model predicts them), so a document's type is checked as a slug here and against the configuration
 * at load (schemas/config.ts).
 */
export const documentTypes = [
  'case_transfer',
  'appeal',
  'appeal_deadline_interrupting',
  'tribunal_appeal',
  'medical_declaration',
  'expert_statement',
  'consent',
  'comments',
  'reopening_request',
  'legal_costs_claim',
  'tribunal_ruling',
  'invoice',
  'correspondence',
] as const;
export const DocumentType = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'document types are lower-case slugs')
  .describe('A document type of the configuration (typeRules[].type); by default the 13 types of SPEC.md');
export type DocumentType = z.infer<typeof DocumentType>;
/** A type the classifier can predict. */
export type ModelDocumentType = (typeof documentTypes)[number];

export const languages = ['nb', 'nn', 'sv', 'da', 'en'] as const;
export const Language = z.enum(languages);
export type Language = z.infer<typeof Language>;

/**
 * The 11 case areas the classifier is trained on (models/current.json area classes; the evidence rules
 * name only these). A configuration must define each, else every document the model gives it goes
 * to review; it may define more (set by decision until a model predicts them).
 */
export const modelAreas = [
  'pharmacy',
  'medical',
  'dental',
  'physiotherapy',
  'treatment_abroad',
  'patient_travel',
  'sick_pay',
  'work_assessment',
  'disability',
  'occupational_injury',
  'practitioner_sanctions',
] as const;

/** Case areas are configuration (an administrator can add one), so an area is a slug checked against the taxonomy. */
export const AreaCode = z.string().regex(/^[a-z][a-z0-9_]*$/, 'area codes are lower-case slugs');
export type AreaCode = z.infer<typeof AreaCode>;

/** Deadline kinds are configuration (config/postmottak.json deadlineRules): a slug checked against the rules at load. */
export const DeadlineKind = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'deadline kinds are lower-case slugs')
  .describe('A deadline kind of the configuration (deadlineRules[].kind)');
export type DeadlineKind = z.infer<typeof DeadlineKind>;

/**
 * ISO calendar date (Europe/Oslo), YYYY-MM-DD. A value of another kind (a number) is told the form
 * too, not «a string» (service/schema-issue-words.ts words it by this text).
 */
export const IsoDate = z.iso.date({ error: (issue) => (issue.code === 'invalid_type' ? 'a date written YYYY-MM-DD' : undefined) });
export type IsoDate = z.infer<typeof IsoDate>;
