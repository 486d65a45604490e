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

/**
 * « Grunn: …»: a refusal's bokmål tail that says why a document was rejected or never read, as its
 * English says it; the English words it kept when it has no code, nothing when it has no reason at all.
 */
export function becauseNb(doc: { reasonCode: Reason | null; reason: string | null }, config: PostmottakConfig): string {
  const why = reasonWords(doc.reasonCode, config).reasonNb ?? doc.reason;
  return why ? ` Grunn: ${why}` : '';
}
