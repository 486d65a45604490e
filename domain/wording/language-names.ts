import type { Language } from '../../schemas/taxonomy.ts';

/**
 * Languages as people read them, in bokmål: the one table for the command line (`outbox`), the page
 * (Utgående post, the case's letters, the document and review views) and the case journal. SPEC reports
 * a language as a code (nb, nn, sv, da, en), and the JSON keeps the code; a person reads its name.
 * A code this table lacks is shown as it is, never dropped. Typed by the language schema, so tsc refuses
 * the table when a language is added without a name.
 */
export const languageNames: Record<Language, string> = {
  nb: 'bokmål',
  nn: 'nynorsk',
  sv: 'svensk',
  da: 'dansk',
  en: 'engelsk',
};

export const languageName = (code: string | null | undefined): string => (code ? ((languageNames as Record<string, string | undefined>)[code] ?? code) : '–');
