import { randomUUID } from 'node:crypto';
import type { BatchRoll } from '../stages/ports.ts';
import type { BatchAhead } from '../service/ports.ts';
import type { LocalStateMachine } from './state-machine.ts';

/**
 * QA Q34 (session 18): a follow-up waits for the documents of its batch still before Link, but a document
 * was on the roll only from its Inspect. In one `process` call the runner starts files a few at a time, so
 * a declaration early in the list reached Link before its appeal, later in the list, had started: it did
 * not wait and went to review. The CLI puts the call's files on the roll before the first runs (under
 * their content ids, the ids Inspect enters): each file's execution then runs as the batch-mate the wake
 * already knows (local/batch-wake.ts), its start the moment it went on the roll, so a follow-up that looked
 * since then is woken by its pass. A file taken off (it ended, or never will run) wakes the waiters as a
 * pass does.
 */
export interface RollAhead extends BatchAhead {
  /** The execution a document put on the roll ahead runs as; undefined for any other. */
  executionOf(batchKey: string, documentId: string): { id: string; startedAt: number } | undefined;
}

export function rollAhead(roll: Required<Pick<BatchRoll, 'ahead' | 'leave'>>, machine: () => Promise<Pick<LocalStateMachine, 'ahead' | 'off'>>, now: () => Date): RollAhead {
  const executions = new Map<string, { id: string; startedAt: number }>();
  const keyOf = (batchKey: string, documentId: string) => `${batchKey}\n${documentId}`;
  return {
    async enter(batchKey, documentIds) {
      const wake = await machine();
      for (const documentId of documentIds) {
        const at = now();
        const execution = { id: randomUUID(), startedAt: at.getTime() };
        await roll.ahead({ batch: batchKey, documentId, at: at.toISOString() });
        executions.set(keyOf(batchKey, documentId), execution);
        wake.ahead(batchKey, execution.startedAt, execution.id);
      }
    },
    executionOf: (batchKey, documentId) => executions.get(keyOf(batchKey, documentId)),
    async off(batchKey, documentId) {
      const execution = executions.get(keyOf(batchKey, documentId));
      if (!execution) return;
      executions.delete(keyOf(batchKey, documentId));
      // Off the roll before the waiters are woken, so their next look finds it gone.
      try {
        await roll.leave({ batch: batchKey, documentId, at: now().toISOString() });
      } finally {
        (await machine()).off(batchKey, execution.id);
      }
    },
  };
}
