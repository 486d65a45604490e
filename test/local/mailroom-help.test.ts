import { describe, expect, it } from 'vitest';
import { footer, usage } from '../../local/cli-help-wording.ts';

/** QA s10 (LOW): `process --verbose` worked but --help did not name it; serve's --settle is new. */
const lineOf = (command: string) => usage.split('\n').find((l) => l.trimStart().startsWith(`postmottak ${command} `)) ?? '';

describe('postmottak --help for the mailroom', () => {
  it('names --verbose for process, upload and serve, and says what it writes', () => {
    for (const command of ['process', 'upload', 'serve']) expect(lineOf(command), command).toContain('[--verbose]');
    expect(footer).toMatch(/--verbose skriver .* aldri innhold eller fødselsnummer/s);
  });

  it('names serve --settle beside --watch, with its default', () => {
    expect(lineOf('serve')).toContain('[--watch INNBOKSMAPPE [--settle SEKUNDER]]');
    expect(footer).toMatch(/uendret i 10 s \(--settle SEKUNDER\)/);
  });
});
