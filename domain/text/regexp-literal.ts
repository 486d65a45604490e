/** `s` as a regular expression that matches it literally (a configured word may hold «.», «§», «-»). */
export const regExpLiteral = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
