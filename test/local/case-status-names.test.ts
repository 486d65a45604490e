import { describe, expect, it } from 'vitest';
import type { CaseView } from '#schemas/api';
import { caseStatusName, roleName } from '#domain/wording/names-nb';
import { caseLines } from '../../local/case-handler-wording.ts';
import { roleNamesNb } from '../../service/problem-words-nb.ts';

/** The appeals body's case status and the roles: one table (domain/wording/names-nb.ts) for `postmottak case`, the page and the refusals. */
const view = (status: string): CaseView =>
  ({
    case: { caseNumber: '2025/00001', title: 'Anke – Kari Nordmann', area: 'dental', status, handlerId: null, queue: 'unassigned/dental', keywords: [] },
    documents: [],
    parties: [],
    deadlines: [],
    journal: [],
    missingAttachments: [],
  }) as unknown as CaseView;
const names = { areas: [{ code: 'dental', name: 'Tannbehandling' }], documentTypes: [] };

describe('case status and role names', () => {
  it('prints a case status set by configuration by its name on the command line, as the page shows it', () => {
    expect(caseLines(view('ATRY'), names).split('\n')[0]).toContain(`[Tannbehandling, ${caseStatusName('ATRY')}]`);
    expect(caseStatusName('ATRY')).toBe('Anket til Trygderetten');
    expect(caseLines(view('NY'), names)).toContain('[Tannbehandling, Ny]');
    // A status the table lacks is shown as its code, not hidden.
    expect(caseLines(view('XQ'), names)).toContain('[Tannbehandling, XQ]');
  });

  it('names roles the same in the refusals and on the page', () => {
    expect(roleNamesNb.auditor).toBe(roleName('auditor'));
    expect(roleName('caseworker')).toBe('saksbehandler');
    expect(roleName('robot')).toBe('robot');
  });
});
