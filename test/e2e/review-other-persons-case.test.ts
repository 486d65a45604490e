import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';
import { displayCaseNumber } from '../../domain/registry/case-number-input.ts';
import { personId } from '../registry/fixtures.ts';
import { unsureInReview } from '../support/in-review.ts';
import { openTestService, type TestService } from '../service/fixtures.ts';
import { accessibilityViolations } from '../support/browser.ts';
import { servePage, signInWithToken, type ServedPage } from '../support/page-server.ts';

/**
 * Session 12: a decision onto a case whose people are not the document's is refused (422) unless
 * confirmed, but the page only showed the sentence — an archivist could no longer put a declaration
 * about a child on the parent's case at all. The page now asks, and «Bekreft likevel» sends it again, confirmed.
 */
let service: TestService;
let served: ServedPage;
let other: ProcessResult;

beforeAll(async () => {
  service = await openTestService();
  // A medical declaration naming someone who is none of the seeded transfer case's people.
  other = await unsureInReview(service, { documentType: 'medical_declaration', fields: { nationalIds: [personId(931)] } });
  served = await servePage(service);
}, 120_000);
afterAll(async () => {
  await served?.close();
  await service?.close();
});

/** The document as the API has it now: still in review, or routed and on which case. */
async function stored(documentId: string): Promise<{ status: string; caseId?: string | null }> {
  const answer = await service.app.inject({ method: 'GET', url: `/api/v1/documents/${documentId}`, headers: service.as('archivist') });
  return answer.json();
}

describe("the review page, deciding onto another person's case", () => {
  it('says why it was refused, and «Bekreft likevel» (by keyboard) routes the document onto that case', async () => {
    expect(other.status).toBe('review');
    const caseId = service.seeded.transfer.caseId ?? '';
    const page = await served.browser.context.newPage();
    await signInWithToken(page, served.base, service.tokens.archivist);
    await page.goto(`${served.base}/#/review/${other.documentId}`);
    const title = page.getByRole('heading', { name: /^Til kontroll: / });
    await title.waitFor();
    await title.focus();
    await page.keyboard.press('s');
    await page.keyboard.type(displayCaseNumber(caseId));
    await page.keyboard.press('Enter');
    await page.keyboard.press('a');

    const question = page.getByRole('group', { name: /ser ut til å være en annen persons/ });
    await question.waitFor();
    expect(await question.evaluate((el) => (el as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement === el)).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect((await stored(other.documentId)).status).toBe('review');

    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 30_000 }).toMatch(new RegExp(`^Sendt videre på sak ${displayCaseNumber(caseId)}`));
    expect(await stored(other.documentId)).toMatchObject({ status: 'routed', caseId });
    await page.close();
  });
});
