import type { IsoDate } from '#schemas/taxonomy';
import { osloDate } from '#domain/calendar';
import { dayToComeWords, isAfterToday, type DayToCome } from '#domain/intake/days-to-come';
import type { ServiceContext } from '../ports.ts';
import { badRequest } from '../problems.ts';

const labels: Record<DayToCome, { en: string; nb: string }> = {
  received: { en: 'The received date', nb: 'Mottaksdatoen' },
  sent: { en: 'The day sent', nb: 'Sendedagen' },
  opened: { en: 'The day opened', nb: 'Åpningsdagen' },
  notices: { en: 'The day given as today', nb: 'Dagen gitt som i dag' },
};

/** 400 (en and nb) for a received, sent, opened or notices' day after the service's today (domain/intake/days-to-come.ts). */
export function refuseDayToCome(kind: DayToCome, day: IsoDate, ctx: Pick<ServiceContext, 'now'>): void {
  const today = osloDate(ctx.now());
  if (!isAfterToday(day, today)) return;
  const words = dayToComeWords(kind, labels[kind], day, today);
  throw badRequest(words.en, words.nb);
}
