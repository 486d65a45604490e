import type { PostmottakConfig } from '#schemas/config';
import type { DocumentType } from '#schemas/taxonomy';
import { typeRule } from '../config.ts';
import { priorityFor } from './routing.ts';
import { joinedCaseTitle, newCaseTitle } from './registration.ts';

/**
 * What a type correction after the fact does to the case itself (issue 11): its status, title and
 * priority follow the corrected type as config/postmottak.json describes it (setsStatus, titlePrefix,
 * priority), exactly as if the document had arrived with that type.
 */
export interface CaseHeading {
  title: string;
  status: string;
  priority: number;
}

export interface CaseHeadingInput {
  current: CaseHeading;
  /** The corrected document opened the case (and stays on it): the case is made again from it. */
  opensCase: boolean;
  /** The type of the document that opened the case, when it is another document. */
  openerType: DocumentType | null;
  area: string;
  /** The case's keywords after the correction. */
  keywords: readonly string[];
  from: DocumentType;
  to: DocumentType;
}

export function correctedCaseHeading(input: CaseHeadingInput, config: PostmottakConfig): CaseHeading {
  const to = typeRule(config, input.to);
  if (input.opensCase) {
    return {
      title: newCaseTitle({ documentType: input.to, area: input.area }, config),
      status: to.setsStatus ?? 'NY',
      priority: priorityFor(input.keywords, input.to, config),
    };
  }
  const from = typeRule(config, input.from);
  // A joined document's prefix («Anke – ») and status (ATRY) are its own effect on the case: taken off
  // when it is no longer that type, put on when it becomes one. What the case was before the document
  // joined is not kept, so the status falls back to the one its opening document gives.
  let title = input.current.title;
  if (from.titlePrefix && from.titlePrefix !== to.titlePrefix && title.startsWith(from.titlePrefix)) title = title.slice(from.titlePrefix.length);
  title = joinedCaseTitle(title, to);
  let status = input.current.status;
  if (to.setsStatus) status = to.setsStatus;
  else if (from.setsStatus && status === from.setsStatus) status = (input.openerType ? typeRule(config, input.openerType).setsStatus : null) ?? 'NY';
  // The case's priority from what now explains it: its opener's type and the keywords (an «anke», a
  // missed deadline) — the corrected document's old type no longer counts.
  const priority = Math.max(priorityFor(input.keywords, input.openerType ?? input.to, config), priorityFor(input.keywords, input.to, config));
  return { title, status, priority };
}
