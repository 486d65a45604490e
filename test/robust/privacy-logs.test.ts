import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startLocalStack, type LocalStack } from '#local/stack';
import { shutdownOcr } from '#engines/ocr/index';
import { dayOfMail, personOf, type MailItem } from '../../corpus/robustness-mail.ts';

/**
 * Issue 14 item 6: the pipeline at debug level, every line any handler or library writes captured;
 * none may carry a national id (in any spacing) or a phrase of a letter.
 */
const PEOPLE = 4;

describe('no national id or document text in any log line, at debug level', () => {
  let dir: string;
  let stack: LocalStack;
  let mail: MailItem[];
  const captured: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-privacy-'));
    mail = await dayOfMail(PEOPLE, 300);
    for (const item of mail) await writeFile(path.join(dir, item.name), item.bytes);
    stack = await startLocalStack({ dataDir: path.join(dir, 'state'), verbose: true });
  }, 60_000);
  afterAll(async () => {
    vi.restoreAllMocks();
    await shutdownOcr();
    await stack?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('captures the lines of a batch and finds no personal data in them', { timeout: 180_000 }, async () => {
    expect(process.env.POWERTOOLS_LOG_LEVEL).toBe('DEBUG');
    const capture = (chunk: unknown) => void captured.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      capture(chunk);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      capture(chunk);
      return true;
    });
    for (const method of ['log', 'info', 'debug', 'warn', 'error', 'trace'] as const) vi.spyOn(console, method).mockImplementation((...args: unknown[]) => capture(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ') + '\n'));

    const { loadLocalStateMachine } = await import('#local/state-machine');
    const { processScan } = await import('#local/intake');
    const machine = await loadLocalStateMachine();
    const statuses: string[] = [];
    for (const item of mail) {
      const { result } = await processScan(machine, stack.bucket, path.join(dir, item.name), { receivedDate: '2025-03-20', postmarkDate: null }, (line) => capture(line + '\n'));
      statuses.push(result.status);
    }
    vi.restoreAllMocks();

    // The batch really ran through the stages, and the logs said something.
    expect(statuses).toContain('routed');
    const log = captured.join('');
    expect(log).toMatch(/"documentId"|-> Register/);
    const digits = log.replace(/\D/g, ' ');
    for (let i = 300; i < 300 + PEOPLE; i++) {
      const { nationalId, name } = personOf(i);
      expect(log).not.toContain(nationalId);
      expect(digits).not.toContain(nationalId);
      expect(log).not.toContain(`${nationalId.slice(0, 6)} ${nationalId.slice(6)}`);
      expect(log).not.toContain(name);
    }
    expect(log).not.toMatch(/periodontitt|Funksjonsevnen|Tannlegen min|Jeg er uenig i vedtaket/i);
    process.stderr.write(`privacy: ${mail.length} documents, ${log.split('\n').length} log lines captured at debug level, none with a national id, a name or letter text\n`);
  });
});
