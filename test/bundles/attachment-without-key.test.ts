import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../functions/commons/store/db.ts';
import { getDocumentAsStored } from '../../functions/commons/store/documents.ts';
import { dynamoStagePorts } from '../../functions/commons/store/repositories.ts';
import { localKeyWrapper, type KeyWrapper } from '../../functions/commons/crypto/national-id-vault.ts';
import { NATIONAL_ID_KMS_KEY_ENV } from '../../functions/commons/crypto/kms-key-wrapper.ts';
import { linkStage } from '../../stages/link.ts';
import { registerStage } from '../../stages/register.ts';
import { deadlinesStage } from '../../stages/deadlines.ts';
import { routeStage } from '../../stages/route.ts';
import { withFreshTable } from '../support/fresh-table.ts';
import { classification, config, depsFor, hashKey, personId, runPipeline, stateFor } from '../registry/fixtures.ts';

/**
 * Link runs in AWS with no national-id key (functions/lambda-functions.ts gives it none), and a first
 * instance's transfer letter carries the appellant's id sealed. The local stack sets NATIONAL_ID_KEY for
 * every handler, which hid that an attachment's Link opened its main document's ids: these tests build
 * Link's ports the way its Lambda does, with neither key in the environment.
 */
const keyEnv = ['NATIONAL_ID_KEY', NATIONAL_ID_KMS_KEY_ENV] as const;

describe("an attachment of a first instance's bundle, in functions that hold no national-id key", () => {
  let db: Db;
  withFreshTable((fresh) => {
    db = fresh;
  });
  const saved = new Map<string, string | undefined>();
  beforeEach(() => {
    for (const name of keyEnv) {
      saved.set(name, process.env[name]);
      delete process.env[name];
    }
  });
  afterEach(() => {
    for (const name of keyEnv) {
      const value = saved.get(name);
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  async function routedTransferLetter(seed: number) {
    const transfer = classification({ documentType: 'case_transfer', area: 'pharmacy', confidence: 0.99, typeConfidence: 0.99, fields: { nationalIds: [personId(seed)], caseReferences: [`26/3110${seed}`] } });
    const main = await runPipeline(stateFor(transfer), depsFor(db));
    expect(main.result).toMatchObject({ status: 'routed' });
    // The transfer letter's id is stored sealed: opening it needs the key Link does not hold.
    const stored = await getDocumentAsStored(db, main.result.documentId);
    expect(stored?.item.fields).toHaveProperty('nationalIdsSealed');
    return main.result;
  }

  // A copy of the first instance's decision, read well (its own id left out: the transfer letter has it).
  function attachmentOf(mainDocumentId: string) {
    const state = stateFor(classification({ documentType: 'correspondence', area: 'pharmacy' }));
    const fileDocumentId = state.inspection!.documentId;
    return { ...state, part: { documentId: `${fileDocumentId}-2`, fileDocumentId, part: 2, parts: 2, pageRange: [2, 2] as [number, number], role: 'attachment' as const, kind: 'decision_copy' as const, mainDocumentId, missingAttachments: [] } };
  }

  it("Link files the attachment on its main document's case without asking for a national-id key", async () => {
    const main = await routedTransferLetter(31);
    // Link's ports as its Lambda builds them: the table, the id-hash key, and no national-id key at all.
    const linkPorts = dynamoStagePorts({ client: db.client, table: db.table }, { config, idHashKey: async () => hashKey, now: () => new Date('2025-03-21T09:00:00Z') });
    const link = await linkStage(attachmentOf(main.documentId), linkPorts);
    expect(link).toMatchObject({ review: false, caseId: main.caseId, matchedBy: 'main_document' });
  });

  it("Route reads only the main document's queue: no national id of it is opened for an attachment", async () => {
    const main = await routedTransferLetter(32);
    const key = localKeyWrapper(Buffer.alloc(32, 5));
    let unwraps = 0;
    const counting: KeyWrapper = {
      newDataKey: () => key.newDataKey(),
      unwrap: (wrapped) => {
        unwraps += 1;
        return key.unwrap(wrapped);
      },
    };
    const ports = dynamoStagePorts({ client: db.client, table: db.table }, { config, idHashKey: async () => hashKey, now: () => new Date('2025-03-21T09:00:00Z'), nationalIdKey: () => counting });
    // The stages in the order the state machine runs them for an attachment that followed its main document.
    const state = attachmentOf(main.documentId);
    const link = await linkStage(state, ports);
    const registration = await registerStage({ ...state, link }, ports);
    const deadlines = await deadlinesStage({ ...state, link, registration }, ports);
    const routed = await routeStage({ ...state, link, registration, deadlines }, ports);
    expect(routed).toMatchObject({ status: 'routed', caseId: main.caseId, queue: main.queue });
    // The attachment itself carries no national id, so nothing on its path has a sealed copy to open.
    expect(unwraps).toBe(0);
  });
});
