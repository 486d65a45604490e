/** The page's one sentence for a case number typed wrong, wherever it takes one (header, sheets, access log). */
export const notACaseNumber = (typed: string): string => `«${typed.trim()}» er ikke et saksnummer. Skriv det som 2025/00001.`;
