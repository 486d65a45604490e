import { describe, expect, it } from 'vitest';
import { extensionNoticeKinds, handlerOpenableKinds, parseConfig, typeName } from '#domain/config';
import { awaitingDeadline, deadlinesToOpen } from '#domain/deadlines';
import { openDeadlines } from '#domain/registry/deadline-book';
import { decideLink } from '#domain/registry/linking';
import { priorityFor } from '#domain/registry/routing';
import defaults from '../../config/postmottak.json' with { type: 'json' };
import { classification } from './fixtures.ts';

/**
 * What the code derives from a type rule and a deadline rule, shown with a configuration that
 * changes them: no list in code may stand in for the configuration.
 */
const changed = parseConfig({
  ...defaults,
  typeRules: [
    ...defaults.typeRules.map((r) => (r.type === 'invoice' ? { ...r, names: { nb: 'Regning', en: 'bill' }, priority: 'elevated' } : r)),
    { type: 'power_of_attorney', names: { nb: 'Fullmakt', en: 'power of attorney' }, caseMode: 'link', priority: 'urgent', addsKeywords: ['fullmakt'], opens: ['party_check'] },
  ],
  deadlineRules: [
    ...defaults.deadlineRules.map((r) => (r.kind === 'consent' ? { ...r, handlerMayOpen: false } : r.kind === 'grounds' ? { ...r, extensionNotice: true } : r)),
    { kind: 'party_check', duration: { unit: 'days', amount: 10 }, from: 'decision', checkMissed: true, missedKeyword: 'oversittet-fullmaktsfrist', handlerMayOpen: true },
  ],
});
const shipped = parseConfig(defaults);

describe('document types described by configuration', () => {
  it('names a type in review reasons by its configured English name', () => {
    const result = decideLink({ documentId: 'doc-1', classification: classification({ documentType: 'invoice' }), referenceMatches: [], nationalIdMatches: [] }, changed);
    expect(result.reason).toMatch(/^A bill must be added to an existing case/);
    expect(typeName(shipped, 'invoice')).toBe('invoice');
  });

  it('routes by the type’s priority, and a case carrying an urgent type’s keyword stays urgent', () => {
    expect(priorityFor([], 'invoice', shipped)).toBe(1);
    expect(priorityFor([], 'invoice', changed)).toBe(2);
    expect(priorityFor(['fullmakt'], 'correspondence', changed)).toBe(3);
    expect(priorityFor(['oversittet-fullmaktsfrist'], 'correspondence', changed)).toBe(2);
  });

  it('refuses a type rule or a deadline kind twice, and a closed kind without a rule', () => {
    expect(() => parseConfig({ ...defaults, typeRules: [...defaults.typeRules, defaults.typeRules[0]] })).toThrow(/hver dokumenttype \(type\) kan ha bare én regel/);
    expect(() => parseConfig({ ...defaults, deadlineRules: [...defaults.deadlineRules, defaults.deadlineRules[0]] })).toThrow(/hver fristtype \(kind\) kan ha bare én regel/);
    const closesUnknown = defaults.typeRules.map((r) => (r.type === 'consent' ? { ...r, closes: ['signature'] } : r));
    expect(() => parseConfig({ ...defaults, typeRules: closesUnknown })).toThrow(/typen consent lukker fristtypen «signature», som ikke er definert i deadlineRules/);
  });
});

describe('deadline rules described by configuration', () => {
  it('lets a case handler open exactly the kinds whose rule allows it', () => {
    expect(handlerOpenableKinds(shipped)).toEqual(['comments', 'medical_declaration', 'expert_statement', 'consent']);
    expect(handlerOpenableKinds(changed)).toEqual(['comments', 'medical_declaration', 'expert_statement', 'party_check']);
    expect(() => awaitingDeadline('consent', '2025-03-03', changed)).toThrow(/not a deadline a case handler can open/);
    expect(awaitingDeadline('party_check', '2025-03-03', changed)).toEqual({ kind: 'party_check', due: '2025-03-13' });
  });

  it('asks for «varsel om forlenget svarfrist» before exactly the kinds whose rule says so', () => {
    expect(extensionNoticeKinds(shipped)).toEqual(['case_processing']);
    expect(extensionNoticeKinds(changed)).toEqual(['case_processing', 'grounds']);
  });

  it('checks a configured checkMissed deadline on arrival: the document that opened it met or missed it', () => {
    const input = { documentType: 'power_of_attorney', receivedDate: '2025-03-20', postmarkDate: null, decisionDate: '2025-03-03', decisionReceivedDate: null };
    const { deadlines, keywords } = deadlinesToOpen(input, changed);
    expect(deadlines).toEqual([{ kind: 'party_check', due: '2025-03-13', missed: true }]);
    expect(keywords).toEqual(['oversittet-fullmaktsfrist']);
    const book = openDeadlines({}, deadlines, 'doc-1', '2025-03-20');
    expect(Object.values(book)).toMatchObject([{ kind: 'party_check', status: 'missed', closedBy: 'doc-1' }]);
  });
});
