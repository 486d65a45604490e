import { describe, expect, it } from 'vitest';
import { decidedLines } from '../../local/archivist-wording.ts';
import type { ProcessResult } from '../../schemas/pipeline.ts';

/**
 * QA of session 16: `review decide --json` printed the decided document's line without `reasonNb` and
 * each document that followed it with one, so a script could not read the lines alike.
 */
const line = (documentId: string, status: ProcessResult['status']) => ({ documentId, status, reason: status === 'review' ? 'why' : null }) as unknown as ProcessResult;

describe("review decide's lines", () => {
  it('have the same keys for the decided document and each that followed it, reasonNb null when routed', () => {
    const lines = decidedLines({ result: line('doc-a', 'routed'), followed: [line('doc-b', 'review'), line('doc-c', 'routed')].map((r, i) => (i === 0 ? { ...r, reasonNb: 'Venter' } : r)) });
    expect(lines.map((l) => l.documentId)).toEqual(['doc-a', 'doc-b', 'doc-c']);
    const keys = lines.map((l) => Object.keys(l).sort().join(','));
    expect(new Set(keys).size).toBe(1);
    expect(lines.map((l) => l.reasonNb)).toEqual([null, 'Venter', null]);
  });

  it("keep the decided document's reason when it went back to review", () => {
    expect(decidedLines({ result: line('doc-a', 'review'), reasonNb: 'Mangler vedtaksdato' })).toEqual([expect.objectContaining({ documentId: 'doc-a', reasonNb: 'Mangler vedtaksdato' })]);
  });
});
