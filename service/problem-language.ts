import type { ProblemLanguage } from './problems.ts';

/**
 * Which language a problem's words are given in, from the request's Accept-Language (RFC 9110 §12.5.4):
 * bokmål when the caller ranks Norwegian (nb, no, or nn: a nynorsk reader is nearer bokmål than English)
 * above English, else English — also when the header is absent, so downstream systems read what they
 * always read. Ties go to the range named first.
 */
const NORWEGIAN = new Set(['nb', 'no', 'nn']);

export function problemLanguage(acceptLanguage: string | string[] | undefined): ProblemLanguage {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : (acceptLanguage ?? '');
  let best: { language: ProblemLanguage; q: number } = { language: 'en', q: 0 };
  for (const range of header.split(',')) {
    const [tag = '', ...params] = range.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0] ?? '';
    const qParam = params.map((p) => p.trim()).find((p) => p.toLowerCase().startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q) || q <= 0) continue;
    const language: ProblemLanguage | null = NORWEGIAN.has(primary) ? 'nb' : primary === 'en' || primary === '*' ? 'en' : null;
    if (language && q > best.q) best = { language, q };
  }
  return best.language;
}
