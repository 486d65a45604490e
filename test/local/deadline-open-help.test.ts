import { describe, expect, it } from 'vitest';
import { usage } from '../../local/cli-help-wording.ts';

/** Review of words9: `deadline-open --handler` (who opens the deadline) was taken but not in --help. */
describe('postmottak --help for deadline-open', () => {
  it('names every option the command takes', () => {
    const line = usage.split('\n').find((l) => l.trimStart().startsWith('postmottak deadline-open '));
    for (const option of ['--kind', '--on', '--handler', '--data-dir', '--json']) expect(line).toContain(option);
  });
});
