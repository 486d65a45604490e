import { readdir } from 'node:fs/promises';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day the demo's mail arrives: the first day `npm start` ran on this data dir (its `post/<day>/`),
 * else today. A demo run on a later day then hands in the same bytes again, which registers nothing
 * twice; making the later day's letters (dated that day, so other bytes) registered the whole day's
 * mail a second time, six new documents and two new cases every day the demo was started.
 */
export async function demoDay(postDir: string, today: string): Promise<string> {
  const days = await readdir(postDir).catch(() => [] as string[]);
  return days.filter((d) => isoDay.test(d)).sort()[0] ?? today;
}
