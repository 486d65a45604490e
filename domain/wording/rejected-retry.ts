import { osloDate } from '../calendar.ts';
import { date } from './names-nb.ts';

/**
 * A quarantine retry whose replacement was rejected too, in one wording for the page («Karantene») and
 * the command line (`postmottak queue quarantine`): when, by whom, as which document, and why.
 */
export interface RejectedRetryFacts {
  documentId: string;
  reason: string | null;
  reasonNb: string | null;
  at: string;
  by: string;
}

const why = (r: { reasonNb: string | null; reason: string | null }) => (r.reasonNb ?? r.reason ?? '–').replace(/[.\s]+$/u, '');

/** «Prøvd igjen 20.03.2025 av Anne Arkivar som doc-…, også avvist: <hvorfor>.» */
export function rejectedRetryNb(retry: RejectedRetryFacts): string {
  return `Prøvd igjen ${date(osloDate(new Date(retry.at)))} av ${retry.by} som ${retry.documentId}, også avvist: ${why(retry)}.`;
}

/** The answer to a retry just made whose replacement was rejected: «avvist igjen – <hvorfor>; FIL ligger fortsatt i karantene». */
export function rejectedAgainNb(fileName: string, reason: { reasonNb: string | null; reason: string | null }): string {
  return `avvist igjen – ${why(reason)}; ${fileName} ligger fortsatt i karantene`;
}
