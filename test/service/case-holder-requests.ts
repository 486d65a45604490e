import type { TestService } from './fixtures.ts';

type Who = Promise<{ authorization: string }>;

/** Requests as named people (one token each, made on first use), in bokmål, and a queue's waiting documents. */
export function caseHolderRequests(service: () => TestService) {
  const headers = new Map<string, Who>();
  const as = (name: string, role: 'caseworker' | 'archivist' = 'caseworker'): Who => {
    if (!headers.has(name)) headers.set(name, service().person(name, role));
    return headers.get(name)!;
  };
  const call = async (method: 'GET' | 'POST', url: string, who: Who) => service().app.inject({ method, url: `/api/v1${url}`, headers: { ...(await who), 'accept-language': 'nb' } });
  const post = (url: string, who: Who) => call('POST', url, who);
  const get = (url: string, who: Who) => call('GET', url, who);
  const waiting = async (queue: string) => ((await get(`/queues/${queue.split('/').map(encodeURIComponent).join('/')}`, as('Kari Saksbehandler'))).json() as { items: { documentId: string }[] }).items.map((i) => i.documentId);
  return { as, post, get, waiting };
}
