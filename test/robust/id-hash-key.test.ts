import { mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStack } from '#local/stack';

/** Issue 14 item 6: the local id-hash key, if lost, is detected (a key check value in the table), never silently replaced. */
describe('the id-hash key of a data directory', () => {
  let dir: string;
  let keyFile: string;
  let original: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-key-'));
    keyFile = path.join(dir, 'id-hash.key');
    const stack = await startLocalStack({ dataDir: dir });
    await stack.stop();
    original = await readFile(keyFile, 'utf8');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('refuses to start when the key file is lost, and makes no new one', async () => {
    await unlink(keyFile);
    await expect(startLocalStack({ dataDir: dir })).rejects.toMatchObject({ name: 'IdHashKeyError', message: expect.stringMatching(/id-hash\.key mangler i datamappen/) });
    await expect(readFile(keyFile, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses another key in its place', async () => {
    await writeFile(keyFile, Buffer.alloc(32, 7).toString('base64') + '\n');
    await expect(startLocalStack({ dataDir: dir })).rejects.toMatchObject({ name: 'IdHashKeyError', message: expect.stringMatching(/id-hash\.key er ikke nøkkelen/) });
  });

  it('starts again with the restored key, and uses it', async () => {
    await writeFile(keyFile, original);
    const stack = await startLocalStack({ dataDir: dir });
    try {
      expect(process.env.ID_HASH_KEY).toBe(original.trim());
    } finally {
      await stack.stop();
    }
  });
});
