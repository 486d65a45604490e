/**
 * The outbox through the API: `npx tsx scripts/bench-outbox.ts [--count 30]`. Writes `count` held
 * acknowledgements (no address) on the embedded stack of a temporary data dir, then times, through the
 * real app (Fastify inject, archivist token): the outbox listing, releasing each held letter with an
 * address (re-render, conditional write, journal, deadline, event), one letter's PDF, the day's post
 * as one PDF, and marking each sent. Prints medians and p95; asserts nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../service/app.ts';
import { ensureStarterTokens, localTokenAuthenticator } from '../service/auth/local-tokens.ts';
import { openLocalRuntime } from '../local/service-runtime.ts';
import { defaultLettersConfig } from '../config/letters.ts';
import { pdfLetterRenderer } from '../engines/pdf/letter-renderer.ts';
import { dynamoLetterRepository } from '../functions/commons/store/letters.ts';
import { dynamoStagePorts } from '../functions/commons/store/repositories.ts';
import { s3BlobStore } from '../functions/commons/blob-store.ts';
import { letterStagePorts, writeLetters } from '../stages/write-letters.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('bench-outbox', { options: { count: { type: 'string', default: '30' } } });
const count = Math.max(2, Number(values.count));
const dir = await mkdtemp(path.join(tmpdir(), 'postmottak-bench-outbox-'));
const dataDir = path.join(dir, 'state');
const runtime = await openLocalRuntime({ dataDir, command: 'bench' });
try {
  const ctx = runtime.context;
  const tokens = await ensureStarterTokens(dataDir);
  const app = await buildApp({ context: ctx, authenticator: localTokenAuthenticator(dataDir), webDir: null });
  const headers = { authorization: `Bearer ${tokens.archivist}` };
  const stage = dynamoStagePorts(ctx.db, { config: ctx.config, idHashKey: async () => 'bench-key-bench-key', now: () => new Date('2025-03-21T09:00:00Z') });
  const ports = letterStagePorts({ ...stage, blobs: s3BlobStore(ctx.files.bucket), letters: dynamoLetterRepository(ctx.db), renderer: pdfLetterRenderer, lettersConfig: defaultLettersConfig() });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const caseNumber = `2025/${String(i + 1).padStart(5, '0')}`;
    const [written] = await writeLetters(
      {
        documentId: `doc-bench-${i}`,
        receivedDate: '2025-03-20',
        classification: {
          documentType: 'appeal', area: 'dental', language: 'nb', keywords: [], confidence: 0.97, reviewReason: null, textSource: 'text_layer', pages: 1, explanation: [], modelVersion: 'bench',
          fields: { nationalIds: [], caseReferences: [], decisionDate: '2025-03-12', decisionReceivedDate: null, parties: [{ role: 'appellant', name: `Kari Nordmann ${i}`, address: [], addressWithheld: 'bench' }] },
        },
        registration: { caseId: caseNumber.replace('/', '-'), caseNumber, created: true, area: 'dental' },
        opened: [{ kind: 'case_processing', due: '2025-06-20' }],
      },
      ports,
    );
    ids.push(written!.letterId);
  }
  const timed = async (method: 'GET' | 'POST', url: string, payload?: object) => {
    const started = performance.now();
    const response = await app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
    if (response.statusCode !== 200) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return { ms: performance.now() - started, bytes: response.rawPayload.length };
  };
  const stats = (label: string, ms: number[]) => {
    const sorted = [...ms].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(0);
    console.log(`${label}: n=${ms.length} median ${at(0.5)} ms, p95 ${at(0.95)} ms`);
  };
  stats(`list (${count} held)`, [await timed('GET', '/api/v1/outbox')].map((r) => r.ms));
  const release: number[] = [];
  for (const [i, id] of ids.entries()) release.push((await timed('POST', `/api/v1/outbox/${id}/release`, { name: `Kari Nordmann ${i}`, street: 'Fjellveien 3', postcode: '5006', place: 'Bergen' })).ms);
  // Writing the held letters loaded the PDF engine and fonts already: every release is warm.
  stats('release (re-render, write, journal, deadline, event)', release);
  const pdf: number[] = [];
  for (const id of ids.slice(0, 10)) pdf.push((await timed('GET', `/api/v1/outbox/${id}/pdf`)).ms);
  stats('one letter PDF', pdf);
  const print = await timed('GET', '/api/v1/outbox/print?date=2025-03-21');
  console.log(`the day's post: ${count} letters in one PDF, ${print.ms.toFixed(0)} ms, ${(print.bytes / 1024).toFixed(0)} KiB`);
  const sent: number[] = [];
  for (const id of ids) sent.push((await timed('POST', `/api/v1/outbox/${id}/sent`, { on: '2025-03-24' })).ms);
  stats('mark sent', sent);
  await app.close();
} finally {
  await runtime.close();
  await rm(dir, { recursive: true, force: true });
}
