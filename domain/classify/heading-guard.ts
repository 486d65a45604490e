import { readable } from '../text/fold.ts';
import { commentsAndAppealHeading } from './comments-heading.ts';
import { headingLines } from './rules.ts';

/**
 * A letter whose heading reads both as comments and as an appeal ("Comments - appeal"): neither reading
 * may go straight through (review of model11). Comments routed as an appeal open deadlines on the case or
 * a duplicate case; an appeal routed as comments opens no case and gets no acknowledgement. The Classify
 * stage holds it for an archivist (reason `comments_or_appeal`).
 */
export function headedCommentsAndAppeal(text: string): boolean {
  return headingLines(readable(text)).some(commentsAndAppealHeading);
}
