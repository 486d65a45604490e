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
    letters: [],
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

  it("lists the case's letters and journals each as an outgoing entry (U) among the rest, languages by name (QA s11)", () => {
    const letter = { letterId: 'ack.2025-00001.doc-1', kind: 'appeal_acknowledgement', title: 'Bekreftelse på mottatt klage', language: 'nn', status: 'sent', heldReasonNb: null, letterDate: '2025-03-21', writtenAt: '2025-03-21T09:00:00.000Z', sentOn: '2025-03-24', pdf: null } as const;
    const withLetter = {
      ...view('NY'),
      letters: [letter, { ...letter, letterId: 'ext.2025-00001', kind: 'extended_processing_time', language: 'nb', status: 'held', heldReasonNb: 'adressen mangler', sentOn: null }],
      journal: [
        { at: '2025-03-21T08:00:00.000Z', event: 'CaseCreated', actor: 'postmottak', details: { documentType: 'appeal', journalStatus: 'J' } },
        { at: letter.writtenAt, event: 'LetterReady', actor: 'postmottak', details: { kind: letter.kind, language: 'nn', status: 'ready', letterDate: letter.letterDate } },
      ],
    } as unknown as CaseView;
    const lines = caseLines(withLetter, names).split('\n');
    expect(lines).toContain('  brev ack.2025-00001.doc-1  datert 21.03.2025  Bekreftelse på mottatt klage (nynorsk)  sendt 24.03.2025');
    expect(lines).toContain('  brev ext.2025-00001  datert 21.03.2025  Varsel om forlenget svarfrist (bokmål)  holdt tilbake: adressen mangler');
    expect(lines.at(-1)).toBe('  21.03.2025 kl. 10.00  Utgående brev journalført (U): bekreftelse på mottatt klage – postmottak (klart til utsending, nynorsk, brevdato 21. mars 2025)');
  });

  it('names roles the same in the refusals and on the page', () => {
    expect(roleNamesNb.auditor).toBe(roleName('auditor'));
    expect(roleName('caseworker')).toBe('saksbehandler');
    expect(roleName('robot')).toBe('robot');
  });
});
