import { describe, expect, it } from 'vitest';
import { withNames } from '../../local/area-names.ts';
import type { ServiceClient } from '../../local/service-client.ts';
import type { ServiceContext } from '../../service/ports.ts';

/**
 * `review decide` (and `review list`, `case`, `queue`) through a running serve: the names of areas and types are asked for
 * after the command's own request, never beside it, so a failing taxonomy read cannot report a failure
 * for a decision that was saved; the lines then fall back to the codes. `--json` asks for nothing more.
 */
const archivist = { person: 'Arkivar Test', role: 'archivist' as const };

/** A serve that records what it was asked, answers the decision, and fails (or answers) the taxonomy read. */
function serve(taxonomy: 'fails' | 'answers') {
  const asked: string[] = [];
  const client = {
    async call(_identity: unknown, method: string, path: string) {
      asked.push(`${method} ${path}`);
      if (path === '/taxonomy') {
        if (taxonomy === 'fails') throw new Error('postmottak serve answered 500: taxonomy unavailable');
        return { areas: [{ code: 'dental', name: 'Tannbehandling' }], documentTypes: [{ code: 'appeal', name: 'Klage på vedtak' }] };
      }
      return { result: { documentId: 'doc-1', status: 'routed' } };
    },
  } as unknown as ServiceClient;
  return { client, asked };
}

const decision = (client: ServiceClient) => client.call<{ result: { documentId: string } }>(archivist, 'POST', '/review/doc-1/decision', { json: {} });
const direct = (() => Promise.reject(new Error('not used'))) as (ctx: ServiceContext) => Promise<{ result: { documentId: string } }>;

describe('withNames through serve', () => {
  it('reports the saved decision when the taxonomy read fails, with no names (the codes are shown)', async () => {
    const { client, asked } = serve('fails');
    const answer = await withNames(archivist, { http: decision, direct }, { json: false }).http(client);
    expect(answer).toEqual({ value: { result: { documentId: 'doc-1', status: 'routed' } }, names: { areas: [], documentTypes: [] } });
    expect(asked).toEqual(['POST /review/doc-1/decision', 'GET /taxonomy']);
  });

  it('asks for the names only after the decision has answered', async () => {
    const { client, asked } = serve('answers');
    const answer = await withNames(archivist, { http: decision, direct }, { json: false }).http(client);
    expect(answer.names).toEqual({ areas: [{ code: 'dental', name: 'Tannbehandling' }], documentTypes: [{ code: 'appeal', name: 'Klage på vedtak' }] });
    expect(asked).toEqual(['POST /review/doc-1/decision', 'GET /taxonomy']);
  });

  it('asks for no names with --json', async () => {
    const { client, asked } = serve('answers');
    const answer = await withNames(archivist, { http: decision, direct }, { json: true }).http(client);
    expect(answer.names).toEqual({ areas: [], documentTypes: [] });
    expect(asked).toEqual(['POST /review/doc-1/decision']);
  });

  it('does not ask for the names when the decision is refused', async () => {
    const { client, asked } = serve('answers');
    const refused = (c: ServiceClient) => Promise.reject(Object.assign(new Error('409: already decided'), { client: c }));
    await expect(withNames(archivist, { http: refused, direct }, { json: false }).http(client)).rejects.toThrow('already decided');
    expect(asked).toEqual([]);
  });
});
