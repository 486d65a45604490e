import type { FileFormat } from '#schemas/pipeline';
import type { Reason, ReasonCode } from '#schemas/reasons';
import { because } from '../reasons/wording.ts';

export type RejectCode = 'empty' | 'unsupported_type' | 'corrupt' | 'encrypted' | 'too_many_pages' | 'too_many_pixels' | 'too_large';

export type InspectOutcome =
  | { ok: true; format: FileFormat; pageCount: number; textLayer: boolean[] }
  | { ok: false; code: RejectCode; reason: string; reasonCode: Reason };

export type Rejection = Extract<InspectOutcome, { ok: false }>;

/** A rejection: its kind, and why in words (English, from the reason's code and parameters). */
export const reject = (code: RejectCode, why: ReasonCode, params: Reason['params'] = {}): Rejection => ({ ok: false, code, ...because(why, params) });
