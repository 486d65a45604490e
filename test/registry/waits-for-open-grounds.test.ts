import { describe, expect, it } from 'vitest';
import type { Db } from '../../functions/commons/store/db.ts';
import { classification, depsFor, personId, runPipeline, stateFor } from './fixtures.ts';
import { withFreshTable } from '../support/fresh-table.ts';

/**
 * Fix s16 item 2: whether a person's case waits for a letter (the grounds of its deadline-interrupting
 * appeal) is what is open on it now, not the kinds its opener opened. Judged from the opener, the case
 * waited for grounds after they came, and a later appeal about another decision went to review as
 * «Samme person, annet vedtak?» with a reason that does not hold (it has a date, the area is sure).
 */
describe('a case waits for grounds while its grounds deadline is open', () => {
  let db: Db;
  withFreshTable((fresh) => {
    db = fresh;
  });

  it('a later appeal about another decision, after the grounds came, opens its own case', async () => {
    const person = personId(61);
    const letter = (documentType: 'appeal' | 'appeal_deadline_interrupting', decisionDate: string) => stateFor(classification({ documentType, fields: { nationalIds: [person], decisionDate } }));
    const interrupting = await runPipeline(letter('appeal_deadline_interrupting', '2025-03-12'), depsFor(db));
    expect(interrupting.result).toMatchObject({ status: 'routed' });
    expect(interrupting.result.deadlines.map((d) => d.kind)).toContain('grounds');

    const grounds = await runPipeline(letter('appeal', '2025-03-12'), depsFor(db));
    expect(grounds.result).toMatchObject({ status: 'routed', caseId: interrupting.result.caseId, closedDeadlines: ['grounds'] });

    // Before the fix: review, same_person_other_decision, naming the first case.
    const later = await runPipeline(letter('appeal', '2025-03-14'), depsFor(db));
    expect(later.result).toMatchObject({ status: 'routed', reason: null });
    expect(later.result.caseId).not.toBe(interrupting.result.caseId);
  });

  it('while the grounds are still awaited, an appeal with another date is still not given a second case unasked', async () => {
    const person = personId(62);
    const letter = (documentType: 'appeal' | 'appeal_deadline_interrupting', decisionDate: string) => stateFor(classification({ documentType, fields: { nationalIds: [person], decisionDate } }));
    const interrupting = await runPipeline(letter('appeal_deadline_interrupting', '2025-03-12'), depsFor(db));
    const other = await runPipeline(letter('appeal', '2025-03-14'), depsFor(db));
    expect(other.result).toMatchObject({ status: 'review', caseId: null });
    expect(other.link.reasonCode).toMatchObject({ code: 'same_person_other_decision', params: { caseId: interrupting.result.caseId } });
  });
});
