import type { Classification } from '#schemas/pipeline';
import { decisionAccuracy, type DecisionAccuracy } from '#domain/classify/decision-accuracy';
import { listExamples, recordExample, type Answer, type ExampleKind } from '../../functions/commons/store/examples.ts';
import type { DocumentRecord } from '../../functions/commons/store/documents.ts';
import type { Identity } from '../identity.ts';
import type { ServiceContext } from '../ports.ts';
import { requirePermission } from './guard.ts';
import { readStoredPages } from './stored-pages.ts';

/** The text of a document as read, pages joined by form feeds (the separator pdftotext uses). */
export async function documentText(ctx: ServiceContext, doc: DocumentRecord): Promise<string> {
  return (await readStoredPages(ctx.files, doc)).map((page) => page?.text ?? '').join('\f');
}

/** The machine's answer as the document carries it: in review, the guess it resumes from; once routed, what it was routed as before any correction. */
export function machineAnswer(doc: DocumentRecord): Answer & { confidence: number | null; modelVersion: string | null } {
  const guess: Classification | undefined = doc.resume?.classification;
  const machine = doc.item.machine as { documentType?: string; area?: string; confidence?: number; modelVersion?: string } | undefined;
  return {
    documentType: machine?.documentType ?? guess?.documentType ?? (doc.item.documentType as string | undefined) ?? null,
    area: machine?.area ?? guess?.area ?? (doc.item.area as string | undefined) ?? null,
    caseId: doc.caseId,
    confidence: machine?.confidence ?? guess?.confidence ?? (doc.item.confidence as number | undefined) ?? null,
    modelVersion: machine?.modelVersion ?? guess?.modelVersion ?? null,
  };
}

/**
 * Keeps a decision or a correction as a labelled example. A failure here must not undo the archivist's
 * work, which is already stored: it is reported to the operator (no document data) and the answer stands.
 */
export async function keepExample(ctx: ServiceContext, identity: Identity, input: { kind: ExampleKind; doc: DocumentRecord; machine?: ReturnType<typeof machineAnswer>; archivist: Answer & { outcome?: string; fields?: Record<string, unknown> }; at: string }): Promise<void> {
  try {
    await recordExample(ctx.db, {
      kind: input.kind,
      documentId: input.doc.documentId,
      at: input.at,
      by: identity.person,
      machine: input.machine ?? machineAnswer(input.doc),
      archivist: input.archivist,
      text: await documentText(ctx, input.doc),
      language: (input.doc.item.language as string | undefined) ?? input.doc.resume?.classification?.language ?? null,
    });
  } catch (error) {
    process.stderr.write(`postmottak: a labelled example of kind ${input.kind} was not kept: ${(error as Error).name}\n`);
  }
}

/** How the model did on the last 100 decisions: accepted unchanged, per type and per area of its guess. */
export async function reviewAccuracy(ctx: ServiceContext, identity: Identity): Promise<DecisionAccuracy & { modelVersions: string[] }> {
  requirePermission(identity, 'review:read');
  const examples = await listExamples(ctx.db, { kind: 'decision', limit: 100, withText: false });
  return { ...decisionAccuracy(examples), modelVersions: [...new Set(examples.map((e) => e.machine.modelVersion).filter((v): v is string => !!v))] };
}
