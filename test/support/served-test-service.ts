import { afterAll, beforeAll } from 'vitest';
import { openTestService, type TestService } from '../service/fixtures.ts';
import type { Browser } from './browser.ts';
import { servePage, type ServedPage } from './page-server.ts';

/**
 * The seeded test service with its page served and Chromium open, for one test file: opened before
 * its tests, closed after them. The fields are read inside tests (they are set by then).
 */
export function servedTestService(): { readonly service: TestService; readonly base: string; readonly browser: Browser } {
  let service: TestService | undefined;
  let served: ServedPage | undefined;
  beforeAll(async () => {
    service = await openTestService();
    served = await servePage(service);
  });
  afterAll(async () => {
    await served?.close();
    await service?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('servedTestService is read before its beforeAll ran');
    return value;
  };
  return {
    get service() {
      return ready(service);
    },
    get base() {
      return ready(served).base;
    },
    get browser() {
      return ready(served).browser;
    },
  };
}
