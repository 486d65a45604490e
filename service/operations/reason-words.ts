import type { PostmottakConfig } from '#schemas/config';
import type { Reason } from '#schemas/reasons';
import { reasonNames, reasonText } from '#domain/reasons/wording';

/**
 * A stored reason as the API gives it: its code and parameters, and the bokmål words the page shows.
 * A record from before reasons had codes has none: the page then shows the English words it kept.
 */
export function reasonWords(reasonCode: Reason | null, config: PostmottakConfig): { reasonCode: Reason | null; reasonNb: string | null } {
  return { reasonCode, reasonNb: reasonCode ? reasonText(reasonCode, 'nb', reasonNames(config)) : null };
}
