import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The folder rules of .dependency-cruiser.cjs, run over a small tree that breaks each of them once
 * and keeps to them once: a rule that no longer fires when broken would let `npm test` pass anyway.
 */
const { forbidden } = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as { forbidden: IForbiddenRuleType[] };

const tree: Record<string, string> = {
  'schemas/taxonomy.ts': 'export const slug = 1;\n',
  'domain/pure.ts': "import { slug } from '../schemas/taxonomy.ts';\nimport { other } from './other.ts';\nexport const pure = slug + other;\n",
  'domain/other.ts': 'export const other = 2;\n',
  'domain/reads-files.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
  'domain/calls-engine.ts': "import { ocr } from '../engines/ocr.ts';\nexport const run = ocr;\n",
  'engines/ocr.ts': 'export const ocr = 3;\n',
  'schemas/reaches-domain.ts': "import { pure } from '../domain/pure.ts';\nexport const p = pure;\n",
  'stages/classify.ts': "import { pure } from '../domain/pure.ts';\nimport { handler } from '../functions/classify/handler.ts';\nexport const stage = [pure, handler];\n",
  'functions/classify/handler.ts': 'export const handler = 4;\n',
  'functions/uses-corpus.ts': "import { letter } from '../corpus/letter.ts';\nexport const l = letter;\n",
  'corpus/letter.ts': 'export const letter = 5;\n',
  'scripts/bench.ts': "import { fixture } from '../test/support/fixture.ts';\nimport { letter } from '../corpus/letter.ts';\nexport const b = [fixture, letter];\n",
  'test/support/fixture.ts': 'export const fixture = 6;\n',
  'test/a.test.ts': "import { fixture } from './support/fixture.ts';\nexport const t = fixture;\n",
};

describe('dependency rules (.dependency-cruiser.cjs)', () => {
  let dir: string;
  let violations: string[];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-deps-'));
    for (const [file, text] of Object.entries(tree)) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), text);
    }
    const folders = [...new Set(Object.keys(tree).map((f) => f.split('/')[0]!))];
    const result = await cruise(folders, { baseDir: dir, validate: true, ruleSet: { forbidden }, tsPreCompilationDeps: true });
    const output = result.output as ICruiseResult;
    violations = output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('report each broken rule, and nothing where the rules are kept', () => {
    expect(violations).toEqual([
      'domain-is-pure: domain/calls-engine.ts -> engines/ocr.ts',
      'domain-is-pure: domain/reads-files.ts -> fs',
      'domain-not-engines: domain/calls-engine.ts -> engines/ocr.ts',
      'nothing-imports-test: scripts/bench.ts -> test/support/fixture.ts',
      'product-not-scripts-or-corpus: functions/uses-corpus.ts -> corpus/letter.ts',
      'schemas-only-zod: schemas/reaches-domain.ts -> domain/pure.ts',
      'stages-not-functions-or-aws: stages/classify.ts -> functions/classify/handler.ts',
    ]);
  });
});
