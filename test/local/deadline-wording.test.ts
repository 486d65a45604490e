import { describe, expect, it } from 'vitest';
import type { CaseView } from '#schemas/api';
import { caseLines } from '../../local/case-handler-wording.ts';
import { deadlineState } from '../../domain/wording/names-nb.ts';

/** A deadline's status as `postmottak case` prints it and the case view draws it: one wording (domain/wording/names-nb.ts). */
const names = { areas: [{ code: 'dental', name: 'Tannbehandling' }], documentTypes: [] };

function view(deadlines: { status: 'open' | 'closed' | 'met' | 'missed'; missed?: boolean }[]): CaseView {
  return {
    case: { caseNumber: '2025/00001', title: 'Klage – Kari Nordmann', area: 'dental', status: 'open', handlerId: null, queue: 'unassigned/dental', keywords: [] },
    documents: [],
    parties: [],
    deadlines: deadlines.map((d, i) => ({ id: `d${i}`, kind: 'preliminary_reply', due: '2025-04-20', openedBy: 'postmottak', openedOn: '2025-03-20', ...d })),
    letters: [],
    journal: [],
    missingAttachments: [],
  } as unknown as CaseView;
}

describe('a deadline as the command line and the page say it', () => {
  it.each([
    [{ status: 'missed' as const, missed: true }, 'lukket, oversittet'],
    [{ status: 'missed' as const }, 'lukket, oversittet'],
    [{ status: 'open' as const, missed: true }, 'åpen, oversittet'],
    [{ status: 'met' as const }, 'oppfylt'],
    [{ status: 'closed' as const }, 'lukket'],
  ])('%o: «%s» on the case line', (deadline, words) => {
    expect(deadlineState(deadline)).toBe(words);
    const lines = caseLines(view([deadline]), names).split('\n');
    expect(lines).toContain(`  frist Foreløpig svar  20.04.2025  ${words}`);
  });
});
