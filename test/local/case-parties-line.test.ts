import { describe, expect, it } from 'vitest';
import type { CaseView } from '#schemas/api';
import { caseLines } from '../../local/case-handler-wording.ts';
import { idFor } from '../support/national-ids.ts';

/**
 * QA session 13 L5: `postmottak case` listed documents, letters, deadlines and the journal but not who
 * the parties are, which the page's case view shows under «Parter». The national id stays in --json.
 */
const names = { areas: [{ code: 'dental', name: 'Tannbehandling' }], documentTypes: [] } as never;

describe('postmottak case and its parties', () => {
  it('lists each party by role, with firm and address, and no national id', () => {
    const nationalId = idFor(12, 3, 85);
    const view = {
      case: { caseNumber: '2025/00001', title: 'Klage – Kari Nordmann', area: 'dental', status: 'NY', handlerId: null, queue: 'unassigned/dental', keywords: [] },
      documents: [],
      parties: [
        { role: 'appellant', name: 'Kari Nordmann', address: ['Fjellveien 3', '5006 Bergen'], identified: true, nationalId },
        { role: 'representative', name: 'Ola Advokat', firm: 'Advokatfirma AS', address: [], identified: false },
        { role: 'first_instance', name: 'Helfo', address: ['Postboks 2415', '3104 Tønsberg'], identified: false },
      ],
      deadlines: [],
      letters: [],
      journal: [],
      missingAttachments: [],
    } as unknown as CaseView;
    const text = caseLines(view, names);
    const lines = text.split('\n');
    expect(lines).toContain('  part Klager: Kari Nordmann  Fjellveien 3, 5006 Bergen');
    expect(lines).toContain('  part Fullmektig: Ola Advokat (Advokatfirma AS)  ingen adresse');
    expect(lines).toContain('  part Førsteinstans: Helfo  Postboks 2415, 3104 Tønsberg');
    expect(text).not.toContain(nationalId);
  });
});
