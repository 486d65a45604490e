import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentTypes, type DeadlineKind, type DocumentType } from '#schemas/taxonomy';
import type { PostmottakConfig } from '#schemas/config';
import { parseConfig } from '#domain/config';
import { loadConfig } from '#config/load';
import { addDays, compareIsoDates, deadlineDate } from '#domain/calendar';
import { awaitingDeadline, deadlinesToOpen, kindsClosedBy, type DeadlineInput } from '#domain/deadlines';
import defaults from '../../config/postmottak.json' with { type: 'json' };

const config = loadConfig();

function input(overrides: Partial<DeadlineInput> & Pick<DeadlineInput, 'documentType'>): DeadlineInput {
  return { receivedDate: '2025-03-20', postmarkDate: null, decisionDate: '2025-03-12', decisionReceivedDate: null, ...overrides };
}

/** The default configuration with some deadline rules replaced, to show the module follows configuration. */
function configWith(change: (raw: typeof defaults) => void): PostmottakConfig {
  const raw = structuredClone(defaults);
  change(raw);
  return parseConfig(raw);
}

describe('deadlinesToOpen for every type rule of config/postmottak.json', () => {
  // Received Thu 2025-03-20, decision dated Wed 2025-03-12 (the SPEC CLI example).
  const preliminaryReply = { kind: 'preliminary_reply', due: '2025-04-22' };
  const caseProcessing = { kind: 'case_processing', due: '2025-06-20' };
  const appealDeadline = { kind: 'appeal_deadline', due: '2025-04-23', missed: false };
  const expected: Record<DocumentType, object[]> = {
    case_transfer: [preliminaryReply, caseProcessing],
    appeal: [preliminaryReply, caseProcessing, appealDeadline],
    appeal_deadline_interrupting: [preliminaryReply, caseProcessing, appealDeadline, { kind: 'grounds', due: '2025-04-10' }],
    tribunal_appeal: [preliminaryReply, { kind: 'tribunal_appeal_deadline', due: '2025-04-23', missed: false }],
    reopening_request: [preliminaryReply],
    legal_costs_claim: [preliminaryReply],
    correspondence: [preliminaryReply],
    medical_declaration: [],
    expert_statement: [],
    consent: [],
    comments: [],
    tribunal_ruling: [],
    invoice: [],
  };

  it.each(documentTypes)('%s', (documentType) => {
    // Act
    const result = deadlinesToOpen(input({ documentType }), config);

    // Assert
    expect(result.deadlines).toStrictEqual(expected[documentType]);
    expect(result.deadlines.map((d) => d.kind)).toEqual(config.typeRules.find((r) => r.type === documentType)!.opens);
    expect(result.keywords).toEqual([]);
  });

  it('matches the SPEC CLI example (appeal received 2025-03-20 against a decision of 2025-03-12)', () => {
    // Act
    const { deadlines } = deadlinesToOpen(input({ documentType: 'appeal' }), config);

    // Assert
    expect(deadlines).toContainEqual({ kind: 'preliminary_reply', due: '2025-04-22' });
    expect(deadlines).toContainEqual({ kind: 'appeal_deadline', due: '2025-04-23', missed: false });
  });

  it('opens grounds three weeks after receipt, moved past Boxing Day (SPEC: Fri 2025-12-05 -> Mon 2025-12-29)', () => {
    // Act
    const { deadlines } = deadlinesToOpen(input({ documentType: 'appeal_deadline_interrupting', receivedDate: '2025-12-05', decisionDate: '2025-11-20' }), config);

    // Assert
    expect(deadlines).toStrictEqual([
      { kind: 'preliminary_reply', due: '2026-01-05' },
      { kind: 'case_processing', due: '2026-03-05' },
      { kind: 'appeal_deadline', due: '2026-01-02', missed: false }, // 1 Jan 2026 is a holiday
      { kind: 'grounds', due: '2025-12-29' },
    ]);
  });

  it('gives no missed key to deadlines whose rule does not check it', () => {
    // Act
    const { deadlines } = deadlinesToOpen(input({ documentType: 'appeal_deadline_interrupting', receivedDate: '2026-06-01' }), config);

    // Assert
    for (const d of deadlines) expect('missed' in d, d.kind).toBe(d.kind === 'appeal_deadline');
  });
});

describe('appeal deadline: start, missed and keywords', () => {
  // SPEC: decision received Sat 2025-04-05 + 6 weeks = Sat 17 May (also Constitution Day) -> due Mon 2025-05-19.
  it.each([
    ['2025-05-16', null, false, 'before the due date'],
    ['2025-05-19', null, false, 'on the due date is in time'],
    ['2025-05-20', null, true, 'the day after the due date'],
    ['2025-05-23', '2025-05-19', false, 'postmarked on the due date, arrived later'],
    ['2025-05-23', '2025-05-20', true, 'postmarked the day after the due date'],
    ['2025-05-17', null, false, 'received on the raw end day (a Saturday)'],
  ])('received %s, postmarked %s -> missed %s (%s)', (receivedDate, postmarkDate, missed, _why) => {
    // Arrange
    const mail = input({ documentType: 'appeal', receivedDate, postmarkDate, decisionDate: '2025-03-28', decisionReceivedDate: '2025-04-05' });

    // Act
    const { deadlines, keywords } = deadlinesToOpen(mail, config);

    // Assert
    expect(deadlines.find((d) => d.kind === 'appeal_deadline')).toStrictEqual({ kind: 'appeal_deadline', due: '2025-05-19', missed });
    expect(keywords).toEqual(missed ? ['oversittet-klagefrist'] : []);
  });

  it('counts from the decision date when the received date of the decision is unknown', () => {
    // Act
    const { deadlines, keywords } = deadlinesToOpen(input({ documentType: 'appeal', receivedDate: '2025-05-20', decisionDate: '2025-03-28' }), config);

    // Assert: 2025-03-28 + 6 weeks = Fri 2025-05-09
    expect(deadlines.find((d) => d.kind === 'appeal_deadline')).toStrictEqual({ kind: 'appeal_deadline', due: '2025-05-09', missed: true });
    expect(keywords).toEqual(['oversittet-klagefrist']);
  });

  it('counts from the decision received date even without a decision date', () => {
    // Act
    const { deadlines } = deadlinesToOpen(input({ documentType: 'appeal', decisionDate: null, decisionReceivedDate: '2025-04-05' }), config);

    // Assert
    expect(deadlines.find((d) => d.kind === 'appeal_deadline')).toStrictEqual({ kind: 'appeal_deadline', due: '2025-05-19', missed: false });
  });

  it.each(['appeal', 'appeal_deadline_interrupting', 'tribunal_appeal'] as const)('%s: leaves out a decision deadline it cannot compute and keeps the rest', (documentType) => {
    // Act
    const { deadlines, keywords } = deadlinesToOpen(input({ documentType, decisionDate: null, decisionReceivedDate: null }), config);

    // Assert
    const opens = config.typeRules.find((r) => r.type === documentType)!.opens;
    expect(deadlines.map((d) => d.kind)).toEqual(opens.filter((k) => k !== 'appeal_deadline' && k !== 'tribunal_appeal_deadline'));
    expect(deadlines).toContainEqual({ kind: 'preliminary_reply', due: '2025-04-22' });
    expect(keywords).toEqual([]);
  });

  it('marks a missed tribunal appeal deadline with oversittet-ankefrist', () => {
    // Arrange: decision (the appeals body's own ruling) received Mon 2025-01-06 + 6 weeks = Mon 2025-02-17
    const mail = input({ documentType: 'tribunal_appeal', receivedDate: '2025-02-19', postmarkDate: '2025-02-18', decisionDate: '2025-01-03', decisionReceivedDate: '2025-01-06' });

    // Act
    const result = deadlinesToOpen(mail, config);

    // Assert
    expect(result).toStrictEqual({
      deadlines: [
        { kind: 'preliminary_reply', due: '2025-03-19' },
        { kind: 'tribunal_appeal_deadline', due: '2025-02-17', missed: true },
      ],
      keywords: ['oversittet-ankefrist'],
    });
  });

  it('adds no keyword for a missed deadline whose rule names none', () => {
    // Arrange
    const noKeyword = configWith((raw) => {
      const rule = raw.deadlineRules.find((r) => r.kind === 'appeal_deadline')!;
      delete (rule as { missedKeyword?: string }).missedKeyword;
    });

    // Act
    const { deadlines, keywords } = deadlinesToOpen(input({ documentType: 'appeal', receivedDate: '2025-06-02' }), noKeyword);

    // Assert
    expect(deadlines.find((d) => d.kind === 'appeal_deadline')?.missed).toBe(true);
    expect(keywords).toEqual([]);
  });

  it('follows the configured duration, start and missed check', () => {
    // Arrange: an administrator makes preliminary_reply 10 days from the decision and checks it
    const changed = configWith((raw) => {
      Object.assign(raw.deadlineRules.find((r) => r.kind === 'preliminary_reply')!, {
        duration: { unit: 'days', amount: 10 },
        from: 'decision',
        checkMissed: true,
        missedKeyword: 'sent-svar',
      });
    });

    // Act
    const { deadlines, keywords } = deadlinesToOpen(input({ documentType: 'correspondence', receivedDate: '2025-03-24', decisionDate: '2025-03-12' }), changed);

    // Assert: 2025-03-12 + 10 days = Sat 22 Mar -> Mon 24 Mar, received that day
    expect(deadlines).toStrictEqual([{ kind: 'preliminary_reply', due: '2025-03-24', missed: false }]);
    expect(keywords).toEqual([]);
  });

  it('reports missed exactly when the postmark, else the received date, is after the due date', () => {
    const anyDate = fc.integer({ min: 0, max: 3_000 }).map((n) => addDays('2020-01-01', n));
    fc.assert(
      fc.property(anyDate, fc.option(anyDate, { nil: null }), anyDate, fc.option(anyDate, { nil: null }), (receivedDate, postmarkDate, decisionDate, decisionReceivedDate) => {
        // Act
        const { deadlines, keywords } = deadlinesToOpen({ documentType: 'appeal', receivedDate, postmarkDate, decisionDate, decisionReceivedDate }, config);

        // Assert
        const due = deadlineDate(decisionReceivedDate ?? decisionDate, { unit: 'weeks', amount: 6 });
        const missed = compareIsoDates(postmarkDate ?? receivedDate, due) > 0;
        expect(deadlines[2]).toStrictEqual({ kind: 'appeal_deadline', due, missed });
        expect(keywords).toEqual(missed ? ['oversittet-klagefrist'] : []);
      }),
    );
  });
});

describe('awaitingDeadline', () => {
  it.each([
    ['medical_declaration', '2025-03-20', '2025-04-10', '3 weeks'],
    ['comments', '2025-03-20', '2025-04-24', '5 weeks'],
    ['consent', '2025-03-27', '2025-04-22', '3 weeks to Maundy Thursday -> Tuesday after Easter'],
    ['expert_statement', '2025-04-17', '2025-05-30', '6 weeks to Ascension Day -> Friday'],
  ] as const)('%s opened %s is due %s (%s)', (kind, openedOn, due, _why) => {
    // Act
    const deadline = awaitingDeadline(kind, openedOn, config);

    // Assert
    expect(deadline).toStrictEqual({ kind, due });
  });

  it.each(['preliminary_reply', 'case_processing', 'grounds', 'appeal_deadline', 'tribunal_appeal_deadline'] as const)('refuses %s, which no case handler opens', (kind) => {
    expect(() => awaitingDeadline(kind, '2025-03-20', config)).toThrow(/not a deadline a case handler can open/);
  });
});

describe('kindsClosedBy', () => {
  const expected: Record<DocumentType, DeadlineKind[]> = {
    case_transfer: [],
    appeal: ['grounds'],
    appeal_deadline_interrupting: [],
    tribunal_appeal: [],
    reopening_request: [],
    legal_costs_claim: [],
    correspondence: [],
    medical_declaration: ['medical_declaration'],
    expert_statement: ['expert_statement'],
    consent: ['consent'],
    comments: ['comments'],
    tribunal_ruling: [],
    invoice: [],
  };

  it.each(documentTypes)('%s', (documentType) => {
    expect(kindsClosedBy(documentType, config)).toEqual(expected[documentType]);
  });

  it('returns a copy the caller cannot use to change the configuration', () => {
    // Arrange
    kindsClosedBy('appeal', config).push('comments');

    // Act / Assert
    expect(kindsClosedBy('appeal', config)).toEqual(['grounds']);
  });
});
