import type { DeadlineRule, PostmottakConfig } from '#schemas/config';
import type { Deadline } from '#schemas/pipeline';
import type { DeadlineKind, DocumentType, IsoDate } from '#schemas/taxonomy';
import { handlerOpenableKinds, typeRule } from './config.ts';
import { compareIsoDates, deadlineDate } from './calendar.ts';

/**
 * Which deadlines a document opens and closes, and when they fall due (SPEC "Registration, deadlines
 * and routing"). The rules themselves are configuration; this module only applies them.
 */

export interface DeadlineInput {
  documentType: DocumentType;
  receivedDate: IsoDate;
  postmarkDate: IsoDate | null;
  decisionDate: IsoDate | null;
  decisionReceivedDate: IsoDate | null;
}

export function deadlineRule(kind: DeadlineKind, config: PostmottakConfig): DeadlineRule {
  const rule = config.deadlineRules.find((r) => r.kind === kind);
  if (!rule) throw new Error(`no deadline rule for '${kind}'`);
  return rule;
}

/**
 * The day a deadline starts running. A decision deadline runs from when the party received the
 * decision (folketrygdloven § 21-12); when the letter does not say, from the decision date, the
 * earlier day, so a late appeal is never counted as in time for want of a date.
 */
function startDate(rule: DeadlineRule, input: DeadlineInput): IsoDate | null {
  return rule.from === 'decision' ? (input.decisionReceivedDate ?? input.decisionDate) : input.receivedDate;
}

/**
 * Mail counts as arriving on its postmark date when there is one (forvaltningsloven § 30 first
 * paragraph b: a letter posted before the deadline is in time); arriving on the due date is in time.
 */
function arrivedAfter(due: IsoDate, input: DeadlineInput): boolean {
  return compareIsoDates(input.postmarkDate ?? input.receivedDate, due) > 0;
}

/** The deadlines a document of this type opens (config.typeRules[type].opens), with due dates and `missed` where the rule checks it; plus the keywords missed deadlines add (rule.missedKeyword). */
export function deadlinesToOpen(input: DeadlineInput, config: PostmottakConfig): { deadlines: Deadline[]; keywords: string[] } {
  const deadlines: Deadline[] = [];
  for (const kind of typeRule(config, input.documentType).opens) {
    const rule = deadlineRule(kind, config);
    const start = startDate(rule, input);
    // A decision deadline with neither decision date cannot be computed, so it is left out rather than
    // guessed; the registration stage sends such documents to review (TypeRule.requiresDecisionDate).
    if (start === null) continue;
    const due = deadlineDate(start, rule.duration);
    if (!rule.checkMissed) {
      deadlines.push({ kind, due });
      continue;
    }
    deadlines.push({ kind, due, missed: arrivedAfter(due, input) });
  }
  return { deadlines, keywords: missedKeywords(deadlines, config) };
}

/** The keywords the missed ones among these deadlines add to their case (rule.missedKeyword), once each. */
export function missedKeywords(deadlines: readonly Deadline[], config: PostmottakConfig): string[] {
  const keywords: string[] = [];
  for (const d of deadlines) {
    const keyword = d.missed ? deadlineRule(d.kind, config).missedKeyword : undefined;
    if (keyword && !keywords.includes(keyword)) keywords.push(keyword);
  }
  return keywords;
}

/** An awaiting deadline a case handler opens through the API (deadlineRules[].handlerMayOpen), counted from openedOn. */
export function awaitingDeadline(kind: DeadlineKind, openedOn: IsoDate, config: PostmottakConfig): Deadline {
  const openable = handlerOpenableKinds(config);
  if (!openable.includes(kind)) throw new RangeError(`'${kind}' is not a deadline a case handler can open (one of ${openable.join(', ')})`);
  return { kind, due: deadlineDate(openedOn, deadlineRule(kind, config).duration) };
}

/** Kinds this document type closes (config typeRules[type].closes). */
export function kindsClosedBy(documentType: DocumentType, config: PostmottakConfig): DeadlineKind[] {
  return [...typeRule(config, documentType).closes];
}
