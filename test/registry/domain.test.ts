import { describe, expect, it } from 'vitest';
import { ProcessResult } from '#schemas/pipeline';
import { caseIdFor, formatCaseNumber, normalizeReference, ownCaseIdIn } from '#domain/registry/case-number';
import { decideLink, type CaseCandidate } from '#domain/registry/linking';
import { decideQueue, keywordsFor, priorityFor, prioritySortKey } from '#domain/registry/routing';
import { closeDeadlines, dueOnOrBefore, nextDue, openDeadlines } from '#domain/registry/deadline-book';
import { journalStatusFor } from '#domain/registry/noark';
import { nationalIdHash } from '#domain/registry/national-id-hash';
import { newCaseDraft, joinedCaseTitle } from '#domain/registry/registration';
import { processResult } from '#domain/registry/result';
import { typeRule } from '#domain/config';
import { classification, config, personId } from './fixtures.ts';

const open = (caseId: string, createdBy = 'doc-other'): CaseCandidate => ({ caseId, open: true, area: 'dental', createdBy });
const closed = (caseId: string): CaseCandidate => ({ caseId, open: false, area: 'dental', createdBy: 'doc-other' });
const link = (c = classification(), matches: { refs?: CaseCandidate[][]; ids?: CaseCandidate[]; documentId?: string } = {}) =>
  decideLink({ documentId: matches.documentId ?? 'doc-1', classification: c, referenceMatches: matches.refs ?? [], nationalIdMatches: matches.ids ?? [] }, config);

describe('case numbers', () => {
  it('are YYYY/NNNNN per year, and the case id is the same number with a dash', () => {
    expect(formatCaseNumber(2025, 42)).toBe('2025/00042');
    expect(formatCaseNumber(2025, 123456)).toBe('2025/123456');
    expect(caseIdFor(2025, 42)).toBe('2025-00042');
    expect(() => formatCaseNumber(2025, 0)).toThrow(RangeError);
  });

  it('recognise a reference that may be ours, with or without leading zeros', () => {
    expect(ownCaseIdIn('2025/04127')).toBe('2025-04127');
    expect(ownCaseIdIn('2025/4127')).toBe('2025-04127');
    expect(ownCaseIdIn('24/113188')).toBeNull();
    expect(ownCaseIdIn('5123-4/KB')).toBeNull();
  });

  it('normalise references as written by other agencies and lawyers', () => {
    expect(normalizeReference(' 5123-4/kb. ')).toBe('5123-4/KB');
    expect(normalizeReference('24/113188,')).toBe('24/113188');
  });
});

describe('linking (SPEC: reference of an open case, else a national id with exactly one open case)', () => {
  it('links by the first reference that names exactly one open case', () => {
    const result = link(classification(), { refs: [[open('2025-00001'), open('2025-00002')], [open('2025-00003'), closed('2025-00004')]] });
    expect(result).toMatchObject({ review: false, caseId: '2025-00003', matchedBy: 'case_reference' });
  });

  it('links by national id only when the person has exactly one open case', () => {
    const declaration = classification({ documentType: 'medical_declaration' });
    expect(link(declaration, { ids: [open('2025-00007'), closed('2025-00002')] })).toMatchObject({ caseId: '2025-00007', matchedBy: 'national_id' });
    expect(link(declaration, { ids: [open('2025-00007'), open('2025-00008')] })).toMatchObject({ review: true, caseId: null });
    expect(link(classification(), { ids: [open('2025-00007'), open('2025-00008')] })).toMatchObject({ review: false, caseId: null });
  });

  // QA s14 f HIGH-1 (G01, G07, G08): the rule of issue 14 item 4, for a person's open case.
  describe('a letter that opens a case, found only by its person\'s one open case', () => {
    const openedFor = (decisionDate: string | null, area = 'dental', firstInstance: string | null = 'Helfo') => ({ decisionDate, area, firstInstance, areaSure: true });
    const dentalCase = (decisionDate: string | null, firstInstance: string | null = 'Helfo') => ({ ...open('2025-00007'), openedFor: openedFor(decisionDate, 'dental', firstInstance) });
    const nav = { parties: [{ role: 'first_instance' as const, name: 'Nav klageinstans sør', address: [] }] };

    it('joins it when about the same decision (same decision date)', () => {
      expect(link(classification(), { ids: [dentalCase('2025-03-12')] })).toMatchObject({ review: false, caseId: '2025-00007', matchedBy: 'national_id' });
    });

    it('opens its own case for another decision date, another area read with confidence, or another first instance', () => {
      expect(link(classification(), { ids: [dentalCase('2025-01-15')] })).toMatchObject({ review: false, caseId: null, matchedBy: null });
      const transfer = (over: Parameters<typeof classification>[0]) => classification({ documentType: 'case_transfer', ...over, fields: { decisionDate: null, ...over?.fields } });
      expect(link(transfer({ area: 'medical' }), { ids: [dentalCase(null)] })).toMatchObject({ review: false, caseId: null });
      expect(link(transfer({ fields: nav }), { ids: [dentalCase(null)] })).toMatchObject({ review: false, caseId: null });
      expect(link(classification({ documentType: 'appeal_deadline_interrupting' }), { ids: [dentalCase('2025-01-15')] })).toMatchObject({ caseId: null, review: false });
    });

    it("joins a deadline-interrupting appeal's case when an appeal without a decision date comes (its grounds)", () => {
      const interrupted = { ...open('2025-00007'), openedFor: { ...openedFor('2025-02-01'), deadlines: ['preliminary_reply', 'case_processing', 'appeal_deadline', 'grounds'] } };
      const grounds = classification({ documentType: 'appeal', fields: { decisionDate: null, decisionReceivedDate: '2025-02-03' } });
      // Before: review «Samme person, annet vedtak?».
      expect(link(grounds, { ids: [interrupted] })).toMatchObject({ review: false, caseId: '2025-00007', matchedBy: 'national_id' });
      // A case an appeal opened waits for no grounds: which decision it is about stays undecided.
      expect(link(grounds, { ids: [dentalCase('2025-02-01')] })).toMatchObject({ review: true, reasonCode: { code: 'same_person_other_decision' } });
    });

    it('goes to review naming both possibilities when it cannot tell, and a new case once an archivist decided it without a case', () => {
      const unsure = link(classification({ documentType: 'case_transfer', fields: { decisionDate: null } }), { ids: [dentalCase('2025-01-15')] });
      expect(unsure).toMatchObject({ review: true, caseId: null, reasonCode: { code: 'same_person_other_decision', params: { caseId: '2025-00007', caseArea: 'dental', area: 'dental' } } });
      expect(unsure.reason).toMatch(/2025\/00007.*new case/);
      // Area unsure: which decision it is about cannot be told from the area either.
      expect(link(classification({ area: 'sick_pay', confidence: 0.5, fields: { decisionDate: null, decisionReceivedDate: '2025-03-01' } }), { ids: [dentalCase(null)] })).toMatchObject({ review: true, reasonCode: { code: 'same_person_other_decision' } });
      const decided = decideLink({ documentId: 'doc-1', classification: classification({ documentType: 'case_transfer', fields: { decisionDate: null } }), decision: { archivist: 'a', decidedAt: '2025-03-20T10:00:00Z' } as never, referenceMatches: [], nationalIdMatches: [dentalCase('2025-01-15')] }, config);
      expect(decided).toMatchObject({ review: false, caseId: null });
    });
  });

  // Review s14 of fixF, MEDIUM-2 (F07): choosing the case files the letter as the type read, so a guessed type is said too.
  it('says also that the type is a guess when it asks «Samme person, annet vedtak?»', () => {
    const guess = classification({ confidence: 0.27, typeConfidence: 0.27, fields: { decisionDate: null, decisionReceivedDate: '2025-03-01' } });
    const result = link(guess, { ids: [{ ...open('2025-00007'), openedFor: { decisionDate: null, area: 'dental', firstInstance: 'Helfo', areaSure: true } }] });
    expect(result).toMatchObject({ review: true, caseId: null, reasonCode: { code: 'same_person_other_decision', also: { code: 'unsure', params: { typeConfidence: 0.27 } } } });
    expect(result.reason).toMatch(/2025\/00007.*Also: .*27 %/s);
  });

  it('creates a case for an appeal or transfer that links to nothing', () => {
    expect(link(classification({ documentType: 'case_transfer' }))).toEqual(expect.objectContaining({ review: false, caseId: null, matchedBy: null }));
  });

  it.each(['medical_declaration', 'tribunal_appeal', 'correspondence', 'invoice'] as const)('sends a must-be-linked %s that links to nothing to review, saying so', (documentType) => {
    const result = link(classification({ documentType, fields: { decisionDate: '2025-03-12' } }));
    expect(result.review).toBe(true);
    expect(result.reason).toMatch(/must be added to an existing case/);
  });

  it('sends low confidence, a classifier reason, and an appeal without decision date to review', () => {
    expect(link(classification({ confidence: 0.5 })).reason).toMatch(/together are 50 % sure/);
    expect(link(classification({ reviewReason: 'No readable text (a photo?)' })).reason).toBe('No readable text (a photo?)');
    expect(link(classification({ fields: { decisionDate: null } })).reason).toMatch(/No decision date/);
    expect(link(classification({ documentType: 'tribunal_appeal', fields: { decisionDate: null, decisionReceivedDate: null } }), { refs: [[open('2025-00001')]] }).reason).toMatch(/No decision date/);
    // A decision-received date is enough to check the deadline.
    expect(link(classification({ fields: { decisionDate: null, decisionReceivedDate: '2025-03-14' } })).review).toBe(false);
  });

  it('tells the archivist first that no case was found, when an unsure must-be-linked document links to nothing', () => {
    const orphan = link(classification({ documentType: 'medical_declaration', confidence: 0.6 }));
    expect(orphan.review).toBe(true);
    expect(orphan.reason).toMatch(/^A medical declaration must be added to an existing case.*Also: The machine is (not )?sure of the document type.*together are 60 % sure/);
    // Found its case, but unsure what it is: review for the confidence alone.
    const linked = link(classification({ documentType: 'medical_declaration', confidence: 0.6, typeConfidence: 0.6 }), { ids: [open('2025-00007')] });
    expect(linked).toMatchObject({ review: true, caseId: null });
    expect(linked.reason).toMatch(/^The machine is not sure/);
  });

  it('lets an archivist decide: corrections applied, the chosen case forced, no threshold', () => {
    const decision = { documentId: 'doc-1', archivist: 'arkivar1', decidedAt: '2025-03-21T10:00:00Z', documentType: 'medical_declaration' as const, caseId: '2025-00009' };
    const chosen = decideLink({ documentId: 'doc-1', classification: classification({ confidence: 0.3 }), decision, referenceMatches: [], nationalIdMatches: [], chosenCase: open('2025-00009') }, config);
    expect(chosen).toMatchObject({ review: false, caseId: '2025-00009', matchedBy: 'archivist' });
    expect(chosen.classification.documentType).toBe('medical_declaration');
    const missing = decideLink({ documentId: 'doc-1', classification: classification(), decision, referenceMatches: [], nationalIdMatches: [], chosenCase: null }, config);
    expect(missing.review).toBe(true);
    const noCase = decideLink({ documentId: 'doc-1', classification: classification({ confidence: 0.3 }), decision: { ...decision, caseId: undefined }, referenceMatches: [], nationalIdMatches: [] }, config);
    expect(noCase.review).toBe(true);
    expect(noCase.reason).toMatch(/must be added/);
  });

  describe('gate: a linked document takes its case\'s area, so only its type must be sure', () => {
    // Sure of the type, unsure of the area read from the letter.
    const typeSure = { confidence: 0.6, typeConfidence: 0.95 };

    it.each<[string, { refs?: CaseCandidate[][]; ids?: CaseCandidate[] }, string]>([
      ['case reference', { refs: [[open('2025-00003')]] }, 'case_reference'],
      ['national id', { ids: [open('2025-00007')] }, 'national_id'],
    ])('lets a must-be-linked document through on its type confidence when it links by %s', (_, matches, matchedBy) => {
      const result = link(classification({ documentType: 'medical_declaration', ...typeSure }), matches);
      expect(result).toMatchObject({ review: false, matchedBy, reason: null });
    });

    // link19: the area read does not hold a follow-up that strong evidence put on one case (the joint
    // confidence 0.16 of an area read as another is not the gate), but a person's two open cases still do.
    it('routes a type-sure follow-up whose area read collapsed the joint confidence by its reference, even beside its person\'s other open case; by the national id alone it goes to review', () => {
      const areaElsewhere = classification({ documentType: 'medical_declaration', area: 'physiotherapy', confidence: 0.16, typeConfidence: 0.99 });
      const twoCases = [open('2025-00011'), open('2025-00012')];
      expect(link(areaElsewhere, { refs: [[open('2025-00012')]], ids: twoCases })).toMatchObject({ review: false, caseId: '2025-00012', matchedBy: 'case_reference' });
      expect(link(areaElsewhere, { ids: twoCases })).toMatchObject({ review: true, caseId: null, reasonCode: { code: 'no_matching_case' } });
    });

    it('still sends a must-be-linked document with an unsure type to review, even when its case is found', () => {
      const result = link(classification({ documentType: 'comments', confidence: 0.95, typeConfidence: 0.85 }), { refs: [[open('2025-00003')]] });
      expect(result).toMatchObject({ review: true, caseId: null });
      expect(result.reason).toMatch(/^The machine is not sure of the document type.*only 85 % sure/);
    });

    it('uses the joint confidence for a document that creates a case, or links as a create type', () => {
      expect(link(classification({ documentType: 'case_transfer', ...typeSure })).reason).toMatch(/^The machine is sure of the document type \(.*95 %\) but not of the case area: its best guess is dental\. Type and area together are 60 % sure/);
      expect(link(classification({ documentType: 'appeal', ...typeSure }), { refs: [[open('2025-00003')]] }).review).toBe(true);
    });

    it('uses the joint confidence on a re-run that finds the case the document itself created', () => {
      const rerun = link(classification({ documentType: 'medical_declaration', ...typeSure }), { documentId: 'doc-1', refs: [[open('2025-00001', 'doc-1')]] });
      expect(rerun.review).toBe(true);
      expect(rerun.reason).toMatch(/together are 60 % sure/);
    });

    it('says first that no case was found for a must-be-linked document that links to nothing, then the joint confidence', () => {
      const orphan = link(classification({ documentType: 'invoice', ...typeSure }));
      expect(orphan.reason).toMatch(/^An invoice must be added to an existing case.*Also: The machine is sure of the document type.*together are 60 % sure/);
    });

    it('falls back to the joint confidence for a classification made before typeConfidence existed', () => {
      const { typeConfidence: _, ...old } = classification({ documentType: 'medical_declaration', confidence: 0.6 });
      expect(link(old, { ids: [open('2025-00007')] }).review).toBe(true);
    });

    it('is skipped when an archivist has decided', () => {
      const decision = { documentId: 'doc-1', archivist: 'arkivar1', decidedAt: '2025-03-21T10:00:00Z' };
      const result = decideLink({ documentId: 'doc-1', classification: classification({ documentType: 'comments', confidence: 0.2, typeConfidence: 0.2 }), decision, referenceMatches: [[open('2025-00003')]], nationalIdMatches: [] }, config);
      expect(result).toMatchObject({ review: false, caseId: '2025-00003', matchedBy: 'case_reference' });
    });
  });

  it('does not link a re-run of a document to the case that document created', () => {
    const result = link(classification(), { documentId: 'doc-1', refs: [[open('2025-00001', 'doc-1')]], ids: [open('2025-00002')] });
    expect(result).toMatchObject({ review: false, caseId: null });
  });
});

describe('registration rules', () => {
  it('gives a new case its title, class (arkivkode), status and keywords from configuration', () => {
    expect(newCaseDraft(classification({ area: 'pharmacy' }), config)).toEqual({
      title: 'Klage – Legemidler (blåresept)',
      area: 'pharmacy',
      archiveCode: 'G-LEGEMIDLER',
      status: 'NY',
      keywords: ['legemidler', 'blåresept'],
    });
  });

  it('makes a tribunal appeal\'s case "Anke – …" once', () => {
    const rule = typeRule(config, 'tribunal_appeal');
    expect(joinedCaseTitle('Klage – Tannbehandling', rule)).toBe('Anke – Klage – Tannbehandling');
    expect(joinedCaseTitle('Anke – Klage – Tannbehandling', rule)).toBe('Anke – Klage – Tannbehandling');
  });

  it('journalføres (J) when confirmed, else stays midlertidig registrert (M)', () => {
    expect(journalStatusFor({ confidence: 0.95, threshold: 0.9, confirmedByArchivist: false })).toBe('J');
    expect(journalStatusFor({ confidence: 0.5, threshold: 0.9, confirmedByArchivist: false })).toBe('M');
    expect(journalStatusFor({ confidence: 0.5, threshold: 0.9, confirmedByArchivist: true })).toBe('J');
  });

  it('hashes national ids with a key: stable, key-dependent, never the number', () => {
    const id = personId(3);
    const a = nationalIdHash(id, 'k'.repeat(32));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).toBe(nationalIdHash(id, 'k'.repeat(32)));
    expect(a).not.toBe(nationalIdHash(id, 'j'.repeat(32)));
    expect(a).not.toContain(id);
  });
});

describe('routing', () => {
  it('puts a new case in unassigned/{area}, mail on a handled case to the handler, else to the unit', () => {
    expect(decideQueue({ createdCase: true, area: 'dental', handlerId: null })).toBe('unassigned/dental');
    expect(decideQueue({ createdCase: false, area: 'dental', handlerId: 'h17' })).toBe('handler/h17');
    expect(decideQueue({ createdCase: false, area: 'dental', handlerId: null })).toBe('unit-mail/dental');
  });

  it("puts on the area's words, the type's (anke) and the missed-deadline words the Deadlines stage found, and nothing else", () => {
    expect(keywordsFor({ area: 'dental', documentType: 'tribunal_appeal', deadlineKeywords: ['oversittet-ankefrist'] }, config)).toEqual(['tannbehandling', 'anke', 'oversittet-ankefrist']);
    expect(keywordsFor({ area: 'dental', documentType: 'appeal', deadlineKeywords: [] }, config)).toEqual(['tannbehandling']);
  });

  it("leaves none of a discarded guess's words: another area's (fysioterapi on a dental case) or another type's (anke on an appeal)", () => {
    const physiotherapy = config.areas.find((a) => a.code === 'physiotherapy')!.keywords;
    const patientTravel = config.areas.find((a) => a.code === 'patient_travel')!.keywords;
    expect(patientTravel.length).toBeGreaterThan(0);
    // The machine guessed patient travel and a tribunal appeal; the archivist decided a physiotherapy appeal.
    const keywords = keywordsFor({ area: 'physiotherapy', documentType: 'appeal', deadlineKeywords: [] }, config);
    expect(keywords).toEqual([...new Set([...physiotherapy, ...typeRule(config, 'appeal').addsKeywords])]);
    for (const word of patientTravel.filter((w) => !physiotherapy.includes(w))) expect(keywords).not.toContain(word);
    expect(keywords).not.toContain('anke');
  });

  it('ranks an anke over a missed appeal deadline over the rest, and sorts higher priority first', () => {
    expect(priorityFor(['anke'], 'tribunal_appeal', config)).toBe(3);
    expect(priorityFor(['oversittet-klagefrist'], 'appeal', config)).toBe(2);
    expect(priorityFor(['tannbehandling'], 'appeal', config)).toBe(1);
    expect(prioritySortKey(3, '2025-03-20', 'x') < prioritySortKey(2, '2025-01-01', 'x')).toBe(true);
  });
});

describe('the deadline book', () => {
  const opened = openDeadlines(
    {},
    [
      { kind: 'preliminary_reply', due: '2025-04-22' },
      { kind: 'appeal_deadline', due: '2025-04-23', missed: false },
      { kind: 'grounds', due: '2025-04-10' },
    ],
    'doc-a',
    '2025-03-20',
  );

  it('records an appeal deadline as met or missed by the document that opened it, not as open', () => {
    const appeal = Object.values(opened).find((d) => d.kind === 'appeal_deadline');
    expect(appeal).toMatchObject({ status: 'met', closedBy: 'doc-a', missed: false });
    expect(nextDue(opened)).toBe('2025-04-10');
    expect(openDeadlines(opened, [{ kind: 'preliminary_reply', due: '2025-04-22' }], 'doc-a', '2025-03-20')).toEqual(opened);
  });

  it('closes the oldest open deadline of a kind, records the closer, and does not close twice on a re-run', () => {
    const two = openDeadlines(opened, [{ kind: 'grounds', due: '2025-05-01' }], 'doc-b', '2025-04-01');
    const { book, closed } = closeDeadlines(two, ['grounds', 'consent'], 'doc-c', '2025-04-05');
    expect(closed).toHaveLength(1);
    expect(closed[0]).toMatchObject({ kind: 'grounds', openedBy: 'doc-a', closedBy: 'doc-c', status: 'closed' });
    const again = closeDeadlines(book, ['grounds'], 'doc-c', '2025-04-05');
    expect(again.book).toEqual(book);
    expect(again.closed.map((d) => d.openedBy)).toEqual(['doc-a']);
    expect(dueOnOrBefore(book, '2025-04-30').map((d) => d.kind)).toEqual(['preliminary_reply']);
  });
});

describe('the process result', () => {
  it('has the shape of the CLI contract whichever stage built it', () => {
    const routed = processResult({ fileName: 'a.pdf', documentId: 'doc-1', status: 'routed', reason: null, queue: 'unassigned/dental', classification: classification(), caseId: '2025-00001', keywords: ['tannbehandling'] });
    expect(ProcessResult.parse(routed)).toEqual(routed);
    const rejected = processResult({ fileName: 'a.pdf', documentId: 'doc-1', status: 'rejected', reason: 'Empty file', queue: 'quarantine' });
    expect(ProcessResult.parse(rejected)).toMatchObject({ documentType: null, fields: null, pages: null, keywords: [], deadlines: [] });
  });
});
