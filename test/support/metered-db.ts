import { CapacityMeter, type Db } from '../../functions/commons/store/db.ts';

/** The same table with a meter that counts every request the client sends through it. */
export function metered(db: Db): { db: Db; meter: CapacityMeter } {
  const meter = new CapacityMeter();
  return { db: { ...db, meter }, meter };
}
