import { z } from 'zod';

/** The 13 document types of SPEC.md. Types are part of the product contract; areas are configuration. */
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
export const DocumentType = z.enum(documentTypes);
export type DocumentType = z.infer<typeof DocumentType>;

export const languages = ['nb', 'nn', 'sv', 'da', 'en'] as const;
export const Language = z.enum(languages);
export type Language = z.infer<typeof Language>;

/** Case areas are configuration (an administrator can add one), so an area is a slug checked against the taxonomy. */
export const AreaCode = z.string().regex(/^[a-z][a-z0-9_]*$/, 'area codes are lower-case slugs');
export type AreaCode = z.infer<typeof AreaCode>;

export const deadlineKinds = [
  'preliminary_reply',
  'case_processing',
  'grounds',
  'appeal_deadline',
  'tribunal_appeal_deadline',
  'medical_declaration',
  'expert_statement',
  'consent',
  'comments',
] as const;
export const DeadlineKind = z.enum(deadlineKinds);
export type DeadlineKind = z.infer<typeof DeadlineKind>;

/** ISO calendar date (Europe/Oslo), YYYY-MM-DD. */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;
