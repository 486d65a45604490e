// Straight from the domain, not through render.ts: the party generators draw names without loading the renderer's engines.
import { seededRandom } from '../domain/seeded-random.ts';

/** Seeded choices for the corpus generator: the same seed writes the same corpus, byte for byte. */
export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
  /** Some of the items, in order, each kept with probability p (at least `min`). */
  some<T>(items: readonly T[], p: number, min = 0): T[] {
    const kept = items.filter(() => this.chance(p));
    if (kept.length >= min) return kept;
    return this.shuffle(items).slice(0, min);
  }
}

export type Slot = string | ((rng: Rng) => string);
export type Slots = Record<string, Slot>;

/**
 * A small phrasing language so one template line says the same thing many ways:
 * `[a|b|c]` picks one alternative (nested allowed), `[?x]` keeps x half the time, `{name}` fills a slot
 * (a function slot is called each time it is used, so it can record ground truth as it writes).
 */
export function expand(template: string, slots: Slots, rng: Rng): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const c = template[i]!;
    if (c === '[') {
      const end = matching(template, i);
      const inner = template.slice(i + 1, end);
      if (inner.startsWith('?')) {
        if (rng.chance(0.5)) out += expand(inner.slice(1), slots, rng);
      } else {
        out += expand(rng.pick(splitTop(inner)), slots, rng);
      }
      i = end + 1;
    } else if (c === '{') {
      const end = template.indexOf('}', i);
      const name = template.slice(i + 1, end);
      const slot = slots[name];
      if (slot === undefined) throw new Error(`template slot {${name}} has no value`);
      out += typeof slot === 'function' ? slot(rng) : slot;
      i = end + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out.replace(/ {2,}/g, ' ').replace(/ ([.,;:])/g, '$1');
}

function matching(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '[') depth++;
    else if (s[i] === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  throw new Error(`unbalanced [ in template: ${s}`);
}

function splitTop(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '[') depth++;
    else if (s[i] === ']') depth--;
    else if (s[i] === '|' && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}
