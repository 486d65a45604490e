import type { LocalStateMachine } from './state-machine.ts';

/**
 * Waits, within the state machine's bound, for the task handlers still running, before the stack they
 * write to is stopped. A task stuck past the bound must not hang the command (and hold the data dir's
 * lock) for ever: the command goes on stopping, after one line naming the states still running (state
 * names only: never a document's data).
 */
export async function settleTasks(machine: LocalStateMachine, warn: (line: string) => void = (line) => process.stderr.write(line)): Promise<void> {
  const running = await machine.settled();
  if (running.length === 0) return;
  const counts = new Map<string, number>();
  for (const state of running) counts.set(state, (counts.get(state) ?? 0) + 1);
  const named = [...counts].map(([state, n]) => (n > 1 ? `${state} ×${n}` : state)).join(', ');
  warn(`postmottak: stopping while ${running.length} task${running.length > 1 ? 's are' : ' is'} still running (${named}); what they were writing may be unfinished\n`);
}
