import { afterAll, beforeAll } from 'vitest';
import { openTestService, type TestService } from '../service/fixtures.ts';

/**
 * The seeded test service for one test file, with the case its transfer letter opened (Kari Nordmann's, whose
 * acknowledgement is held for want of an address): opened before the file's tests, closed after them. The
 * fields are read inside tests (they are set by then).
 */
export function transferCaseService(): { readonly service: TestService; readonly caseId: string } {
  let service: TestService | undefined;
  beforeAll(async () => {
    service = await openTestService();
  }, 120_000);
  afterAll(async () => {
    await service?.close();
  });
  const opened = (): TestService => {
    if (service === undefined) throw new Error('transferCaseService is read before its beforeAll ran');
    return service;
  };
  return {
    get service() {
      return opened();
    },
    get caseId() {
      return opened().seeded.transfer.caseId!;
    },
  };
}
