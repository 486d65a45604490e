import { z } from 'zod';
import { ProcessStatus } from './pipeline.ts';

/**
 * `POST /api/v1/reconcile`: every object under incoming/ against the register, and with `redrive` each
 * unfinished one run again. The lines are the JSON lines `postmottak reconcile --json` prints, embedded
 * or through serve alike.
 */
export const ReconcileRequest = z.object({ redrive: z.boolean().default(false) });

const Found = z.object({ key: z.string(), documentId: z.string(), status: z.string().describe('stuck | never-started (domain/reconcile.ts)'), detail: z.string() });
const Redriven = z.object({ key: z.string(), documentId: z.string(), was: z.string(), redriven: z.literal(true), status: ProcessStatus, queue: z.string() });
const RedriveFailed = z.object({ key: z.string(), documentId: z.string(), was: z.string(), redriven: z.literal(false), error: z.string() });
export const ReconcileLine = z.union([Redriven, RedriveFailed, Found]);
export type ReconcileLine = z.infer<typeof ReconcileLine>;

export const ReconcileAnswer = z.object({
  objects: z.number().int().describe('Objects under incoming/'),
  unfinished: z.number().int().describe('Of them, without a terminal outcome before any redrive'),
  lines: z.array(ReconcileLine),
});
export type ReconcileAnswer = z.infer<typeof ReconcileAnswer>;
