import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runBatch, type BatchOptions } from '../../local/mailroom/commands.ts';
import { ServiceClient } from '../../local/service-client.ts';
import { FirstUploadInFlight } from '../../service/ports.ts';
import { stillBeingProcessed } from '../../service/operations/intake.ts';
import { problemBody } from '../../service/problems.ts';

/**
 * Review s14 (fix14a M2): `process` through serve gets the first-upload-in-flight refusal as a 409 problem.
 * It must print the file's line and go on with the next file, as `process` alone does with the error
 * itself, not stop the batch as a person's mistake (exit 2). The 409 comes over HTTP from a server that
 * answers the operation's own problem body, so the problem's type has to survive ServiceClient's round trip.
 */
const options: BatchOptions = { receivedDate: '2025-03-20', postmarkDate: null, manifest: null, json: true, verbose: false, inFlight: 1, batch: 'b1' };
const files = [
  { path: '/x/a.pdf', display: 'a.pdf' },
  { path: '/x/b.pdf', display: 'b.pdf' },
];
const refusal = () => new FirstUploadInFlight('/x/a.pdf');

let server: Server;
let client: ServiceClient;
beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(409, { 'content-type': 'application/problem+json', 'content-language': 'nb' });
    response.end(JSON.stringify(problemBody(stillBeingProcessed(refusal()), '/api/v1/intake', 'nb')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  client = new ServiceClient({ url: `http://127.0.0.1:${port}`, pid: process.pid, operatorToken: 'x'.repeat(32), startedAt: '2025-03-20T09:00:00Z' });
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function run(one: (file: { path: string }) => Promise<never>) {
  const err: string[] = [];
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    err.push(String(s));
    return true;
  });
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  let calls = 0;
  let code: number | string;
  try {
    code = await runBatch(files, options, async (file) => {
      calls += 1;
      return one(file);
    });
  } catch (error) {
    code = `threw ${(error as Error).message}`;
  } finally {
    stderr.mockRestore();
    stdout.mockRestore();
  }
  return { code, calls, err: err.filter((l) => l.includes('a.pdf')).join('') };
}

describe('process through serve vs alone, the first upload of the same bytes still in flight', () => {
  it("prints the file's line and goes on to the next file, as alone", async () => {
    // Each file's own refusal, as local/intake.ts throws it for the file it ran.
    const alone = await run(async (file) => {
      throw new FirstUploadInFlight(file.path);
    });
    const served = await run(() => client.call({ person: 'mailroom', role: 'archivist' }, 'POST', '/intake', { bytes: new Uint8Array([1]) }));
    expect(alone).toMatchObject({ code: 1, calls: 2 });
    expect(alone.err).toContain('de samme bytene behandles fortsatt');
    expect(served).toEqual(alone);
  });
});
