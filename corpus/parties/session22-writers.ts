import type { PartiesTruth } from './letter-heads.ts';
import { APPEALS_BODY_HEAD, handTruth, type HandWrittenLetter } from './common.ts';

/**
 * A twenty-second slice of the party reader (issue #16, session 22): **who wrote it and who answers** — the cases session
 * 21 left, written by hand with the truth first and committed, with main's result recorded, before any rule was changed
 * for it. In nb, nn, sv, da and en:
 * - one power given to two holders («fullmakt til min sønn … og min datter …»): both represent, the giver appeals; with
 *   two holders and no address for the one named first the acknowledgement is held;
 * - a bank's or a financial firm's power («Fullmakt til DNB Bank ASA …») beside a power over the case, or alone: the bank
 *   is neither appellant nor representative;
 * - «Jeg gir fullmakt(en) til min sønn …» without «til å …» right after the name: the son represents, the giver appeals;
 * - a daughter who writes for her mother («på vegne av min mor, …, f. …») — the kin word and «på vegne av» in the sentence
 *   that names the mother make the writer the representative at her own head — and «Min mor, …, ønsker å klage», signed by
 *   the daughter: the mother appeals, the daughter who names her by the kin word represents her (as every slice reads it);
 * - a GP who appeals «på hennes vegne» with the patient's written power enclosed (a representative at the practice) and
 *   without one (no representative; the patient appeals).
 *
 * **Held out**: every third letter (`s22-03`, `s22-06`, …) is scored only with `--s22-held-out`. Names, streets and
 * sentences are the slice's own; Norwegian postcodes are Posten's; no national ids.
 */
export type Session22Letter = HandWrittenLetter;

const truth = handTruth;
const HEAD = [...APPEALS_BODY_HEAD, ''];

const letters: [style: string, language: string, truth: PartiesTruth, lines: string[]][] = [
  // 01 Two holders of one power in a first-person sentence: the giver appeals, the first holder represents (no address).
  ['two-holders-son-daughter', 'nb', truth('Kari Hansen', ['Granveien 12', '2050 Jessheim'], { name: 'Per Hansen' }), ['Kari Hansen', 'Granveien 12', '2050 Jessheim', '', ...HEAD, 'Klage på vedtak om hjelpestønad', '', 'Jeg klager på vedtaket fordi behovet mitt for tilsyn om natten ikke er vurdert.', 'Jeg gir fullmakt til min sønn Per Hansen og min datter Lise Hansen til å føre klagesaken for meg.', '', 'Med vennlig hilsen', 'Kari Hansen']],
  // 02 A «FULLMAKT» block under the signature with two holders named without kin words.
  ['two-holders-block', 'nb', truth('Eva Strand', ['Sjøveien 4', '3256 Larvik'], { name: 'Kari Hansen' }), ['Eva Strand', 'Sjøveien 4', '3256 Larvik', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om arbeidsavklaringspenger av 14.08.2025.', '', 'Med hilsen', 'Eva Strand', '', 'FULLMAKT', 'Undertegnede, Eva Strand, gir fullmakt til Kari Hansen og Per Olsen til å føre klagesaken for meg.']],
  // 03 Nynorsk: «Eg gjev fullmakt til dotter mi … og son min …».
  ['nn-two-holders', 'nn', truth('Brita Rud', ['Rudsvegen 8', '2670 Otta'], { name: 'Solveig Rud' }), ['Brita Rud', 'Rudsvegen 8', '2670 Otta', '', ...HEAD, 'Klage på vedtak', '', 'Eg klagar på vedtaket om grunnstønad.', 'Eg gjev fullmakt til dotter mi Solveig Rud og son min Nils Rud til å føre klagesaka for meg.', '', 'Helsing', 'Brita Rud']],
  // 04 Swedish: «Jag ger härmed fullmakt till min dotter … och min son … att föra min talan».
  ['sv-two-holders', 'sv', truth('Margit Ek', ['Storgatan 14', '852 30 Sundsvall', 'Sverige'], { name: 'Karin Ek' }), ['Margit Ek', 'Storgatan 14', '852 30 Sundsvall', 'Sverige', '', ...HEAD, 'Överklagande', '', 'Jag överklagar beslutet om ålderspension.', 'Jag ger härmed fullmakt till min dotter Karin Ek och min son Olof Ek att föra min talan i ärendet.', '', 'Med vänlig hälsning', 'Margit Ek']],
  // 05 English: «I hereby authorise my son … and my daughter … to act for me».
  ['en-two-holders', 'en', truth('Robert Hill', ['Parkveien 21', '0350 Oslo'], { name: 'James Hill' }), ['Robert Hill', 'Parkveien 21', '0350 Oslo', '', ...HEAD, 'Appeal', '', 'I appeal against the decision on my disability benefit of 3 October 2025.', 'I hereby authorise my son James Hill and my daughter Anna Hill to act for me in this appeal.', '', 'Yours faithfully', 'Robert Hill']],
  // 06 Danish: «Jeg giver hermed fuldmagt til min søn … og min datter … til at føre sagen».
  ['da-two-holders', 'da', truth('Bent Holm', ['Vestergade 9', '8000 Aarhus C', 'Danmark'], { name: 'Lars Holm' }), ['Bent Holm', 'Vestergade 9', '8000 Aarhus C', 'Danmark', '', ...HEAD, 'Klage over afgørelse', '', 'Jeg klager over afgørelsen om pension.', 'Jeg giver hermed fuldmagt til min søn Lars Holm og min datter Sofie Holm til at føre sagen for mig.', '', 'Med venlig hilsen', 'Bent Holm']],
  // 07 A bank's power beside a power over the case: the son represents, the bank is nobody's party.
  ['bank-beside-case-power', 'nb', truth('Ingrid Berg', ['Bakkegata 3', '2317 Hamar'], { name: 'Ola Berg' }), ['Ingrid Berg', 'Bakkegata 3', '2317 Hamar', '', ...HEAD, 'Klage på vedtak om bostøtte', '', 'Jeg klager på vedtaket fordi inntekten min er satt for høyt.', 'Jeg gir min sønn Ola Berg fullmakt til å føre klagesaken for meg.', 'Fullmakt til DNB Bank ASA gjelder bare betaling av regningene mine.', '', 'Med vennlig hilsen', 'Ingrid Berg']],
  // 08 The bank's power with the bank's address first, the case power after.
  ['bank-address-then-case-power', 'nb', truth('Knut Vik', ['Fjellveien 17', '5019 Bergen'], { name: 'Arne Vik' }), ['Knut Vik', 'Fjellveien 17', '5019 Bergen', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om uføretrygd.', 'Fullmakt til DNB Bank ASA, Dronning Eufemias gate 30, 0191 Oslo, gjelder bare kontoen min.', 'Jeg gir min bror Arne Vik fullmakt til å føre klagesaken for meg.', '', 'Hilsen', 'Knut Vik']],
  // 09 Nynorsk: only a bank's power (husleiga trekt frå kontoen); no representative.
  ['nn-bank-only', 'nn', truth('Jorunn Haugen', ['Haugsvegen 5', '6770 Nordfjordeid'], null), ['Jorunn Haugen', 'Haugsvegen 5', '6770 Nordfjordeid', '', ...HEAD, 'Klage', '', 'Eg klagar på vedtaket om bustøtte.', 'Sparebanken Vest har fullmakt til å trekkje husleiga frå kontoen min, så pengane kan gå dit.', '', 'Helsing', 'Jorunn Haugen']],
  // 10 English: a bank holds a power for direct debits only; no representative.
  ['en-bank-only', 'en', truth('Susan Ward', ['Kongsgata 40', '6002 Ålesund'], null), ['Susan Ward', 'Kongsgata 40', '6002 Ålesund', '', ...HEAD, 'Appeal', '', 'I appeal against the decision to reduce my pension.', 'Power of attorney to Nordea Bank Norge ASA covers my direct debits only.', '', 'Kind regards', 'Susan Ward']],
  // 11 Swedish: a bank's power beside a case power.
  ['sv-bank-beside-case-power', 'sv', truth('Gunnar Borg', ['Ringvägen 7', '722 11 Västerås', 'Sverige'], { name: 'Lena Borg' }), ['Gunnar Borg', 'Ringvägen 7', '722 11 Västerås', 'Sverige', '', ...HEAD, 'Överklagande', '', 'Jag överklagar beslutet om sjukpenning.', 'Fullmakt till Swedbank AB gäller endast mitt konto.', 'Jag ger härmed min dotter Lena Borg fullmakt att föra min talan i ärendet.', '', 'Med vänlig hälsning', 'Gunnar Borg']],
  // 12 «Jeg gir fullmakt til min sønn NN i denne saken»: the son represents.
  ['gives-power-to-son-in-case', 'nb', truth('Ola Hansen', ['Nordre gate 5', '7011 Trondheim'], { name: 'Geir Hansen' }), ['Ola Hansen', 'Nordre gate 5', '7011 Trondheim', '', ...HEAD, 'Klage på vedtak om grunnstønad', '', 'Jeg klager på vedtaket og mener utgiftene til diett er satt for lavt.', 'Jeg gir fullmakt til min sønn Geir Hansen i denne klagesaken.', '', 'Med vennlig hilsen', 'Ola Hansen']],
  // 13 «Jeg gir fullmakten til min sønn NN, slik at han kan føre saken»: the son represents.
  ['gives-the-power-to-son', 'nb', truth('Randi Moe', ['Torvgata 2', '8006 Bodø'], { name: 'Eirik Moe' }), ['Randi Moe', 'Torvgata 2', '8006 Bodø', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om hjemmehjelp.', 'Jeg gir fullmakten til min sønn Eirik Moe, slik at han kan føre klagesaken for meg.', '', 'Hilsen', 'Randi Moe']],
  // 14 «Jeg gir fullmakt til min sønn NN til å klage på mine vegne»: the son represents.
  ['gives-power-son-til-aa', 'nb', truth('Liv Aasen', ['Kirkeveien 9', '1430 Ås'], { name: 'Stian Aasen' }), ['Liv Aasen', 'Kirkeveien 9', '1430 Ås', '', ...HEAD, 'Klage', '', 'Jeg gir fullmakt til min sønn Stian Aasen til å klage på vedtaket om pleiepenger på mine vegne.', '', 'Med vennlig hilsen', 'Liv Aasen']],
  // 15 Nynorsk: «Eg gjev fullmakta til son min NN i klagesaka».
  ['nn-gives-the-power', 'nn', truth('Anders Bø', ['Bøvegen 3', '3800 Bø i Telemark'], { name: 'Ivar Bø' }), ['Anders Bø', 'Bøvegen 3', '3800 Bø i Telemark', '', ...HEAD, 'Klage', '', 'Eg klagar på vedtaket om arbeidsavklaringspengar.', 'Eg gjev fullmakta til son min Ivar Bø i klagesaka.', '', 'Helsing', 'Anders Bø']],
  // 16 Danish: «Jeg giver fuldmagt til min søn NN i klagesagen».
  ['da-gives-power-to-son', 'da', truth('Erik Lund', ['Nørregade 22', '5000 Odense C', 'Danmark'], { name: 'Anders Lund' }), ['Erik Lund', 'Nørregade 22', '5000 Odense C', 'Danmark', '', ...HEAD, 'Klage', '', 'Jeg klager over afgørelsen om invalidepension.', 'Jeg giver fuldmagt til min søn Anders Lund i klagesagen.', '', 'Med venlig hilsen', 'Erik Lund']],
  // 17 A near miss: «Jeg gir fullmakt til min sønn NN til å hente medisinene mine» is no power over the case.
  ['power-for-errands-near-miss', 'nb', truth('Turid Sæther', ['Myrveien 6', '2408 Elverum'], null), ['Turid Sæther', 'Myrveien 6', '2408 Elverum', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om stønad til legemidler.', 'Jeg gir fullmakt til min sønn Rune Sæther til å hente medisinene mine på apoteket.', '', 'Med vennlig hilsen', 'Turid Sæther']],
  // 18 A daughter writes «på vegne av min mor, NN, f. …» at her own head: she represents her mother.
  ['daughter-for-mother-born', 'nb', truth('Anne Berg', [], { name: 'Hanne Lie', address: ['Elveveien 14', '1337 Sandvika'] }), ['Hanne Lie', 'Elveveien 14', '1337 Sandvika', '', ...HEAD, 'Klage på vedtak om hjelpestønad', '', 'Jeg skriver på vegne av min mor, Anne Berg, f. 12.03.1941, som ikke klarer å skrive selv.', 'Hun klager på vedtaket fordi behovet for tilsyn ikke er vurdert.', '', 'Med vennlig hilsen', 'Hanne Lie']],
  // 19 «Min mor, NN, ønsker å klage …», signed by the daughter at her head: the mother appeals; the daughter writing for the mother
  // she names with the kin word represents her, as every slice since session 9 reads a relative who writes for one.
  ['mother-wishes-to-appeal', 'nb', truth('Astrid Dahl', [], { name: 'Mona Dahl', address: ['Hagegata 8', '3045 Drammen'] }), ['Mona Dahl', 'Hagegata 8', '3045 Drammen', '', ...HEAD, 'Klage', '', 'Min mor, Astrid Dahl, ønsker å klage på vedtaket om omsorgsstønad fra kommunen.', 'Hun mener at nattevåk ikke er tatt med.', '', 'Med vennlig hilsen', 'Mona Dahl']],
  // 20 Nynorsk: «Eg skriv på vegner av mor mi, NN, fødd …».
  ['nn-daughter-for-mother-born', 'nn', truth('Kari Nes', [], { name: 'Ingrid Nes Vik', address: ['Vikavegen 2', '6900 Florø'] }), ['Ingrid Nes Vik', 'Vikavegen 2', '6900 Florø', '', ...HEAD, 'Klage på vedtak', '', 'Eg skriv på vegner av mor mi, Kari Nes, fødd 3.4.1938, som ikkje greier å skrive sjølv.', 'Ho klagar på vedtaket om hjelpestønad.', '', 'Helsing', 'Ingrid Nes Vik']],
  // 21 Swedish: «Jag skriver på uppdrag av min mamma NN, född …».
  ['sv-daughter-for-mother-born', 'sv', truth('Britt Ek', [], { name: 'Sara Lind', address: ['Ågatan 12', '703 61 Örebro', 'Sverige'] }), ['Sara Lind', 'Ågatan 12', '703 61 Örebro', 'Sverige', '', ...HEAD, 'Överklagande', '', 'Jag skriver på uppdrag av min mamma, Britt Ek, född 1940-05-02, som inte själv kan skriva.', 'Hon överklagar beslutet om pension.', '', 'Med vänlig hälsning', 'Sara Lind']],
  // 22 English: «I am writing on behalf of my mother, NN, born …».
  ['en-daughter-for-mother-born', 'en', truth('Mary Jones', [], { name: 'Claire Evans', address: ['Bygdøy allé 30', '0262 Oslo'] }), ['Claire Evans', 'Bygdøy allé 30', '0262 Oslo', '', ...HEAD, 'Appeal', '', 'I am writing on behalf of my mother, Mary Jones, born 4 May 1939, who cannot write herself.', 'She appeals against the decision on her attendance allowance.', '', 'Yours sincerely', 'Claire Evans']],
  // 23 Danish: «Jeg skriver på vegne af min mor, NN, f. …».
  ['da-daughter-for-mother-born', 'da', truth('Inge Holm', [], { name: 'Birgit Skov', address: ['Søndergade 4', '8700 Horsens', 'Danmark'] }), ['Birgit Skov', 'Søndergade 4', '8700 Horsens', 'Danmark', '', ...HEAD, 'Klage', '', 'Jeg skriver på vegne af min mor, Inge Holm, f. 02.05.1940, som ikke selv kan skrive.', 'Hun klager over afgørelsen om pension.', '', 'Med venlig hilsen', 'Birgit Skov']],
  // 24 A near miss: the writer's own appeal; her mother only helped her write it.
  ['mother-helped-near-miss', 'nb', truth('Siri Berg', ['Lyngveien 3', '4879 Grimstad'], null), ['Siri Berg', 'Lyngveien 3', '4879 Grimstad', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om arbeidsavklaringspenger.', 'Min mor, Anne Berg, f. 12.03.1951, har hjulpet meg med å skrive klagen.', '', 'Med vennlig hilsen', 'Siri Berg']],
  // 25 A GP appeals «på hennes vegne» with the patient's written power enclosed: the GP represents, at the practice.
  ['gp-with-power', 'nb', truth('Kari Lund', [], { name: 'Per Olsen', address: ['Storgata 1', '2000 Lillestrøm'] }), ['Lillestrøm legesenter', 'Storgata 1', '2000 Lillestrøm', '', ...HEAD, 'Klage på vedtak om arbeidsavklaringspenger – Kari Lund', '', 'Jeg er fastlege for Kari Lund, f. 14.02.1968, og klager på hennes vegne på vedtaket av 2.09.2025. Skriftlig fullmakt fra pasienten følger vedlagt.', 'Hun har hatt alvorlig depresjon siden 2023 og er ikke i stand til å arbeide.', '', 'Med vennlig hilsen', 'Per Olsen', 'fastlege']],
  // 26 A GP appeals «på hennes vegne» with no power: the patient appeals (no address), the GP is no representative.
  ['gp-without-power', 'nb', truth('Heidi Brekke', [], null), ['Kolbotn legekontor', 'Skiveien 2', '1410 Kolbotn', '', ...HEAD, 'Klage – Heidi Brekke', '', 'Jeg er fastlege for Heidi Brekke, f. 3.11.1972, og klager på hennes vegne på vedtaket om sykepenger.', 'Hun er sykmeldt for en alvorlig ryggskade.', '', 'Med vennlig hilsen', 'Lars Engen', 'fastlege']],
  // 27 Nynorsk: a GP with the patient's power enclosed.
  ['nn-gp-with-power', 'nn', truth('Marit Sande', [], { name: 'Jon Teigen', address: ['Sentrumsvegen 5', '6800 Førde'] }), ['Førde legesenter', 'Sentrumsvegen 5', '6800 Førde', '', ...HEAD, 'Klage på vedtak – Marit Sande', '', 'Eg er fastlege for Marit Sande og klagar på hennar vegner på vedtaket om uføretrygd. Skriftleg fullmakt frå pasienten ligg ved.', '', 'Helsing', 'Jon Teigen', 'fastlege']],
  // 28 English: a GP with the patient's signed authority enclosed.
  ['en-gp-with-power', 'en', truth('Linda Morris', [], { name: 'David Ahmed', address: ['Torggata 10', '0181 Oslo'] }), ['Torggata legesenter', 'Torggata 10', '0181 Oslo', '', ...HEAD, 'Appeal – Linda Morris', '', 'I am the GP of Linda Morris and appeal on her behalf against the decision on her sickness benefit. Her signed power of attorney is enclosed.', '', 'Yours sincerely', 'David Ahmed', 'GP']],
  // 29 A holder writes at her own head and quotes the giver's power to two holders: the writer (named first) represents.
  ['holder-writes-two-holders', 'nb', truth('Eva Strand', [], { name: 'Kari Hansen', address: ['Lindeveien 8', '3260 Larvik'] }), ['Kari Hansen', 'Lindeveien 8', '3260 Larvik', '', ...HEAD, 'Klage på vegne av Eva Strand', '', 'Jeg klager på vedtaket om hjemmesykepleie for min tante.', '', 'Fullmakt:', 'Jeg, Eva Strand, gir fullmakt til Kari Hansen og Per Olsen til å føre klagesaken for meg.', '', 'Med vennlig hilsen', 'Kari Hansen']],
  // 30 English: «I give power of attorney to my son NN in this appeal».
  ['en-give-power-to-son', 'en', truth('Peter Hall', ['Solbakken 7', '3616 Kongsberg'], { name: 'Mark Hall' }), ['Peter Hall', 'Solbakken 7', '3616 Kongsberg', '', ...HEAD, 'Appeal', '', 'I appeal against the decision on my pension.', 'I give power of attorney to my son Mark Hall in this appeal.', '', 'Kind regards', 'Peter Hall']],
];

/** Every third letter is held out (scored once, at the end of a session): the others are the development two thirds. */
export const isHeldOut = (id: string): boolean => Number(id.slice(-2)) % 3 === 0;

/** The slice's letters, in a fixed order: hand-written, so no seed and no count. */
export function session22Letters(): Session22Letter[] {
  return letters.map(([style, language, t, lines], i) => ({ id: `s22-${String(i + 1).padStart(2, '0')}`, style: `${language} ${style}`, text: lines.join('\n'), truth: t }));
}
