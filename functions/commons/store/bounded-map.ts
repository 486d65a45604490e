/**
 * `work` over every item with at most `limit` running at once, answers in the items' order. A store
 * read per day or per case in parallel, but bounded: a year of days must not open 366 requests at once
 * (DynamoDB throttles a burst, and the local stack shares one process).
 */
export async function mapBounded<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      out[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
  return out;
}
