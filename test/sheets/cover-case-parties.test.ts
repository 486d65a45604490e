import { describe, expect, it } from 'vitest';
import { classificationUnderCover } from '#domain/sheets/cover';
import { nationalIdHash } from '#domain/registry/national-id-hash';
import type { Party } from '#schemas/parties';
import type { CoverSheet } from '#schemas/sheets';
import { linkStage } from '#stages/link';
import type { StagePorts } from '#stages/ports';
import type { CaseRecord } from '#stages/records';
import { classification, config, hashKey, stateFor } from '../registry/fixtures.ts';
import { idFor } from '../support/national-ids.ts';

/**
 * Link's cover-sheet check over the case's registered parties (review finding, session 10): a case
 * opened by a document that named no national id knows nobody by its own ids, but a representative or
 * appellant registered on it since (the letters' record of the case's parties) is its person; a
 * document behind the sheet naming someone else goes to review.
 */
const kari = idFor(12, 3, 61);
const per = idFor(4, 7, 55);
const cover: CoverSheet = { kind: 'cover', caseNumber: '2025/00004', documentType: null, area: 'dental' };
const types = ['appeal', 'medical_declaration', 'correspondence'];
const theCase = { caseId: '2025-00004', caseNumber: '2025/00004', open: true, area: 'dental', createdBy: 'doc-opener', nationalIdHashes: [] as string[] } as unknown as CaseRecord;

const portsWith = (parties: readonly Party[] | null): StagePorts =>
  ({
    config,
    cases: { get: async (id: string) => (id === theCase.caseId ? theCase : null) },
    idHashKey: async () => hashKey,
    caseParties: async (id: string) => (id === theCase.caseId ? parties : null),
  }) as unknown as StagePorts;

const behindSheet = (nationalIds: string[]) => stateFor(classificationUnderCover(classification({ documentType: 'medical_declaration', fields: { nationalIds } }), cover, types));
const representative = (id: string): Party => ({ role: 'representative', name: 'Advokat Per Hansen', address: [], nationalIdHash: nationalIdHash(id, hashKey) });

describe("a cover sheet's case whose own ids are empty", () => {
  it("sends another person's document to review when the case's registered representative is someone else", async () => {
    const link = await linkStage(behindSheet([kari]), portsWith([representative(per)]));
    expect(link).toMatchObject({ review: true, caseId: null, reasonCode: { code: 'sheet_case_person_mismatch' } });
  });

  it("files the registered party's own document on the case", async () => {
    expect(await linkStage(behindSheet([per]), portsWith([representative(per)]))).toMatchObject({ review: false, caseId: '2025-00004', matchedBy: 'cover_sheet' });
  });

  it("counts neither a first instance nor a party stored without an id: a case that knows nobody cannot confirm the document's person", async () => {
    const firstInstance: Party = { role: 'first_instance', name: 'Helfo', address: [], nationalIdHash: nationalIdHash(per, hashKey) };
    const unknown = { review: true, caseId: null, reasonCode: { code: 'sheet_case_persons_unknown' } };
    expect(await linkStage(behindSheet([kari]), portsWith([firstInstance, { role: 'appellant', name: 'Ola', address: [] }]))).toMatchObject(unknown);
    expect(await linkStage(behindSheet([kari]), portsWith(null))).toMatchObject(unknown);
  });

  it('files a document that names nobody on a case that knows nobody: the usual letter under a sheet', async () => {
    expect(await linkStage(behindSheet([]), portsWith(null))).toMatchObject({ review: false, caseId: '2025-00004', matchedBy: 'cover_sheet' });
  });
});
