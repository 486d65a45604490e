import type { PostmottakConfig } from '../schemas/config.ts';
import type { DeadlineKind } from '../schemas/taxonomy.ts';
import { compareIsoDates } from '../domain/calendar.ts';
import { UsageError } from './commands.ts';

/**
 * The checks that turn a person's ordinary mistake into one clear line and exit 2 (SPEC.md), before
 * anything is started or written: dates in the wrong order, queues and deadline kinds that do not exist.
 */
export function checkDateRange(from: string | undefined, to: string | undefined): void {
  if (from && to && compareIsoDates(from, to) > 0) throw new UsageError(`--from ${from} is after --to ${to}`);
}

/** The queues of SPEC.md "Routing": unassigned/{area}, unit-mail/{area}, handler/{id}, review, quarantine. */
export function checkQueueName(queue: string, config: PostmottakConfig): void {
  if (queue === 'review' || queue === 'quarantine') return;
  const [kind, rest, ...more] = queue.split('/');
  const areas = config.areas.map((a) => a.code);
  if (more.length === 0 && rest) {
    if ((kind === 'unassigned' || kind === 'unit-mail') && areas.includes(rest)) return;
    if (kind === 'handler' && /^[A-Za-z0-9._-]{1,64}$/.test(rest)) return;
    if (kind === 'unassigned' || kind === 'unit-mail') throw new UsageError(`unknown case area '${rest}' in queue '${queue}' (areas: ${areas.join(', ')})`);
  }
  throw new UsageError(`unknown queue '${queue}': the queues are unassigned/AREA, unit-mail/AREA, handler/ID, review and quarantine`);
}

/** A deadline kind a case handler may open (the configuration's rules say which). */
export function openableKindOf(kind: string | undefined, openable: readonly DeadlineKind[]): DeadlineKind {
  if (!kind) throw new UsageError(`--kind is required: one of ${openable.join(', ')}`);
  if (!(openable as readonly string[]).includes(kind)) throw new UsageError(`--kind '${kind}' is not a deadline a case handler opens; one of ${openable.join(', ')}`);
  return kind as DeadlineKind;
}
