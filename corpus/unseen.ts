import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DocumentType, Language } from '../schemas/taxonomy.ts';
import type { CorpusDoc } from './letter.ts';

const dir = fileURLToPath(new URL('./unseen/', import.meta.url));

/**
 * Letters written by hand (not from templates), in styles the generator does not produce: e-mails,
 * forms, tables, terse notes. A front matter block holds the ground truth. Too few to train on; they
 * are the "documents you have not seen" check.
 */
export async function loadUnseenLetters(): Promise<CorpusDoc[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  return Promise.all(files.map(async (file) => parseUnseen(file, await readFile(path.join(dir, file), 'utf8'))));
}

export function parseUnseen(file: string, raw: string): CorpusDoc {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
  if (!match) throw new Error(`${file}: no front matter`);
  const meta = Object.fromEntries(match[1]!.split('\n').map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
  const list = (v: string | undefined) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []);
  const date = (v: string | undefined) => (v && v !== 'null' ? v : null);
  const body = match[2]!.replace(/\n+$/, '');
  return {
    id: `unseen-${file.replace(/\.txt$/, '')}`,
    split: 'eval',
    family: 'unseen',
    documentType: DocumentType.parse(meta.type),
    area: meta.area!,
    language: Language.parse(meta.language),
    pages: body.split('\f').map((p) => p.split('\n')),
    truth: { nationalIds: list(meta.nationalIds), caseReferences: list(meta.caseReferences), decisionDate: date(meta.decisionDate), decisionReceivedDate: date(meta.decisionReceivedDate) },
    style: { fontSize: 10.5, serif: file.charCodeAt(0) % 2 === 0 },
  };
}
