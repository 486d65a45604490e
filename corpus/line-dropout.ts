import type { Rng } from './rng.ts';

/**
 * A template letter with some of its lines left out, for training (issue 13: new writers). A family
 * writes the same set of phrases every time, so the model can learn the set — a letter is an appeal
 * because it has this letterhead, this opening and this closing together — and is unsure of a new
 * writer's letter that says only a few of those things, in fewer lines. Leaving lines out at random
 * makes each line's words count on their own. Which lines go is drawn from `rng` only, so the rest of
 * the corpus's draws stay as they were; empty lines and page breaks are kept (the layout's heading
 * area stays where it was), and a letter keeps at least `minKept` lines with text.
 */
export function dropLines(text: string, share: number, rng: Rng, minKept = 3): string {
  if (share <= 0) return text;
  const lines = text.split('\n');
  const withText = lines.filter((l) => l.trim() !== '' && l !== '\f').length;
  const dropped = new Set<number>();
  lines.forEach((line, i) => {
    if (line.trim() === '' || line === '\f') return;
    if (rng.chance(share)) dropped.add(i);
  });
  // Too few left: give lines back from the top (the letter's head and first lines are what a reader meets first).
  for (let i = 0; i < lines.length && withText - dropped.size < Math.min(minKept, withText); i++) dropped.delete(i);
  return lines.filter((_, i) => !dropped.has(i)).join('\n');
}
