import type { PartiesTruth } from './letter-heads.ts';
import { APPEALS_BODY_HEAD, handTruth, type HandWrittenLetter } from './common.ts';

/**
 * A twenty-fourth slice of the party reader (issue #16, session 24): **new kinds of writing**, written by hand with the
 * truth first and committed, with main's result recorded, before any rule was changed for it. In nb, nn, sv, da and en:
 * - a helper named, then a sentence giving the helper (by a pronoun) the handling of the case without a modal («Hun ordner
 *   klagen», «Han følgjer opp klaga», «Hon sköter överklagandet», «He handles the appeal»): the helper represents; near
 *   misses where the same words give the helper something else (the bank, the shopping) or a past act;
 * - labelled lines where another party's label (Arbeidsgiver, Fastlege, Lege, Kontaktperson, Employer) and its
 *   «Adresse:» follow the appellant's: that address is not the appellant's;
 * - a transfer letter's «Prosessfullmektig:» line away from the appellant's line: the appellant's lawyer;
 * - a relative writing that the appellant lives with them at an address («Vi bor sammen i …», «vi bur saman i …»,
 *   «We live together at …»), and near misses (a past home, no address);
 * - e-mails, a care home's letter, an address abroad.
 *
 * **Held out**: every third letter (`s24-03`, `s24-06`, …) is scored only with `--held-out` / `--s24-held-out`, once, at the
 * end. Names, streets and sentences are the slice's own; Norwegian postcodes are Posten's; no national ids.
 */
export type Session24Letter = HandWrittenLetter;

const truth = handTruth;
const HEAD = [...APPEALS_BODY_HEAD, ''];
const NAV_HEAD = ['NAV Klageinstans Sør', 'Postboks 1234', '0103 Oslo', ''];

const letters: [style: string, language: string, truth: PartiesTruth, lines: string[]][] = [
  // 01 «Min datter skriver for meg. Hun ordner klagen.»: the daughter handles the case.
  ['helper-ordner-klagen', 'nb', truth('Gunnar Li', ['Elvegata 3', '2000 Lillestrøm'], { name: 'Kari Li' }), ['Gunnar Li', 'Elvegata 3', '2000 Lillestrøm', '', ...HEAD, 'Klage på vedtak om hjelpestønad', '', 'Jeg klager på vedtaket om hjelpestønad av 4.10.2025.', 'Min datter Kari Li skriver for meg. Hun ordner klagen.', '', 'Med vennlig hilsen', 'Gunnar Li']],
  // 02 Nynorsk: «Han følgjer opp klaga for meg».
  ['nn-helper-folgjer-opp', 'nn', truth('Astrid Vik', ['Vikvegen 8', '6100 Volda'], { name: 'Arne Vik' }), ['Astrid Vik', 'Vikvegen 8', '6100 Volda', '', ...HEAD, 'Klage', '', 'Eg klagar på vedtaket om grunnstønad.', 'Son min Arne Vik hjelper meg med dette. Han følgjer opp klaga for meg.', '', 'Helsing', 'Astrid Vik']],
  // 03 Swedish: «Hon sköter överklagandet».
  ['sv-helper-skoter', 'sv', truth('Bengt Ek', ['Östra vägen 2', '753 20 Uppsala', 'Sverige'], { name: 'Lena Ek' }), ['Bengt Ek', 'Östra vägen 2', '753 20 Uppsala', 'Sverige', '', ...HEAD, 'Överklagande', '', 'Jag överklagar beslutet om ålderspension.', 'Min dotter Lena Ek hjälper mig. Hon sköter överklagandet.', '', 'Med vänlig hälsning', 'Bengt Ek']],
  // 04 Near miss: the helper «ordner» the bank, not the case: no representative.
  ['helper-ordner-banken', 'nb', truth('Solveig Aas', ['Aasveien 4', '1850 Mysen'], null), ['Solveig Aas', 'Aasveien 4', '1850 Mysen', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om bostøtte fordi inntekten er feil.', 'Min sønn Even Aas skriver for meg. Han ordner også banken for meg.', '', 'Hilsen', 'Solveig Aas']],
  // 05 English: «He handles the appeal».
  ['en-helper-handles', 'en', truth('Ruth Reed', ['Solbakken 6', '1396 Billingstad'], { name: 'David Reed' }), ['Ruth Reed', 'Solbakken 6', '1396 Billingstad', '', ...HEAD, 'Appeal', '', 'I appeal against the decision on my attendance allowance.', 'My son David Reed is helping me with this letter. He handles the appeal for me.', '', 'Kind regards', 'Ruth Reed']],
  // 06 Danish: «Han tager sig af klagen».
  ['da-helper-tager-sig-af', 'da', truth('Inge Holm', ['Søndergade 9', '6000 Kolding', 'Danmark'], { name: 'Peter Holm' }), ['Inge Holm', 'Søndergade 9', '6000 Kolding', 'Danmark', '', ...HEAD, 'Klage', '', 'Jeg klager over afgørelsen om pension.', 'Min søn Peter Holm hjælper mig med brevet. Han tager sig af klagen.', '', 'Med venlig hilsen', 'Inge Holm']],
  // 07 Near miss: «Hun leverte klagen» (a past errand): no representative.
  ['helper-past-errand', 'nb', truth('Harald Bø', ['Bøveien 1', '3800 Bø i Telemark'], null), ['Harald Bø', 'Bøveien 1', '3800 Bø i Telemark', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om arbeidsavklaringspenger.', 'Min datter Siri Bø skrev for meg i fjor. Hun leverte klagen på Nav-kontoret.', '', 'Med vennlig hilsen', 'Harald Bø']],
  // 08 The employer's labelled address under the appellant's line: not the appellant's.
  ['labels-employer-address', 'nb', truth('Kari Nordmann', [], null), [...HEAD, 'Klage på vedtak om sykepenger', '', 'Klager: Kari Nordmann', 'Arbeidsgiver: Bygg AS', 'Adresse: Industriveien 4, 3050 Mjøndalen', '', 'Jeg klager på vedtaket om sykepenger fordi arbeidsgiveren har meldt feil inntekt.', '', 'Med vennlig hilsen', 'Kari Nordmann']],
  // 09 The appellant's address, then the GP's labelled address: only the first is hers.
  ['labels-gp-after', 'nb', truth('Ola Berg', ['Fjellveien 2', '5003 Bergen'], null), [...HEAD, 'Klage', '', 'Klager: Ola Berg', 'Adresse: Fjellveien 2, 5003 Bergen', 'Fastlege: Liv Ek', 'Adresse: Torget 1, 5014 Bergen', '', 'Jeg klager på vedtaket om uføretrygd.', '', 'Med hilsen', 'Ola Berg']],
  // 10 Swedish: «Arbetsgivare:» and «Adress:» under the appellant's line.
  ['sv-labels-employer', 'sv', truth('Eva Lind', [], null), [...HEAD, 'Överklagande', '', 'Klagande: Eva Lind', 'Arbetsgivare: Byggbolaget AB', 'Adress: Industrigatan 4, 602 23 Norrköping, Sverige', '', 'Jag överklagar beslutet om sjukpenning.', '', 'Med vänlig hälsning', 'Eva Lind']],
  // 11 English: «Employer:» and «Address:».
  ['en-labels-employer', 'en', truth('John Hale', [], null), [...HEAD, 'Appeal', '', 'Appellant: John Hale', 'Employer: Nordic Build AS', 'Address: Industriveien 9, 1481 Hagan', '', 'I appeal against the decision on sickness benefit.', '', 'Yours sincerely', 'John Hale']],
  // 12 Nynorsk: «Kontaktperson:» and «Adresse:» under «Klagar:».
  ['nn-labels-contact', 'nn', truth('Sigve Nes', [], null), [...HEAD, 'Klage', '', 'Klagar: Sigve Nes', 'Kontaktperson: Guro Hamre', 'Adresse: Hamrevegen 1, 6900 Florø', '', 'Eg klagar på vedtaket om hjelpestønad.', '', 'Helsing', 'Sigve Nes']],
  // 13 Danish: «Læge:» and its address after the appellant's.
  ['da-labels-doctor', 'da', truth('Jens Møller', ['Vestergade 5', '8000 Aarhus C', 'Danmark'], null), [...HEAD, 'Klage', '', 'Klager: Jens Møller', 'Adresse: Vestergade 5, 8000 Aarhus C, Danmark', 'Læge: Anne Krog', 'Adresse: Torvet 2, 8000 Aarhus C, Danmark', '', 'Jeg klager over afgørelsen om sygedagpenge.', '', 'Med venlig hilsen', 'Jens Møller']],
  // 14 A transfer with «Prosessfullmektig:» after the case worker's line: the appellant's lawyer.
  ['transfer-prosessfullmektig', 'nb', truth('Terje Bakke', ['Bakkeveien 12', '2609 Lillehammer'], { name: 'Mona Strand', firm: 'Advokatfirmaet Strand AS', address: ['Storgata 40', '2609 Lillehammer'] }), [...NAV_HEAD, ...HEAD, 'Vår ref.: 2026/4411', '', 'Oversendelse av klagesak', '', 'Klager: Terje Bakke, Bakkeveien 12, 2609 Lillehammer', 'Saksbehandler: Nina Dahl', 'Prosessfullmektig: Advokat Mona Strand, Advokatfirmaet Strand AS, Storgata 40, 2609 Lillehammer', '', 'Vi har vurdert klagen, men finner ikke grunn til å endre vedtaket. Saken oversendes for behandling.', '', 'Med hilsen', 'NAV Klageinstans Sør', '', 'Nina Dahl', 'saksbehandler']],
  // 15 A transfer naming the appellant in the heading, the lawyer on a line of its own.
  ['transfer-heading-prosessfullmektig', 'nb', truth('Hanne Rø', [], { name: 'Lars Fjeld', firm: 'Fjeld Advokat AS', address: ['Nedre gate 7', '7014 Trondheim'] }), [...NAV_HEAD, ...HEAD, 'Oversendelse av klagesak – Hanne Rø', '', 'Vi oversender klagen fra Hanne Rø på vedtak om arbeidsavklaringspenger.', '', 'Prosessfullmektig: advokat Lars Fjeld, Fjeld Advokat AS, Nedre gate 7, 7014 Trondheim', '', 'Vi har vurdert klagen, men finner ikke grunn til å endre vedtaket.', '', 'Med hilsen', 'Per Vang', 'rådgiver']],
  // 16 Near miss: an anke's counterparty lawyer under «Prosessfullmektig:»: not the appellant's.
  ['transfer-counterparty-lawyer', 'nb', truth('Rune Sæther', ['Sætherveien 3', '7500 Stjørdal'], null), [...NAV_HEAD, 'Trygderetten', 'Postboks 8024 Dep', '0030 Oslo', '', 'Oversendelse av anke', '', 'Ankende part: Rune Sæther, Sætherveien 3, 7500 Stjørdal', '', 'Ankemotpart: NAV', 'Prosessfullmektig: advokat Tone Lie, NAV Juridisk avdeling, Postboks 5, 0101 Oslo', '', 'Vi har vurdert saken på nytt og oversender den.', '', 'Med hilsen', 'Per Vang', 'saksbehandler']],
  // 17 «Vi bor sammen i …»: a wife writes for her husband, signed, no head.
  ['live-together-wife', 'nb', truth('Kjell Strøm', ['Granveien 3', '1410 Kolbotn'], { name: 'Bjørg Strøm', address: ['Granveien 3', '1410 Kolbotn'] }), [...HEAD, 'Klage på vegne av min mann', '', 'Jeg skriver på vegne av min mann, Kjell Strøm, som har fått avslag på grunnstønad. Han har gitt meg fullmakt.', 'Vi bor sammen i Granveien 3, 1410 Kolbotn.', '', 'Med vennlig hilsen', 'Bjørg Strøm']],
  // 18 Nynorsk: «vi bur saman i …», a son for his father.
  ['nn-live-together-son', 'nn', truth('Lars Hauge', ['Haugevegen 10', '5500 Haugesund'], { name: 'Tor Hauge', address: ['Haugevegen 10', '5500 Haugesund'] }), [...HEAD, 'Klage', '', 'Eg skriv på vegner av far min, Lars Hauge, som har fått avslag på hjelpestønad. Eg har fullmakt frå han.', 'Vi bur saman i Haugevegen 10, 5500 Haugesund.', '', 'Helsing', 'Tor Hauge']],
  // 19 Near miss: «Vi bodde sammen i …» before he moved to a care home: no address for him.
  ['lived-together-past', 'nb', truth('Einar Lunde', [], { name: 'Randi Lunde' }), [...HEAD, 'Klage', '', 'Jeg skriver på vegne av min mann, Einar Lunde. Jeg har fullmakt fra ham.', 'Vi bodde sammen i Lundeveien 2, 4010 Stavanger til han flyttet på sykehjem i fjor.', 'Han klager på vedtaket om hjemmesykepleie.', '', 'Med vennlig hilsen', 'Randi Lunde']],
  // 20 English: «We live together at …», a daughter for her mother.
  ['en-live-together', 'en', truth('Joan Fox', ['Bjerkeveien 5', '1363 Høvik'], { name: 'Anna Fox', address: ['Bjerkeveien 5', '1363 Høvik'] }), [...HEAD, 'Appeal', '', 'I am writing on behalf of my mother, Joan Fox, who has given me power of attorney.', 'We live together at Bjerkeveien 5, 1363 Høvik.', 'She appeals against the decision on her attendance allowance.', '', 'Yours sincerely', 'Anna Fox']],
  // 21 Danish: «vi bor sammen på …».
  ['da-live-together', 'da', truth('Poul Dam', ['Nørregade 11', '4000 Roskilde', 'Danmark'], { name: 'Grethe Dam', address: ['Nørregade 11', '4000 Roskilde', 'Danmark'] }), [...HEAD, 'Klage', '', 'Jeg skriver på vegne af min mand, Poul Dam, som har givet mig fuldmagt.', 'Vi bor sammen på Nørregade 11, 4000 Roskilde, Danmark.', '', 'Med venlig hilsen', 'Grethe Dam']],
  // 22 An e-mail from a daughter: her signature block is hers; the mother named in the text.
  ['email-daughter', 'nb', truth('Marit Solheim', [], { name: 'Hilde Solheim', address: ['Kirkeveien 14', '0361 Oslo'] }), ['Fra: Hilde Solheim <hilde.solheim@epost.no>', 'Sendt: 3. november 2025 09:12', 'Til: post@klageorganet.no', 'Emne: Klage for min mor', '', 'Hei,', 'Jeg skriver på vegne av min mor, Marit Solheim, som klager på vedtaket om hjemmesykepleie. Fullmakt er vedlagt.', '', 'Med vennlig hilsen', 'Hilde Solheim', 'Kirkeveien 14', '0361 Oslo', 'Tlf. 48 21 37 90']],
  // 23 A care home writes for a resident: the resident appeals, no address given for her; the home does not represent.
  ['care-home-resident', 'nb', truth('Olga Dahl', [], null), ['Solgløtt sykehjem', 'Solveien 20', '1440 Drøbak', '', ...HEAD, 'Klage på vedtak om hjelpestønad – Olga Dahl', '', 'Vi skriver for å opplyse om at beboeren vår Olga Dahl ønsker å klage på vedtaket. Hun klager selv, og vi har skrevet ned det hun sa.', '', 'Med vennlig hilsen', 'Solgløtt sykehjem', 'Kari Fossheim', 'avdelingsleder']],
  // 24 An appellant abroad (Spain) writing in English at his own head.
  ['en-abroad-spain', 'en', truth('Peter Olsen', ['Calle del Mar 14', '03502 Benidorm', 'Spain'], null), ['Peter Olsen', 'Calle del Mar 14', '03502 Benidorm', 'Spain', '', ...HEAD, 'Appeal against decision on retirement pension', '', 'I appeal against the decision of 14 October 2025 on my retirement pension.', 'My income in Spain has been counted twice.', '', 'Yours faithfully', 'Peter Olsen']],
  // 25 A lawyer's e-mail for a client: the lawyer's signature with the firm and address.
  ['email-lawyer', 'nb', truth('Arne Skog', [], { name: 'Ida Berg', firm: 'Advokatfirmaet Berg AS', address: ['Torggata 5', '0181 Oslo'] }), ['Fra: Ida Berg <ib@bergadvokat.no>', 'Til: post@klageorganet.no', 'Emne: Klage – Arne Skog', '', 'Vi representerer Arne Skog og klager på vedtaket om uføretrygd. Fullmakt følger vedlagt.', '', 'Med vennlig hilsen', 'Ida Berg', 'advokat', 'Advokatfirmaet Berg AS', 'Torggata 5, 0181 Oslo']],
  // 26 Swedish: «Vi bor tillsammans i …», a son for his mother in Sweden.
  ['sv-live-together-son', 'sv', truth('Britt Nilsson', ['Skolgatan 7', '903 29 Umeå', 'Sverige'], { name: 'Johan Nilsson', address: ['Skolgatan 7', '903 29 Umeå', 'Sverige'] }), [...HEAD, 'Överklagande', '', 'Jag skriver för min mor Britt Nilsson, som har gett mig fullmakt.', 'Vi bor tillsammans i Skolgatan 7, 903 29 Umeå, Sverige.', '', 'Med vänlig hälsning', 'Johan Nilsson']],
  // 27 Near miss nn: «Ho ordnar handlinga for meg»: no representative.
  ['nn-helper-shopping', 'nn', truth('Torbjørg Nes', ['Nesvegen 2', '6770 Nordfjordeid'], null), ['Torbjørg Nes', 'Nesvegen 2', '6770 Nordfjordeid', '', ...HEAD, 'Klage', '', 'Eg klagar på vedtaket om bustøtte.', 'Dotter mi Gro Nes skriv for meg. Ho ordnar handlinga for meg kvar veke.', '', 'Helsing', 'Torbjørg Nes']],
  // 28 A daughter's e-mail without her address, «Han følger opp saken»: the son-in-law? No: she names her brother.
  ['email-brother-follows', 'nb', truth('Alf Moe', ['Moveien 3', '8800 Sandnessjøen'], { name: 'Geir Moe' }), ['Alf Moe', 'Moveien 3', '8800 Sandnessjøen', '', ...HEAD, 'Klage på vedtak om bostøtte', '', 'Jeg klager på vedtaket om bostøtte.', 'Sønnen min Geir Moe har skrevet dette for meg. Han følger opp saken med dere.', '', 'Med vennlig hilsen', 'Alf Moe']],
  // 29 English employer near miss: «Employer:» first, then the appellant's own address under «Appellant:».
  ['en-labels-employer-first', 'en', truth('Mary Stone', ['Havnegata 2', '9008 Tromsø'], null), [...HEAD, 'Appeal', '', 'Employer: Arctic Fish AS', 'Address: Kaia 1, 9008 Tromsø', '', 'Appellant: Mary Stone', 'Address: Havnegata 2, 9008 Tromsø', '', 'I appeal against the decision on sickness benefit.', '', 'Yours sincerely', 'Mary Stone']],
  // 30 Danish transfer-like e-mail from a municipality: «Partsrepræsentant»? No: a Danish lawyer's «Prosessfullmægtig» is no label here; the appellant at her head.
  ['da-abroad-head', 'da', truth('Karen Bech', ['Strandvejen 40', '2900 Hellerup', 'Danmark'], null), ['Karen Bech', 'Strandvejen 40', '2900 Hellerup', 'Danmark', '', ...HEAD, 'Klage over afgørelse om alderspension', '', 'Jeg klager over afgørelsen af 2. oktober 2025. Min søn har hjulpet mig med at skrive brevet, men jeg fører sagen selv.', '', 'Med venlig hilsen', 'Karen Bech']],
];

/** Every third letter is held out (scored once, at the end of a session): the others are the development two thirds. */
export const isHeldOut = (id: string): boolean => Number(id.slice(-2)) % 3 === 0;

/** The slice's letters, in a fixed order: hand-written, so no seed and no count. */
export function session24Letters(): Session24Letter[] {
  return letters.map(([style, language, t, lines], i) => ({ id: `s24-${String(i + 1).padStart(2, '0')}`, style: `${language} ${style}`, text: lines.join('\n'), truth: t }));
}
