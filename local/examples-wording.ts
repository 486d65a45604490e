import { date } from '../domain/wording/names-nb.ts';
import { count } from './mailroom/mailroom-wording.ts';

/**
 * What `examples export` says when it has written the file, in bokmål like the rest of the CLI:
 * how many examples, what was left out and why, and the command that trains on them (as it is typed).
 */
export function examplesWrittenLines(result: { written: number; superseded: number; withoutText: number }, out: string, since: string | null): string {
  const left = [
    ...(result.superseded ? [`${count(result.superseded, 'eldre svar', 'eldre svar')} for de samme dokumentene er utelatt`] : []),
    ...(result.withoutText ? [`${count(result.withoutText, 'dokument', 'dokumenter')} uten tekst i dokumentlageret er utelatt`] : []),
  ];
  return [
    `${count(result.written, 'eksempel', 'eksempler')} med arkivarens svar${since ? ` fra og med ${date(since)}` : ''} er skrevet til ${out}${left.length ? `; ${left.join('; ')}` : ''}`,
    `tren med: npm run train -- --examples ${out}`,
  ].join('\n');
}
