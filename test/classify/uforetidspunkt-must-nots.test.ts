import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { classificationOf } from '../../domain/classify/stage.ts';
import { decideLink } from '../../domain/registry/linking.ts';

/**
 * Review of model12. H1: the `uforetidspunkt` evidence rule (→ disability) turned AAP appeals that mention
 * the onset date in passing into new disability cases; it was withdrawn. L4: without it, sick-pay appeals
 * that describe the benefit without naming it and mention uføretidspunkt in passing were still routed as
 * disability at 0.91–0.99 (the corpus writes the word only into disability letters, so the model learned it
 * as disability): onset-date-guard.ts holds such a reading. A wrong area is the worst outcome (the wrong
 * unit): none of these letters may open a case in another area than its own.
 */
const config = loadConfig();
const ID = '01837012550'; // synthetic: month + 80, valid check digits
const letter = (subject: string, body: string) =>
  `Ola Nordmann\nStorgata 1\n0155 Oslo\nFødselsnummer ${ID}\n\nNav Klageinstans\nPostboks 7028 St. Olavs plass\n0130 Oslo\n\nOslo, 3. mars 2026\n\n${subject}\n\n${body}\n\nMed vennlig hilsen\nOla Nordmann`;
const SUBJECTS = ['Klage på vedtak', 'Klage', 'Klage på vedtak datert 12.01.2026'];

/** The reviewer's letters (scratch/adv.ts, scratch/adv2.ts), then ours; each under every subject line. */
const BODIES: [area: string, body: string][] = [
  ['work_assessment', 'Jeg klager på vedtaket datert 12.01.2026 om stans av arbeidsavklaringspenger. Nav skriver at de ikke kan ta stilling til uføretidspunkt før jeg har prøvd mer arbeidsrettede tiltak. Jeg er fortsatt syk og trenger AAP til behandlingen er ferdig.'],
  ['work_assessment', 'Jeg klager på vedtaket datert 12.01.2026 der Nav stanset min arbeidsavklaring. Saksbehandler nevnte i samtalen at uføretidspunktet kan bli satt senere, men jeg er ikke ferdig med behandlingen. Jeg ønsker å fortsette med tiltak og behandling.'],
  ['work_assessment', 'Jeg klager på vedtaket av 12.01.2026. Nav har avslått forlengelse av ytelsen min til avklaring av arbeidsevne. Legen min mener uføretidspunktet ikke er nådd ennå, fordi behandlingen fortsatt pågår og arbeidsevnen kan bedres.'],
  ['work_assessment', 'Jeg klager på vedtaket datert 12.01.2026 om AAP. Nav mener jeg heller bør søke uføretrygd, men jeg vil prøve å komme tilbake i arbeid. Uføretidspunkt er ikke aktuelt for meg.'],
  ['work_assessment', 'Jeg klager på vedtaket datert 12.01.2026. Nav mener arbeidsevnen min ikke er nedsatt nok til at jeg kan få ytelse mens jeg er under avklaring. Uføretidspunktet er ikke vurdert. Jeg trenger mer tid til behandling og tiltak.'],
  ['work_assessment', 'Jeg klager på vedtaket datert 12.01.2026 om at ytelsen under arbeidsrettede tiltak stanses. Nav viser til at uføretidspunktet kan fastsettes senere. Jeg er fortsatt i behandling hos psykolog.'],
  ['work_assessment', 'Jeg klager på vedtaket datert 12.01.2026. Nav stanser pengene mine mens jeg er i tiltak hos Nav, og sier jeg må vente på at uføretidspunkt fastsettes. Jeg har nedsatt arbeidsevne og er under behandling.'],
  ['sick_pay', 'Jeg klager på vedtaket datert 12.01.2026 om avslag på sykepenger. Nav skriver at uføretidspunktet mitt ligger før sykmeldingen, men det stemmer ikke. Jeg var i full jobb til desember.'],
  ['sick_pay', 'Jeg klager på vedtaket datert 12.01.2026 etter folketrygdloven § 8-4. Jeg var arbeidsufør fra 1. desember. Uføretidspunkt er ikke fastsatt i min sak.'],
  ['sick_pay', 'Jeg klager på vedtaket datert 12.01.2026. Jeg har vært sykmeldt siden oktober og fikk ikke utbetalt sykmeldingsperioden. Nav skriver at uføretidspunktet ble satt til september, men jeg jobbet da.'],
  ['sick_pay', 'Jeg klager på vedtaket datert 12.01.2026. Jeg var arbeidsufør fra oktober, og Nav har ikke utbetalt noe for de første ukene. Nav skriver at uføretidspunktet ble satt for sent, men legen bekrefter at jeg var syk.'],
  ['sick_pay', 'Jeg klager på vedtaket datert 12.01.2026. Arbeidsgiveren betalte de første sexten dagene, men Nav nekter å betale resten av fraværet. De skriver noe om uføretidspunktet mitt, som jeg ikke forstår.'],
  ['sick_pay', 'Jeg klager på vedtaket datert 12.01.2026 om ytelse under sykdom. Legen min skrev meg syk fra 1. oktober. Nav mener uføretidspunktet er før jeg begynte i jobben, men det er feil.'],
  ['occupational_injury', 'Jeg klager på vedtaket datert 12.01.2026 om godkjenning av yrkesskade. Arbeidsulykken skjedde 3. mai 2024. Nav har lagt til grunn et uføretidspunkt som ikke stemmer med skadetidspunktet.'],
  // Ours: sick pay described, never named, with and without the onset date; an injury with the date.
  ['sick_pay', 'Jeg klager på vedtaket datert 12.01.2026. Jeg har vært arbeidsufør siden oktober, men Nav vil ikke betale for fraværet mitt. Legen min skrev meg syk, og uføretidspunktet har ingenting med saken å gjøre.'],
  ['sick_pay', 'Jeg klager på vedtaket datert 12.01.2026 om ytelse under sykdom. Jeg var helt arbeidsufør i november og desember, og fastlegen har bekreftet det.'],
  ['sick_pay', 'Jeg klager på vedtaket datert 12.01.2026. Nav mener jeg ikke var arbeidsufør på grunn av sykdom, men legen min skrev meg syk fra 1. oktober. Saksbehandleren spurte om uføretidspunkt, men det gjelder ikke meg.'],
  ['sick_pay', 'Jeg klager på vedtaket datert 12.01.2026. Arbeidsuførheten min skyldes sykdom, ikke sosiale forhold, og legen skrev meg syk i seks uker. Nav har blandet inn uføretidspunktet fra en gammel sak.'],
  ['occupational_injury', 'Jeg klager på vedtaket datert 12.01.2026. Jeg ble arbeidsufør etter en ulykke på jobben i mars, og Nav har ikke godkjent skaden. De skriver at uføretidspunktet ligger før ulykken.'],
];

function wronglyRouted(text: string, area: string): string | null {
  const classification = classificationOf([{ pageIndex: 0, source: 'text_layer', text }], config);
  const link = decideLink({ documentId: 'doc-1', classification, referenceMatches: [], nationalIdMatches: [] }, config);
  return !link.review && classification.area !== area ? `${area} → ${classification.area} at ${classification.confidence}` : null;
}

describe('uføretidspunkt mentioned in passing never routes a letter to another area', () => {
  it.each(BODIES.flatMap(([area, body]) => SUBJECTS.map((subject) => [subject, area, body] as const)))('%s (%s): %s', (subject, area, body) => {
    expect(wronglyRouted(letter(subject, body), area)).toBeNull();
  });
});

describe('a disability appeal about the onset date itself still goes through', () => {
  it.each([
    ['Klage på vedtak om uføretidspunkt', 'Jeg klager på vedtaket datert 12.01.2026 der Nav satte uføretidspunktet til 2025. Det skulle vært 2022, da jeg ble syk.'],
    ['Klage', 'Jeg klager på vedtaket om fastsetting av uføretidspunkt datert 12.01.2026. Uføretidspunktet skulle vært satt til 2022, da jeg ble syk.'],
  ])('%s', (subject, body) => {
    const classification = classificationOf([{ pageIndex: 0, source: 'text_layer', text: letter(subject, body) }], config);
    const link = decideLink({ documentId: 'doc-1', classification, referenceMatches: [], nationalIdMatches: [] }, config);
    expect({ area: classification.area, review: link.review }).toEqual({ area: 'disability', review: false });
  });
});
