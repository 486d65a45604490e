import { describe, expect, it } from 'vitest';
import type { DocumentPart } from '#schemas/bundles';
import { batchKeyOf } from '#domain/intake/batch';
import { partDocumentId } from '#domain/bundles/document-parts';
import type { Db } from '../../functions/commons/store/db.ts';
import { recordFailureStage } from '../../stages/record-failure.ts';
import type { BatchRoll } from '../../stages/ports.ts';
import { classification, depsFor, stateFor } from '../registry/fixtures.ts';
import { withFreshTable } from '../support/fresh-table.ts';

/**
 * A document that fails before its first Link takes its file off its batch's roll, under the id
 * Inspect entered it by (the FILE's): a part of a split file carries no inspection, only its file's
 * id. A split file is on the roll once, and its first part takes it off (stages/batch-roll.ts says why).
 */
let db: Db;
withFreshTable((fresh) => {
  db = fresh;
});

function rollPorts() {
  const left: { batch: string; documentId: string }[] = [];
  const batches: BatchRoll = { enter: async () => {}, leave: async ({ batch, documentId }) => void left.push({ batch, documentId }), beforeLink: async () => [] };
  return { left, ports: { ...depsFor(db), batches } };
}

function partOf(fileDocumentId: string, part: number, parts: number): DocumentPart {
  return { documentId: partDocumentId(fileDocumentId, part), fileDocumentId, part, parts, pageRange: [part, part], role: 'main', kind: 'letter', mainDocumentId: null, missingAttachments: [] };
}

describe('RecordFailure and the batch roll', () => {
  it("takes a split file's first part off the roll under the file's id", async () => {
    const { intake, fileName, inspection } = stateFor(classification());
    const fileId = inspection!.documentId;
    const { left, ports } = rollPorts();
    await recordFailureStage({ intake, fileName, pages: [], part: partOf(fileId, 1, 2), failure: { Error: 'States.Timeout' } }, ports);
    expect(left).toEqual([{ batch: batchKeyOf(intake), documentId: fileId }]);
  });

  it('takes nothing off when a later part fails: the first part took the file off', async () => {
    const { intake, fileName, inspection } = stateFor(classification());
    const { left, ports } = rollPorts();
    await recordFailureStage({ intake, fileName, pages: [], part: partOf(inspection!.documentId, 2, 2), failure: { Error: 'States.Timeout' } }, ports);
    expect(left).toEqual([]);
  });

  it('takes a one-document file off the roll under the id Inspect entered', async () => {
    const state = stateFor(classification());
    const { left, ports } = rollPorts();
    await recordFailureStage({ intake: state.intake, fileName: state.fileName, inspection: state.inspection, pages: [], failure: { Error: 'States.Timeout' } }, ports);
    expect(left).toEqual([{ batch: batchKeyOf(state.intake), documentId: state.inspection!.documentId }]);
  });
});
