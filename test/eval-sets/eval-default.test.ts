import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { promotedModel } from '#domain/classify/index';
import { loadRecords } from '../../corpus/records.ts';
import { half, loadUnseenWriters } from '../../eval-sets/unseen-writers/records.ts';
import { evalOptions } from '../../scripts/eval-options.ts';
import { printUnseenWriters } from '../../scripts/report-unseen-writers.ts';

// `npm run eval` without --test-half: the test half is the lead's, scored once per model after a merge.
describe('npm run eval by default', () => {
  it('prints the calibration half and names no test-half letter or figure', () => {
    // eval.ts's own argument handling, checked before anything is scored so a flipped default prints no test-half figure.
    const { 'test-half': testHalf } = evalOptions([]);
    expect(testHalf).toBe(false);
    expect(evalOptions(['--test-half'])['test-half']).toBe(true);
    const lines: string[] = [];
    printUnseenWriters(promotedModel(), loadConfig(), (s = '') => lines.push(s), loadRecords('train-ocr'), loadRecords('eval-ocr'), { testHalf });
    const output = lines.join('\n');
    expect(output).toMatch(/^ {2}calibration half.*: \d+ letters/m);
    expect(output).toMatch(/straight through +\d+\/\d+/);
    // No section of the test half (nor of its slice B) and no figure on a line naming it; a line says it is not scored here.
    expect(lines).toContain('  test half: not scored here (the lead scores it once, with --test-half)');
    expect(lines.filter((l) => /test half|slice B/.test(l) && /\d/.test(l))).toEqual([]);
    const testIds = half(loadUnseenWriters(), 'test').map((r) => r.id);
    expect(testIds.length).toBeGreaterThan(0);
    expect(testIds.filter((id) => output.includes(id))).toEqual([]);
  }, 120_000);
});
