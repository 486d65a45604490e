import type { ProblemLanguage } from './problems.ts';

/**
 * Which language a problem's words are given in, from the request's Accept-Language (RFC 9110 §12.5.4):
 * bokmål when the caller ranks Norwegian (nb, no, or nn: a nynorsk reader is nearer bokmål than English)
 * above English, else English — also when the header is absent, so downstream systems read what they
 * always read. Ties go to the range named first; `*` weighs a language the header does not name.
 */
const NORWEGIAN = new Set(['nb', 'no', 'nn']);

/** How much the header wants one language, and where it said so (for ties). */
interface Asked {
  q: number;
  at: number;
}

/**
 * A range's weight: spaces around `=` are forgiven; a weight that cannot be read counts as 1, so a
 * range the caller named is never dropped for how its weight was written.
 */
function weightOf(params: string[]): number {
  const q = params.map((p) => p.replace(/\s+/g, '')).find((p) => p.toLowerCase().startsWith('q='));
  if (q === undefined) return 1;
  const value = Number(q.slice(2));
  return q.length > 2 && Number.isFinite(value) ? Math.min(Math.max(value, 0), 1) : 1;
}

export function problemLanguage(acceptLanguage: string | string[] | undefined): ProblemLanguage {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : (acceptLanguage ?? '');
  const named: Partial<Record<ProblemLanguage, Asked>> = {};
  let wildcard: Asked | null = null;
  for (const [at, range] of header.split(',').entries()) {
    const [tag = '', ...params] = range.trim().split(';');
    // Some clients write the POSIX form (nb_NO) for the BCP 47 one (nb-NO).
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (!primary) continue;
    const asked = { q: weightOf(params), at };
    if (primary === '*') {
      wildcard ??= asked;
      continue;
    }
    const language: ProblemLanguage | null = NORWEGIAN.has(primary) ? 'nb' : primary === 'en' ? 'en' : null;
    // The best of a language's ranges (nb-NO, nb, no …) is what the caller asks of it; q=0 refuses it.
    if (language && (!named[language] || asked.q > named[language].q)) named[language] = asked;
  }
  const nb = named.nb ?? wildcard ?? { q: 0, at: Infinity };
  const en = named.en ?? wildcard ?? { q: 0, at: Infinity };
  return nb.q > en.q || (nb.q > 0 && nb.q === en.q && nb.at < en.at) ? 'nb' : 'en';
}
