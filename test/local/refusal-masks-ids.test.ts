import { describe, expect, it } from 'vitest';
import { parseArgsRefusal, usageLine } from '../../local/cli-refusals.ts';
import { UsageError } from '../../local/usage-error.ts';

// Review s15 (rights15 H2): `innsyn 12838510068` (the id without its flag) quoted the id back on standard error.
describe('a refusal that quotes what was typed', () => {
  it('masks a national id, valid or mistyped, in the one line', () => {
    const line = usageLine(parseArgsRefusal({ code: 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', message: "Unexpected argument '12838510068'." }));
    expect(line).toContain('128385*****');
    expect(line).not.toContain('12838510068');
    expect(new UsageError('sak «12838510069» finnes ikke').message).toBe('sak «128385*****» finnes ikke');
  });
});
