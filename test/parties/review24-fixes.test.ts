import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';

/**
 * Review of session 24 (parties24): ten letters a reviewer found worse on the branch than on main — a helper's own case read
 * as the appellant's, a writer swapped with her mother, the appellant's own «Kontakt:» line read as another party's, another
 * side's «Prosessfullmektig:» read as the appellant's lawyer, «vi bor sammen» about another pair or a future home. The
 * expected result is main's, which the reviewer checked. Synthetic names; no national ids.
 */
const postcodes = norwegianPostcodes();
const summary = (lines: string[]) =>
  extractParties(lines.join('\n'), { postcodes }).map((p) => `${p.role}: ${p.name}${p.firm ? ` [${p.firm}]` : ''} @ ${p.address.join(' | ')}`);

/** The appeals body's three address lines, under every letter's sender. */
const H = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo'];
/** L09; L09b is the same letter without the line's «(for forsikringsselskapet)». */
const L09 = [
  'NAV Klageinstans Vest',
  'Postboks 6600',
  '5892 Bergen',
  '',
  ...H,
  '',
  'Oversendelse av klagesak – yrkesskade',
  '',
  'Klager: Geir Mo, Moveien 5, 5300 Kleppestø',
  'Forsikringsselskap: Fjord Forsikring ASA',
  'Prosessfullmektig: advokat Ellen Vik, Vik & Co Advokater AS, Strandkaien 2, 5013 Bergen (for forsikringsselskapet)',
  '',
  'Vi har vurdert klagen, men finner ikke grunn til å endre vedtaket. Saken oversendes.',
  '',
  'Med hilsen',
  'Anne Fosse',
  'saksbehandler',
];
/** M13 (second review); M04 is the same letter with the neighbour's other errand for the writer's wife. */
const M13 = [
  'Ola Nilsen',
  'Fjordgata 7',
  '7010 Trondheim',
  '',
  ...H,
  '',
  'Klage på vedtak om arbeidsavklaringspenger',
  '',
  'Jeg klager på vedtaket av 3. mars. Min nabo Per Lund har skrevet dette for meg. Han ordner også klagen til fru Hansen i andre etasje.',
  'Jeg mener vilkårene er oppfylt.',
  '',
  'Med vennlig hilsen',
  'Ola Nilsen',
];

const letters: [string, string, string[], string[]][] = [
  ['L01', 'a helper whose «sin egen klage» is his own (rule 1)', [
    'Torleif Vang',
    'Sagveien 7',
    '2320 Furnes',
    '',
    ...H,
    '',
    'Klage på vedtak om bostøtte',
    '',
    'Jeg klager på vedtaket om bostøtte av 2. oktober 2026.',
    'Min nabo Kåre Lund hjelper meg med papirene. Han ordner sin egen klage på uføretrygden nå.',
    '',
    'Med vennlig hilsen',
    'Torleif Vang',
  ], [
    'appellant: Torleif Vang @ Sagveien 7 | 2320 Furnes',
  ]],
  ['L02', 'the writer helps her mother, who takes the case on (rule 1: never swapped)', [
    'Siri Haug',
    'Bergtunet 4',
    '3512 Hønefoss',
    '',
    ...H,
    '',
    'Klage på vedtak om hjelpestønad',
    '',
    'Min mor Randi Haug har fått avslag på hjelpestønad, og jeg hjelper henne med å skrive. Hun tar seg av saken videre.',
    'Hun klager fordi behovet for tilsyn er større enn Nav har lagt til grunn.',
    '',
    'Med vennlig hilsen',
    'Siri Haug',
  ], [
    'appellant: Randi Haug @ ',
    'first_instance: Nav @ ',
    'representative: Siri Haug @ Bergtunet 4 | 3512 Hønefoss',
  ]],
  ['L04', '«his own appeal» is the helper’s own case (rule 1)', [
    'Margaret Cole',
    'Skogveien 21',
    '1430 Ås',
    '',
    ...H,
    '',
    'Appeal',
    '',
    'I appeal against the decision on my attendance allowance.',
    'My son Thomas Cole wrote this letter for me. He is handling his own appeal about his disability benefit as well.',
    '',
    'Yours sincerely',
    'Margaret Cole',
  ], [
    'appellant: Margaret Cole @ Skogveien 21 | 1430 Ås',
  ]],
  ['L06', 'a bare «Kontakt:» over a phone number is her own line (rule 2)', [
    ...H,
    '',
    'Klage på vedtak om arbeidsavklaringspenger',
    '',
    'Navn: Kristin Holm',
    'Kontakt: 912 34 567',
    'Adresse: Storgata 8, 9008 Tromsø',
    '',
    'Jeg klager på vedtaket om arbeidsavklaringspenger.',
    '',
    'Med vennlig hilsen',
    'Kristin Holm',
  ], [
    'appellant: Kristin Holm @ Storgata 8 | 9008 Tromsø',
  ]],
  ['L09', 'the insurer’s lawyer «(for forsikringsselskapet)» (rule 3)', L09, [
    'appellant: Geir Mo @ Moveien 5 | 5300 Kleppestø',
    'first_instance: NAV Klageinstans Vest @ Postboks 6600 | 5892 Bergen',
  ]],
  ['L09b', 'a «Prosessfullmektig:» beside «Forsikringsselskap:» (rule 3)', L09.map((l) => l.replace(' (for forsikringsselskapet)', '')), [
    'appellant: Geir Mo @ Moveien 5 | 5300 Kleppestø',
    'first_instance: NAV Klageinstans Vest @ Postboks 6600 | 5892 Bergen',
  ]],
  ['L10', '«motpart» in the text; the directorate’s own lawyer (rule 3)', [
    'Arbeids- og velferdsdirektoratet',
    'Postboks 5 St. Olavs plass',
    '0130 Oslo',
    '',
    'Trygderetten',
    'Postboks 8024 Dep',
    '0030 Oslo',
    '',
    'Oversendelse av anke',
    '',
    'Ankende part: Rolf Dahl, Dahlveien 3, 7500 Stjørdal',
    'Arbeids- og velferdsdirektoratet er motpart i saken.',
    'Prosessfullmektig: advokat Tone Lie, Arbeids- og velferdsdirektoratet, juridisk seksjon',
    '',
    'Vi har vurdert saken på nytt og oversender den.',
    '',
    'Med hilsen',
    'Per Vang',
    'rådgiver',
  ], [
    'appellant: Rolf Dahl @ Dahlveien 3 | 7500 Stjørdal',
    'sender: Trygderetten @ Postboks 8024 Dep | 0030 Oslo',
  ]],
  ['L11', '«…, for arbeidsgiver» (rule 3)', [
    'NAV Klageinstans Midt',
    'Postboks 1',
    '7005 Trondheim',
    '',
    ...H,
    '',
    'Oversendelse av klagesak',
    '',
    'Klager: Hanne Rø, Rølia 4, 7300 Orkanger',
    'Arbeidsgiver: Orkla Mek AS',
    'Prosessfullmektig: advokat Knut Berg, Berg Advokatfirma AS, Munkegata 3, 7011 Trondheim, for arbeidsgiver',
    '',
    'Vi har vurdert klagen, men finner ikke grunn til å endre vedtaket.',
    '',
    'Med hilsen',
    'Per Dahl',
    'saksbehandler',
  ], [
    'appellant: Hanne Rø @ Rølia 4 | 7300 Orkanger',
    'first_instance: NAV Klageinstans Midt @ Postboks 1 | 7005 Trondheim',
  ]],
  ['L12', '«Min mann og jeg … Vi bor sammen»: another pair, and the mother is in a sykehjem (rule 4)', [
    ...H,
    '',
    'Klage på vegne av min mor',
    '',
    'Jeg skriver på vegne av min mor, Anna Berg, som har gitt meg fullmakt. Hun bor på Solgløtt sykehjem.',
    'Min mann og jeg har plass til henne i helgene. Vi bor sammen i Granveien 3, 1410 Kolbotn.',
    'Hun klager på vedtaket om hjelpestønad.',
    '',
    'Med vennlig hilsen',
    'Marit Berg Olsen',
  ], [
    'appellant: Anna Berg @ ',
    'representative: Marit Berg Olsen @ ',
  ]],
  ['L13', '«We will live together»: a future home; a care home now (rule 4)', [
    ...H,
    '',
    'Appeal',
    '',
    'I am writing on behalf of my father, George Hill, who has given me power of attorney.',
    'We will live together at Bjerkeveien 5, 1363 Høvik. Until then he lives at a care home.',
    'He appeals against the decision on his attendance allowance.',
    '',
    'Yours sincerely',
    'Emma Hill',
  ], [
    'appellant: George Hill @ ',
    'representative: Emma Hill @ ',
  ]],
  ['M02', '«Datteren min og jeg … Vi bor sammen i …»: the writer and her daughter, not her mother (second review, rule 4)', [
    ...H,
    '',
    'Klage på vedtak om grunnstønad',
    '',
    'Jeg skriver på vegne av min mor, Olga Berg. Datteren min og jeg flyttet i fjor. Vi bor sammen i Lindeveien 8, 1412 Sofiemyr.',
    'Mor bor fortsatt i sin leilighet og trenger stønaden.',
    '',
    'Med vennlig hilsen',
    'Eva Berg',
  ], [
    'appellant: Olga Berg @ ',
    'representative: Eva Berg @ ',
  ]],
  ['M12', 'sv «Min son och jag … Vi bor tillsammans på …»: the writer and her son (second review, rule 4)', [
    ...H,
    '',
    'Överklagande av beslut om hjälpstöd',
    '',
    'Jag skriver för min mor, Olga Berg, som har fått avslag. Min son och jag tar hand om henne på dagarna. Vi bor tillsammans på Lindeveien 8, 1412 Sofiemyr.',
    '',
    'Med vänliga hälsningar',
    'Eva Berg',
  ], [
    'appellant: Olga Berg @ ',
    'representative: Eva Berg @ ',
  ]],
  ['M13', '«Han ordner også klagen til fru Hansen»: another person’s case, no representative (second review, rule 1)', M13, [
    'appellant: Ola Nilsen @ Fjordgata 7 | 7010 Trondheim',
  ]],
  ['M04', '«Han ordner også klagen til kona mi, Berit Nilsen»: the wife’s case, not the writer’s (second review, rule 1)',
    M13.map((l) => l.replace('til fru Hansen i andre etasje', 'til kona mi, Berit Nilsen')), [
      'appellant: Berit Nilsen @ ',
      'representative: Ola Nilsen @ Fjordgata 7 | 7010 Trondheim',
    ]],
];

describe('review of session 24: main’s reading of the reviewer’s letters', () => {
  for (const [id, why, lines, expected] of letters) {
    it(`${id}: ${why}`, () => {
      expect(summary(lines).sort()).toEqual([...expected].sort());
    });
  }
});
