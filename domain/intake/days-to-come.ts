import type { IsoDate } from '#schemas/taxonomy';
import { compareIsoDates } from '../calendar.ts';
import { date } from '../wording/names-nb.ts';

/**
 * A day still to come (after today in Europe/Oslo) cannot be a day mail was received, a letter was
 * sent or a case handler opened a deadline: deadlines would count from a guess, and `missed` would be
 * decided on it. (SPEC.md gives an awaiting deadline no start but the day it is opened, «today» by
 * default: a letter dated ahead is not a reason to count from a day to come.) Every path that takes
 * such a day from a person (the command line, the API, the page) refuses it in these words.
 */
export function isAfterToday(day: IsoDate, today: IsoDate): boolean {
  return compareIsoDates(day, today) > 0;
}

export type DayToCome = 'received' | 'sent' | 'opened' | 'notices';

const what = {
  received: { en: 'mail cannot be received on a day still to come', nb: 'posten kan ikke være mottatt en dag som ikke har kommet ennå' },
  sent: { en: 'a letter cannot be sent on a day still to come', nb: 'et brev kan ikke være sendt en dag som ikke har kommet ennå' },
  opened: { en: 'a deadline cannot be opened on a day still to come', nb: 'en frist kan ikke åpnes en dag som ikke har kommet ennå' },
  // A notice written «today» for a day ahead would tell the person of an extension too early, dated ahead.
  notices: { en: 'notices cannot be written for a day still to come', nb: 'varsler kan ikke skrives for en dag som ikke har kommet ennå' },
} as const;

/** «--received 01.01.2099 er etter i dag (30.11.2026): posten kan …», and its English; `label` names the flag or field. */
export function dayToComeWords(kind: DayToCome, label: { en: string; nb: string }, day: IsoDate, today: IsoDate): { en: string; nb: string } {
  return {
    en: `${label.en} ${day} is after today (${today}): ${what[kind].en}.`,
    nb: `${label.nb} ${date(day)} er etter i dag (${date(today)}): ${what[kind].nb}.`,
  };
}
