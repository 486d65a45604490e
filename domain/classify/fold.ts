/**
 * Letters written without Norwegian, Swedish or Danish letters on the keyboard ("uforetrygd",
 * "sjukersattning", "tandvard") and OCR that drops a ring or a stroke read the same as the spelled
 * word once both are folded to plain Latin letters. Only one-letter folds: "oe" for ø or "aa" for å
 * are left alone, because folding them would merge ordinary words ("poeng", "maal").
 */
const STROKES: Record<string, string> = { ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', ß: 'ss' };

export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øØæÆđĐłŁß]/g, (c) => STROKES[c] ?? c);
}
