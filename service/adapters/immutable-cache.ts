/**
 * A small in-process cache for objects that never change once written: a document's id is the
 * SHA-256 of its bytes, so its page texts and prepared page images are the same on every read. Bounded
 * by bytes (least recently used out first); misses are not remembered, so a page written later is
 * still found.
 */
export class ImmutableCache<T> {
  readonly #entries = new Map<string, { value: T; size: number }>();
  #bytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly sizeOf: (value: T) => number,
  ) {}

  async get(key: string, load: () => Promise<T | null>): Promise<T | null> {
    const hit = this.#entries.get(key);
    if (hit) {
      // Map keeps insertion order: taking it out and putting it back makes it the most recent.
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit.value;
    }
    const value = await load();
    if (value === null) return null;
    const size = this.sizeOf(value);
    if (size > this.maxBytes) return value;
    this.#entries.set(key, { value, size });
    this.#bytes += size;
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.size;
    }
    return value;
  }

  get bytes(): number {
    return this.#bytes;
  }
}
