import type { Lang } from './areas.ts';

/**
 * Everyday sentences per language, beside the letters, for the language model only: the letters
 * carry Norwegian letterheads and addresses whatever their language, and these add the function words
 * (Danish "af", "hvad", "mig", "nu"; Swedish "och", "inte", "från"; nynorsk "eg", "ikkje", "kva").
 */
export const languageSamples: Record<Lang, string[]> = {
  nb: [
    'Jeg har ikke fått noe svar ennå, og nå lurer jeg på hva som skjer.', 'Hvis dere trenger flere opplysninger, kan dere ringe meg eller sende et brev.',
    'Det er viktig for meg at dette blir ordnet så snart som mulig.', 'Vi har fått beskjed om at saken er sendt videre, men vet ikke hvor den er nå.',
    'Kan dere si meg hvor lenge jeg må vente før jeg får et svar?', 'Takk for at dere tok dere tid til å lese dette.', 'Hun har vært syk hele vinteren og orker ikke mer.',
    'Vi har ikke hørt fra dere siden i fjor, og det er lenge å vente.', 'Noen ganger føler jeg at ingen bryr seg om hvordan det går med meg.',
  ],
  nn: [
    'Eg har ikkje fått noko svar enno, og no lurer eg på kva som skjer.', 'Dersom de treng fleire opplysningar, kan de ringje meg eller sende eit brev.',
    'Det er viktig for meg at dette vert ordna så snart som råd.', 'Vi har fått melding om at saka er send vidare, men veit ikkje kvar ho er no.',
    'Kan de seie meg kor lenge eg må vente før eg får svar?', 'Takk for at de tok dykk tid til å lese dette.', 'Ho har vore sjuk heile vinteren og orkar ikkje meir.',
    'Vi har ikkje høyrt frå dykk sidan i fjor, og det er lenge å vente.', 'Av og til kjenner eg at ingen bryr seg om korleis det går med meg.',
  ],
  sv: [
    'Jag har inte fått något svar ännu, och nu undrar jag vad som händer.', 'Om ni behöver fler uppgifter kan ni ringa mig eller skicka ett brev.',
    'Det är viktigt för mig att detta blir ordnat så snart som möjligt.', 'Vi har fått besked om att ärendet har skickats vidare, men vet inte var det är nu.',
    'Kan ni säga hur länge jag måste vänta innan jag får ett svar?', 'Tack för att ni tog er tid att läsa detta.', 'Hon har varit sjuk hela vintern och orkar inte mer.',
    'Vi har inte hört något från er sedan i fjol, och det är länge att vänta.', 'Ibland känner jag att ingen bryr sig om hur det går för mig.',
  ],
  da: [
    'Jeg har ikke fået noget svar endnu, og nu spekulerer jeg på, hvad der sker.', 'Hvis I har brug for flere oplysninger, kan I ringe til mig eller sende et brev.',
    'Det er vigtigt for mig, at dette bliver ordnet så hurtigt som muligt.', 'Vi har fået besked om, at sagen er sendt videre, men ved ikke, hvor den er nu.',
    'Kan I sige mig, hvor længe jeg skal vente, før jeg får et svar?', 'Tak fordi I tog jer tid til at læse dette.', 'Hun har været syg hele vinteren og kan ikke klare mere.',
    'Vi har ikke hørt noget fra jer siden sidste år, og det er længe at vente.', 'Nogle gange føler jeg, at ingen bekymrer sig om, hvordan det går mig.',
  ],
  en: [
    'I have not received any answer yet, and now I wonder what is happening.', 'If you need more information, you can call me or send a letter.',
    'It is important to me that this is sorted out as soon as possible.', 'We were told that the case had been passed on, but we do not know where it is now.',
    'Can you tell me how long I have to wait before I get an answer?', 'Thank you for taking the time to read this.', 'She has been ill all winter and cannot cope any more.',
    'We have not heard from you since last year, which is a long time to wait.', 'Sometimes I feel that nobody cares how I am doing.',
  ],
};
