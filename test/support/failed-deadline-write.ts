import { vi } from 'vitest';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { TestService } from '../service/fixtures.ts';

/**
 * The `nth` write of a case's deadline book fails, as a lost connection would; every other write goes
 * through. For acts that must be finished by repeating them (a giving up, a move).
 */
export function failDeadlineWrite(service: TestService, caseId: string, nth: number) {
  let writes = 0;
  const client = service.runtime.context.db.client;
  const send = client.send.bind(client) as (command: unknown) => Promise<unknown>;
  const spy = vi.spyOn(client, 'send').mockImplementation(((command: unknown) => {
    const item = command instanceof PutCommand ? command.input.Item : undefined;
    if (item?.pk === `CASE#${caseId}` && item.sk === 'DEADLINES' && ++writes === nth) {
      spy.mockRestore();
      return Promise.reject(Object.assign(new Error('connection lost'), { name: 'TimeoutError' }));
    }
    return send(command);
  }) as never);
  return spy;
}
