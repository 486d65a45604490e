import { decisionSubjectAreas } from './decision-subject.ts';
import type { EvidenceRule } from './evidence.ts';
import { wholeWord as rx } from '../text/word-boundary.ts';

/**
 * "Uføretidspunkt" (the onset date of folketrygdloven § 12-10) is fixed in disability cases, but sick-pay,
 * AAP and occupational-injury letters mention it in passing ("Nav skriver at uføretidspunktet ble satt for
 * sent"). The generated corpus writes it only into disability letters, so the model learned the word as
 * disability on its own: sick-pay appeals that describe the benefit without naming it ("arbeidsufør fra
 * oktober", "ytelse under sykdom") were routed as new disability cases at 0.91–0.99 (review of model12,
 * L4). A disability reading that rests on the word is held unless the appeal clause, or the sentence of
 * the decision's date, says the decision is about the onset date, or disability evidence backs it.
 * Hold only: it adds no score and names no area (the withdrawn `uforetidspunkt` evidence rule routed
 * held AAP appeals as disability, review of model12 H1).
 */
const onsetDate: EvidenceRule = { id: 'uforetidspunkt', area: 'disability', kind: 'benefit', pattern: rx('uføretidspunkt\\p{L}*|uføretidpunkt\\p{L}*') };

export function onsetDateInPassing(text: string, areaCode: string, evidenceBacked: boolean): boolean {
  if (areaCode !== onsetDate.area || evidenceBacked || !onsetDate.pattern.test(text)) return false;
  return !decisionSubjectAreas(text, [onsetDate]).has(onsetDate.area);
}
