import { describe, expect, it } from 'vitest';
import { decideLink, type CaseCandidate } from '#domain/registry/linking';
import { sameAppealedDecision, type AppealedDecision } from '#domain/registry/same-decision';
import { firstInstanceMentions, firstInstanceOrganisation } from '#domain/parties/organisations';
import { classification, config } from './fixtures.ts';

/**
 * QA s15 (link15 items 1 and 4): the grounds promised by a deadline-interrupting appeal find that
 * appeal's case even when their decision date is not the case's; a first instance keeps its unit's
 * full name and is compared by organisation.
 */
const interruptedOpener: AppealedDecision = { decisionDate: '2026-10-13', firstInstance: 'NAV Yrkesskade', area: 'occupational_injury', areaSure: true, deadlines: ['preliminary_reply', 'case_processing', 'appeal_deadline', 'grounds'] };
const interruptedCase: CaseCandidate = { caseId: '2026-00009', open: true, area: 'occupational_injury', createdBy: 'doc-a10', openedFor: interruptedOpener };
const groundsLetter = (decisionDate: string | null, over: Parameters<typeof classification>[0] = {}) =>
  classification({ documentType: 'appeal', area: 'occupational_injury', ...over, fields: { decisionDate, decisionReceivedDate: null, parties: [{ role: 'first_instance', name: 'Nav', address: [] }], ...over.fields } });
const link = (c: ReturnType<typeof classification>, ids: CaseCandidate[]) => decideLink({ documentId: 'doc-f05', classification: c, referenceMatches: [], nationalIdMatches: ids }, config);

describe('grounds whose decision date is not the case’s (the case waits for grounds)', () => {
  it('never opens a second case: the archivist is asked, naming the case that waits', () => {
    // 15.10 is the day the decision came (the case's decision is dated 13.10); before the fix: a new case, grounds left open.
    const result = link(groundsLetter('2026-10-15'), [interruptedCase]);
    expect(result).toMatchObject({ review: true, caseId: null, reasonCode: { code: 'same_person_other_decision', params: { caseId: '2026-00009' } } });
    expect(result.reason).toMatch(/2026\/00009/);
  });

  it('joins as before when the date is the case’s, or missing', () => {
    expect(link(groundsLetter('2026-10-13'), [interruptedCase])).toMatchObject({ review: false, caseId: '2026-00009', matchedBy: 'national_id' });
    expect(link(groundsLetter(null, { fields: { decisionReceivedDate: '2026-10-15' } }), [interruptedCase])).toMatchObject({ review: false, caseId: '2026-00009' });
  });

  it('still opens its own case for a genuinely different decision: another date and another area or first instance', () => {
    const dental = groundsLetter('2026-11-02', { area: 'dental', fields: { parties: [{ role: 'first_instance', name: 'Helfo', address: [] }] } });
    expect(link(dental, [interruptedCase])).toMatchObject({ review: false, caseId: null, matchedBy: null });
    // The area read unsure: the other first instance tells it.
    expect(sameAppealedDecision({ decisionDate: '2026-11-02', firstInstance: 'Helfo Tannhelse', area: 'occupational_injury', areaSure: false, deadlines: ['grounds'] }, interruptedOpener)).toBe('different');
  });

  it('opens its own case for another date when the case waits for no grounds (an ordinary appeal opened it)', () => {
    const ordinary: CaseCandidate = { ...interruptedCase, openedFor: { ...interruptedOpener, deadlines: ['preliminary_reply', 'case_processing', 'appeal_deadline'] } };
    expect(link(groundsLetter('2026-10-15'), [ordinary])).toMatchObject({ review: false, caseId: null, matchedBy: null });
    // A second deadline-interrupting appeal closes no grounds: another date is another decision.
    expect(link(groundsLetter('2026-10-15', { documentType: 'appeal_deadline_interrupting' }), [interruptedCase])).toMatchObject({ review: false, caseId: null });
  });
});

describe('first instances: the unit’s full name, compared by organisation', () => {
  it('keeps a region or direction written in small letters after the unit', () => {
    const names = (text: string) => firstInstanceMentions(text).map((m) => m.name);
    // Before: «Nav klageinstans».
    expect(names('Saken er oversendt fra Nav klageinstans sør til dere.')).toEqual(['Nav klageinstans sør']);
    expect(names('NAV klageinstans nord\nPostboks 1')).toEqual(['NAV klageinstans nord']);
    expect(names('Nav klageinstans Midt-Norge har vurdert saken')).toEqual(['Nav klageinstans Midt-Norge']);
    // A lower-case word that is no region stays out.
    expect(names('Nav klageinstans sendte saken')).toEqual(['Nav klageinstans']);
  });

  it('counts units of one organisation as one sender when neither letter is dated', () => {
    expect(firstInstanceOrganisation('Helfo, Seksjon for klage')).toBe(firstInstanceOrganisation('Helfo'));
    expect(firstInstanceOrganisation('Nav klageinstans sør')).toBe(firstInstanceOrganisation('NAV'));
    expect(firstInstanceOrganisation('Helfo')).not.toBe(firstInstanceOrganisation('Nav'));
    const transfer = (firstInstance: string): AppealedDecision => ({ decisionDate: null, firstInstance, area: 'medical', areaSure: false });
    // Before: «helfo,» and «helfo» were two first instances, so the comments' case was another decision.
    expect(sameAppealedDecision(transfer('Helfo, Seksjon for klage'), { ...transfer('Helfo'), areaSure: true })).toBe('unsure');
    expect(sameAppealedDecision(transfer('Nav Arbeid og ytelser'), { ...transfer('Helfo'), areaSure: true })).toBe('different');
  });
});
