import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../service/app.ts';
import { openApiDocument, openApiText } from '../../service/openapi.ts';
import type { ServiceContext } from '../../service/ports.ts';

describe('the OpenAPI document', () => {
  it('schemas/json/openapi.json is generated from the route schemas (run `npm run schemas`)', async () => {
    const committed = await readFile(new URL('../../schemas/json/openapi.json', import.meta.url), 'utf8');
    expect(committed).toBe(await openApiText());
  });

  it('is OpenAPI 3.1 and lists every /api operation the app serves, each with its problem answers', async () => {
    const app = await buildApp({ context: {} as ServiceContext, authenticator: { identify: async () => null }, webDir: null });
    await app.ready();
    const served = app.apiOperations;
    await app.close();
    const document = (await openApiDocument()) as { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    expect(document.openapi).toBe('3.1.0');
    const documented = Object.entries(document.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
    expect(served.length).toBeGreaterThanOrEqual(17);
    expect(documented.sort()).toEqual(served.sort());
    for (const [path, ops] of Object.entries(document.paths)) {
      for (const op of Object.values(ops)) expect(Object.keys(op.responses), path).toContain('401');
    }
  });

  it("has no reconcile route: the deployed API has no reconciler (a schedule reconciles), serve's app has one", async () => {
    const document = (await openApiDocument()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths).filter((p) => p.includes('reconcile'))).toEqual([]);
    const reconciler = { run: async () => ({ objects: 0, unfinished: 0, lines: [] }) };
    const serve = await buildApp({ context: { reconciler } as unknown as ServiceContext, authenticator: { identify: async () => null }, webDir: null });
    await serve.ready();
    expect(serve.apiOperations).toContain('post /api/v1/reconcile');
    await serve.close();
  });
});
