import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IntakeQuery } from '#schemas/api';
import { IntakeInput } from '#schemas/pipeline';
import { batchFrom, isBatchName } from '#domain/intake/batch';

/**
 * What a batch name is, said once (schemas/batch.ts): the CLI's --batch, the upload's metadata, the
 * intake route's query and the execution's input accept and refuse the same names.
 */
const names = ['tirsdag', 'process-m1x2-3f9a_01', 'a.b', 'x'.repeat(64), '', 'x'.repeat(65), 'mandag 3', 'å', '../etc', 'a/b'];
const intake = (batch: string) => ({ bucket: 'postmottak-documents', key: 'k', etag: 'e', versionId: null, receivedDate: '2025-03-20', postmarkDate: null, batch });

describe('a batch name', () => {
  it('is the same name to the CLI, the upload metadata, the intake route and the execution input', () => {
    const accepted = names.filter(isBatchName);
    expect(accepted).toEqual(['tirsdag', 'process-m1x2-3f9a_01', 'a.b', 'x'.repeat(64)]);
    for (const name of names) {
      expect(batchFrom({ batch: name }) !== null, name).toBe(accepted.includes(name));
      expect(IntakeQuery.safeParse({ fileName: 'a.pdf', received: '2025-03-20', batch: name }).success, name).toBe(accepted.includes(name));
      expect(IntakeInput.safeParse(intake(name)).success, name).toBe(accepted.includes(name));
    }
  });

  it('has its pattern written in one place', async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const holders: string[] = [];
    for (const dir of ['domain', 'schemas', 'service', 'local', 'stages', 'functions']) {
      for (const entry of await readdir(path.join(root, dir), { recursive: true })) {
        if (!entry.endsWith('.ts')) continue;
        if ((await readFile(path.join(root, dir, entry), 'utf8')).includes('[\\w.-]{1,64}')) holders.push(`${dir}/${entry}`);
      }
    }
    expect(holders).toEqual(['schemas/batch.ts']);
  });
});
