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
      // A client generated from the document types an operation with no success as never (QA s12 LOW 1: the page image).
      for (const op of Object.values(ops)) expect(Object.keys(op.responses).filter((status) => status.startsWith('2')), path).not.toEqual([]);
    }
  });

  it('documents the page image as image/png', async () => {
    const document = (await openApiDocument()) as { paths: Record<string, { get: { responses: Record<string, { content: Record<string, unknown> }> } }> };
    expect(Object.keys(document.paths['/api/v1/documents/{documentId}/pages/{page}/image']!.get.responses['200']!.content)).toEqual(['image/png']);
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

  it("serve's /openapi.json is the committed file and the operator's POST /api/v1/reconcile, nothing else (README \"The service\")", async () => {
    const committed = JSON.parse(await readFile(new URL('../../schemas/json/openapi.json', import.meta.url), 'utf8')) as { paths: Record<string, unknown> };
    const reconciler = { run: async () => ({ objects: 0, unfinished: 0, lines: [] }) };
    const serve = await buildApp({ context: { reconciler } as unknown as ServiceContext, authenticator: { identify: async () => null }, webDir: null });
    const served = (await serve.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, unknown> };
    await serve.close();
    const { '/api/v1/reconcile': reconcile, ...rest } = served.paths;
    expect(Object.keys(reconcile as object)).toEqual(['post']);
    expect({ ...served, paths: rest }).toEqual(committed);
  });
});
