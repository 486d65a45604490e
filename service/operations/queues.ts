import type { QueuePage, QueueQuery } from '#schemas/api';
import { listQueue } from '../../functions/commons/store/queues.ts';
import { withRejectedRetries } from './quarantine-retries.ts';
import type { Identity } from '../identity.ts';
import type { ServiceContext } from '../ports.ts';
import { samePerson } from '../auth/person-named.ts';
import { storedPersonName } from './person-lookup.ts';
import { badRequest } from '../problems.ts';
import { queues } from '#domain/registry/routing';
import { requirePermission } from './guard.ts';
import { reasonWords } from './reason-words.ts';
import { dayNb } from '../problem-words-nb.ts';

/** The queues of SPEC.md "Routing", by name; anything else is a person's typing mistake. */
export function checkQueueName(queue: string, areas: readonly string[]): void {
  const [kind, rest, ...more] = queue.split('/');
  const known = 'unassigned/{area}, unit-mail/{area}, handler/{handlerId}, review or quarantine';
  const knownNb = 'unassigned/{område}, unit-mail/{område}, handler/{saksbehandler}, review og quarantine';
  if ((kind === 'review' || kind === 'quarantine') && rest === undefined) return;
  if (more.length === 0 && rest) {
    if ((kind === 'unassigned' || kind === 'unit-mail') && areas.includes(rest)) return;
    if ((kind === 'unassigned' || kind === 'unit-mail') && !areas.includes(rest)) throw badRequest(`There is no case area '${rest}'. Areas: ${areas.join(', ')}.`, `Det finnes ikke noe saksområde «${rest}». Områder: ${areas.join(', ')}.`);
    if (kind === 'handler' && /^[\p{L}\p{N} ._@:'-]{1,100}$/u.test(rest)) return;
  }
  throw badRequest(`There is no queue '${queue}'. Queues are ${known}.`, `Det finnes ingen kø «${queue}». Køene er ${knownNb}.`);
}

/** The cursor given out names its queue, so a cursor of one queue is never read against another's index partition. */
function wrapCursor(queue: string, inner: string | null): string | null {
  return inner === null ? null : Buffer.from(JSON.stringify({ q: queue, c: inner })).toString('base64url');
}

function unwrapCursor(queue: string, cursor: string | undefined): string | null {
  if (!cursor) return null;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { q?: unknown; c?: unknown };
    if (parsed.q === queue && typeof parsed.c === 'string') return parsed.c;
  } catch {
    // fall through to the refusal below
  }
  throw badRequest('The cursor is not one this queue gave out. Start again without a cursor.', 'Markøren er ikke en denne køen har gitt ut. Begynn på nytt uten markør.');
}

/** The review list's filters beside a queue's own (schemas/api.ts ReviewListQuery). */
type ReviewFilters = { documentType?: string | undefined; area?: string | undefined; reason?: string | undefined };

/** handler/{name} as the person is stored (QA s13: «handler/kari saksbehandler» answered an empty queue). */
async function handlerNamed(ctx: ServiceContext, identity: Identity, typed: string): Promise<string> {
  if (samePerson(typed, identity.person)) return identity.person;
  return storedPersonName(ctx, typed, { en: `, so there is no queue handler/${typed}`, nb: `, og dermed ingen kø handler/${typed}` });
}

export async function queuePage(ctx: ServiceContext, identity: Identity, typedQueue: string, query: Omit<QueueQuery, 'order'> & Partial<Pick<QueueQuery, 'order'>> & ReviewFilters): Promise<QueuePage> {
  requirePermission(identity, 'queues:read');
  checkQueueName(typedQueue, ctx.config.areas.map((a) => a.code));
  const queue = typedQueue.startsWith('handler/') ? queues.handler(await handlerNamed(ctx, identity, typedQueue.slice('handler/'.length))) : typedQueue;
  if (query.from && query.to && query.from > query.to) throw badRequest(`'from' (${query.from}) is after 'to' (${query.to}): no mail can be received in that range.`, `Fra-datoen ${dayNb(query.from)} er etter til-datoen ${dayNb(query.to)}: ingen post kan være mottatt i det tidsrommet.`);
  const page = await listQueue(ctx.db, {
    queue,
    keyword: query.keyword,
    from: query.from,
    to: query.to,
    documentType: query.documentType,
    area: query.area,
    reason: query.reason,
    order: query.order,
    limit: query.limit,
    cursor: unwrapCursor(queue, query.cursor),
  }).catch((error: unknown) => {
    // A cursor that decodes but names a key of no page of this queue is refused by DynamoDB as a ValidationException.
    if (error instanceof RangeError || (query.cursor && (error as { name?: string }).name === 'ValidationException')) {
      throw badRequest('The cursor is not one this queue gave out. Start again without a cursor.', 'Markøren er ikke en denne køen har gitt ut. Begynn på nytt uten markør.');
    }
    throw error;
  });
  const items = page.items.map((item) => ({ ...item, ...reasonWords(item.reasonCode, ctx.config) }));
  if (queue === 'quarantine') return { queue, items: await withRejectedRetries(ctx.db, ctx.config, items), cursor: wrapCursor(queue, page.cursor) };
  return { queue, items, cursor: wrapCursor(queue, page.cursor) };
}
