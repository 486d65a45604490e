import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { classificationOf } from '../../domain/classify/stage.ts';
import { decideLink } from '../../domain/registry/linking.ts';

/**
 * Session 12 (fixN): a sick-pay letter saying «jeg har aldri søkt uføretrygd» was routed as disability at 0.99,
 * the `uforetrygd` evidence rule firing on a negated mention. A benefit a letter says it does not have, never
 * applied for, or sets against the one it is about («ikke uføretrygd, men sykepenger») is no evidence for its
 * area. None of these letters may open a case in another area than its own.
 */
const config = loadConfig();
const ID = '01837012550'; // synthetic: month + 80, valid check digits
const letter = (subject: string, body: string, close = 'Med vennlig hilsen') =>
  `Kari Nordmann\nStorgata 1\n0155 Oslo\nFødselsnummer ${ID}\n\nNav Klageinstans\nPostboks 7028 St. Olavs plass\n0130 Oslo\n\nOslo, 3. mars 2026\n\n${subject}\n\n${body}\n\n${close}\nKari Nordmann`;

const LETTERS: [area: string, subject: string, body: string, close?: string][] = [
  // nb
  ['sick_pay', 'Klage på vedtak', 'Jeg klager på vedtaket datert 12.01.2026. Jeg har vært syk siden oktober og har aldri søkt uføretrygd. Legen min skrev meg syk i åtte uker, og Nav vil ikke betale for fraværet.'],
  ['sick_pay', 'Klage', 'Jeg klager på vedtaket datert 12.01.2026. Jeg har aldri søkt uføretrygd og vil tilbake i jobb. Nav mener jeg ikke var arbeidsufør i november, men fastlegen har bekreftet det.'],
  ['sick_pay', 'Klage på vedtak datert 12.01.2026', 'Saken gjelder ikke uføretrygd, men sykepenger for november og desember. Arbeidsgiveren betalte de første 16 dagene, og Nav nekter å betale resten.'],
  ['sick_pay', 'Klage', 'Jeg klager på vedtaket datert 12.01.2026. Jeg mottar ikke uføretrygd og har ikke søkt om det. Jeg var arbeidsufør fra 1. oktober, og legen skrev meg syk.'],
  ['work_assessment', 'Klage på vedtak', 'Jeg klager på vedtaket datert 12.01.2026 om stans av arbeidsavklaringspenger. Jeg har aldri fått uføretrygd, og jeg er fortsatt under behandling og i arbeidsrettede tiltak.'],
  ['work_assessment', 'Klage', 'Jeg klager på vedtaket datert 12.01.2026. Jeg vil ikke ha uføretrygd, men fortsatt AAP til behandlingen er ferdig. Arbeidsevnen min kan bedres med tiltak.'],
  ['disability', 'Klage på vedtak', 'Jeg klager på vedtaket datert 12.01.2026 om avslag på uføretrygd. Jeg mottar ikke AAP lenger, og arbeidsevnen min er varig nedsatt med minst halvparten.'],
  ['disability', 'Klage', 'Jeg klager på vedtaket datert 12.01.2026 om uføretrygd. Jeg har aldri hatt sykepenger fra Nav, fordi jeg var selvstendig. Sykdommen har varig nedsatt inntektsevnen min.'],
  ['occupational_injury', 'Klage på vedtak', 'Jeg klager på vedtaket datert 12.01.2026 om godkjenning av skaden. Arbeidsulykken skjedde på jobben 3. mai 2024. Jeg har ikke søkt uføretrygd, jeg vil bare ha skaden godkjent.'],
  ['medical', 'Klage på vedtak', 'Jeg klager på vedtaket datert 12.01.2026 om refusjon av utgifter til legehjelp hos spesialist. Det gjelder ikke sykepenger. Jeg betalte egenandelen og ble henvist av fastlegen.'],
  // nn
  ['sick_pay', 'Klage på vedtak', 'Eg klagar på vedtaket datert 12.01.2026. Eg har aldri søkt om uføretrygd og vil tilbake i jobb. Legen skreiv meg sjuk frå oktober, men Nav vil ikkje betale for fråværet.'],
  ['sick_pay', 'Klage', 'Eg klagar på vedtaket datert 12.01.2026. Eg får ikkje uføretrygd og har ikkje bede om det. Eg var arbeidsufør i november og desember, og fastlegen stadfestar det.'],
  ['work_assessment', 'Klage på vedtak', 'Eg klagar på vedtaket datert 12.01.2026 om stans av arbeidsavklaringspengar. Eg har ikkje søkt uføretrygd. Eg er framleis under behandling og i tiltak.'],
  // sv
  ['sick_pay', 'Överklagande', 'Jag överklagar beslutet daterat 12.01.2026. Jag har aldrig ansökt om sjukersättning. Jag var sjukskriven från oktober av min läkare, men Nav vill inte betala för frånvaron.', 'Med vänliga hälsningar'],
  ['sick_pay', 'Överklagande av beslut', 'Jag överklagar beslutet daterat 12.01.2026. Det gäller inte sjukersättning utan sjukpenning för november och december. Min arbetsgivare betalade de första sexton dagarna.', 'Med vänliga hälsningar'],
  ['work_assessment', 'Överklagande', 'Jag överklagar beslutet daterat 12.01.2026 om arbetsavklaringspenger. Jag har inte sökt sjukersättning och vill fortsätta med behandling och åtgärder.', 'Med vänliga hälsningar'],
  // da
  ['sick_pay', 'Klage over afgørelse', 'Jeg klager over afgørelsen dateret 12.01.2026. Jeg har aldrig søgt førtidspension. Min læge sygemeldte mig fra oktober, men Nav vil ikke betale for fraværet.', 'Med venlig hilsen'],
  ['sick_pay', 'Klage', 'Jeg klager over afgørelsen dateret 12.01.2026. Jeg modtager ikke førtidspension og har ikke søgt om det. Jeg var uarbejdsdygtig i november og december på grund af sygdom.', 'Med venlig hilsen'],
  ['work_assessment', 'Klage over afgørelse', 'Jeg klager over afgørelsen dateret 12.01.2026 om arbejdsafklaringspenge. Jeg har aldrig søgt førtidspension og er stadig i behandling.', 'Med venlig hilsen'],
  // en
  ['sick_pay', 'Appeal against decision', 'I appeal against the decision dated 12.01.2026. I have never applied for disability benefit. My doctor signed me off work from October, but Nav refuses to pay for my absence.', 'Yours sincerely'],
  ['sick_pay', 'Appeal', 'I appeal against the decision dated 12.01.2026. This is not about disability benefit but about my sickness absence in November and December, which my GP has confirmed.', 'Yours sincerely'],
  ['work_assessment', 'Appeal against decision', 'I appeal against the decision dated 12.01.2026 to stop my work assessment allowance. I do not receive disability benefit and I am still in treatment.', 'Yours sincerely'],
  ['disability', 'Appeal', 'I appeal against the decision dated 12.01.2026 refusing my disability benefit. I do not receive sick pay any more, and my ability to work is permanently reduced.', 'Yours sincerely'],
];

function wronglyRouted(text: string, area: string): string | null {
  const classification = classificationOf([{ pageIndex: 0, source: 'text_layer', text }], config);
  const link = decideLink({ documentId: 'doc-1', classification, referenceMatches: [], nationalIdMatches: [] }, config);
  return !link.review && classification.area !== area ? `${area} → ${classification.area} at ${classification.confidence}` : null;
}

describe('a negated or contrasted mention of a benefit never routes a letter to that area', () => {
  it.each(LETTERS)('%s — %s: %s', (area, subject, body, close) => {
    expect(wronglyRouted(letter(subject, body, close), area)).toBeNull();
  });
});
