import type { PartiesTruth } from './letter-heads.ts';
import { APPEALS_BODY_HEAD, handTruth, type HandWrittenLetter } from './common.ts';

/**
 * A twenty-first slice of the party reader (issue #16, session 21): **who acts for whom** — powers of attorney as writers
 * write them, written by hand with the truth first and committed, with main's result recorded, before any rule was changed
 * for it. In nb, nn, sv, da and en:
 * - a first-person power inside the letter («Jeg, …, gir med dette min datter … fullmakt», «Undertegnede gir fullmakt til …»,
 *   «Jag ger härmed min son fullmakt», «I hereby authorise my daughter …»): the holder represents, the giver appeals; the
 *   holder's address only when the letter gives it;
 * - a power over a bank account or payments («disponere kontoen min», «bankfullmakt»): no representative;
 * - «jeg klager selv», «jeg fører saken selv» from the appellant, and a lawyer's letter that quotes such words (kept);
 * - «NN ba meg skrive dette for henne» from a relative or a friend, and from a GP or an office's employee on letterhead;
 * - a revoked power («fullmakten … er trukket tilbake», «representerer meg ikke lenger»).
 *
 * **Held out**: every third letter (`s21-03`, `s21-06`, …) is scored only with `--s21-held-out`. Names, streets and
 * sentences are the slice's own; Norwegian postcodes are Posten's; national ids are synthetic (birth month + 80).
 */
export type Session21Letter = HandWrittenLetter;

const truth = handTruth;
const HEAD = [...APPEALS_BODY_HEAD, ''];

const letters: [style: string, language: string, truth: PartiesTruth, lines: string[]][] = [
  // 01 The appellant's head; «Jeg, NN, gir med dette min datter NN fullmakt …»: the daughter represents, her address unknown.
  ['first-person-power-daughter', 'nb', truth('Astrid Moen', ['Kløverveien 7', '2312 Ottestad'], { name: 'Hilde Moen Berg' }), ['Astrid Moen', 'Kløverveien 7', '2312 Ottestad', '', ...HEAD, 'Klage på vedtak om hjelpestønad', '', 'Jeg klager på vedtaket av 2.10.2025 fordi behovet mitt for tilsyn ikke er vurdert.', '', 'Jeg, Astrid Moen, gir med dette min datter Hilde Moen Berg fullmakt til å føre klagesaken for meg.', '', 'Med vennlig hilsen', 'Astrid Moen']],
  // 02 «Undertegnede gir fullmakt til …» with the holder's address in the sentence.
  ['undertegnede-power-address', 'nb', truth('Per Solberg', ['Lundgata 4', '3616 Kongsberg'], { name: 'Trond Solberg', address: ['Tollbugata 12', '3044 Drammen'] }), ['Per Solberg', 'Lundgata 4', '3616 Kongsberg', '', ...HEAD, 'Klage', '', 'Jeg klager på avslaget på grunnstønad.', 'Undertegnede gir fullmakt til min bror Trond Solberg, Tollbugata 12, 3044 Drammen, til å føre saken for meg.', '', 'Hilsen', 'Per Solberg']],
  // 03 Nynorsk: «Eg, NN, gjev med dette son min NN fullmakt …».
  ['nn-first-person-power-son', 'nn', truth('Sigrid Nes', ['Nesvegen 20', '6800 Førde'], { name: 'Olav Nes' }), ['Sigrid Nes', 'Nesvegen 20', '6800 Førde', '', ...HEAD, 'Klage på vedtak om omsorgsstønad', '', 'Eg klagar på vedtaket fordi kommunen ikkje har rekna med nattevaket.', 'Eg, Sigrid Nes, gjev med dette son min Olav Nes fullmakt til å føre klagesaka for meg.', '', 'Helsing', 'Sigrid Nes']],
  // 04 Swedish: «Jag ger härmed min son … fullmakt att föra min talan».
  ['sv-first-person-power-son', 'sv', truth('Maria Lindqvist', ['Björkvägen 3', '653 40 Karlstad', 'Sverige'], { name: 'Johan Lindqvist' }), ['Maria Lindqvist', 'Björkvägen 3', '653 40 Karlstad', 'Sverige', '', ...HEAD, 'Överklagande', '', 'Jag överklagar beslutet om ålderspension från Norge.', 'Jag ger härmed min son Johan Lindqvist fullmakt att föra min talan i ärendet.', '', 'Med vänlig hälsning', 'Maria Lindqvist']],
  // 05 Danish: «Jeg giver hermed min datter … fuldmagt til at føre sagen for mig».
  ['da-first-person-power-daughter', 'da', truth('Karen Vestergaard', ['Skovvej 11', '7100 Vejle', 'Danmark'], { name: 'Mette Vestergaard' }), ['Karen Vestergaard', 'Skovvej 11', '7100 Vejle', 'Danmark', '', ...HEAD, 'Klage over afgørelse', '', 'Jeg klager over afgørelsen om pension.', 'Jeg giver hermed min datter Mette Vestergaard fuldmagt til at føre sagen for mig.', '', 'Med venlig hilsen', 'Karen Vestergaard']],
  // 06 English: «I hereby authorise my daughter … to act for me».
  ['en-hereby-authorise-daughter', 'en', truth('Margaret Clarke', ['Elgveien 6', '1360 Fornebu'], { name: 'Emma Clarke' }), ['Margaret Clarke', 'Elgveien 6', '1360 Fornebu', '', ...HEAD, 'Appeal', '', 'I appeal against the decision on my attendance allowance of 5 September 2025.', 'I hereby authorise my daughter Emma Clarke to act for me in this appeal.', '', 'Yours faithfully', 'Margaret Clarke']],
  // 07 The power as a block under the signature, the holder's address on it.
  ['power-block-holder-address', 'nb', truth('Arne Fosse', ['Fossevegen 1', '5700 Voss'], { name: 'Liv Fosse', address: ['Sandviksveien 30', '5035 Bergen'] }), ['Arne Fosse', 'Fossevegen 1', '5700 Voss', '', ...HEAD, 'Klage på vedtak om arbeidsavklaringspenger', '', 'Jeg klager på vedtaket fordi sykdommen min ikke er vurdert riktig.', '', 'Med hilsen', 'Arne Fosse', '', 'FULLMAKT', 'Jeg, Arne Fosse, gir min søster Liv Fosse, Sandviksveien 30, 5035 Bergen, fullmakt til å føre klagesaken for meg.']],
  // 08 The holder writes under her own head and pastes the appellant's power: the holder represents.
  ['holder-writes-pasted-power', 'nb', truth('Eli Brekke', [], { name: 'Tone Brekke', address: ['Haugveien 9', '1712 Grålum'] }), ['Tone Brekke', 'Haugveien 9', '1712 Grålum', '', ...HEAD, 'Klage på vegne av min mor', '', 'Jeg klager på vedtaket om hjemmesykepleie for min mor.', '', 'Fullmakt:', 'Jeg, Eli Brekke, gir med dette min datter Tone Brekke fullmakt til å føre klagesaken for meg.', '', 'Med vennlig hilsen', 'Tone Brekke']],
  // 09 A power over the bank account: the daughter is no representative.
  ['bank-power-disponere', 'nb', truth('Gudrun Holm', ['Furulia 5', '2380 Brumunddal'], null), ['Gudrun Holm', 'Furulia 5', '2380 Brumunddal', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om bostøtte.', 'Min datter Kari Holm har fullmakt til å disponere kontoen min, så pengene kan settes inn der som før.', '', 'Hilsen', 'Gudrun Holm']],
  // 10 «bankfullmakt»: the son pays the bills, the appellant writes.
  ['bankfullmakt-son', 'nb', truth('Oddvar Lunde', ['Stasjonsveien 2', '3320 Vestfossen'], null), ['Oddvar Lunde', 'Stasjonsveien 2', '3320 Vestfossen', '', ...HEAD, 'Klage på vedtak om tilbakebetaling', '', 'Jeg klager på kravet om tilbakebetaling. Sønnen min, Geir Lunde, har bankfullmakt og betaler regningene mine, men han visste ikke om utbetalingen.', '', 'Med vennlig hilsen', 'Oddvar Lunde']],
  // 11 Nynorsk: a bank power and «klaga skriv eg sjølv».
  ['nn-bank-power', 'nn', truth('Brita Kleiven', ['Kleivane 3', '6856 Sogndal'], null), ['Brita Kleiven', 'Kleivane 3', '6856 Sogndal', '', ...HEAD, 'Klage', '', 'Eg klagar på vedtaket om grunnstønad.', 'Dottera mi, Randi Kleiven, har fullmakt til å disponere bankkontoen min, men klaga skriv eg sjølv.', '', 'Helsing', 'Brita Kleiven']],
  // 12 Swedish: a power over the bank account only.
  ['sv-bank-power', 'sv', truth('Lars Nyberg', ['Kyrkogatan 8', '451 30 Uddevalla', 'Sverige'], null), ['Lars Nyberg', 'Kyrkogatan 8', '451 30 Uddevalla', 'Sverige', '', ...HEAD, 'Överklagande', '', 'Jag överklagar beslutet om sjukpenning.', 'Min dotter Anna Nyberg har fullmakt till mitt bankkonto och betalar mina räkningar.', '', 'Med vänliga hälsningar', 'Lars Nyberg']],
  // 13 English: a bank power of attorney.
  ['en-bank-power', 'en', truth('George Whitfield', ['Strandveien 15', '9006 Tromsø'], null), ['George Whitfield', 'Strandveien 15', '9006 Tromsø', '', ...HEAD, 'Appeal', '', 'I appeal against the decision to stop my disability benefit.', 'My son Daniel Whitfield has a power of attorney for my bank account and pays my bills.', '', 'Kind regards', 'George Whitfield']],
  // 14 The appellant «fører saken selv»: the lawyer of the first round is no representative now.
  ['own-case-former-lawyer', 'nb', truth('Hege Dale', ['Bjerkeveien 12', '1470 Lørenskog'], null), ['Hege Dale', 'Bjerkeveien 12', '1470 Lørenskog', '', ...HEAD, 'Klage', '', 'Advokat Nils Berg hjalp meg med søknaden, men jeg fører saken selv nå og klager selv på vedtaket om uføretrygd.', '', 'Med vennlig hilsen', 'Hege Dale']],
  // 15 A lawyer's letter quoting the client's «jeg klager selv»: the lawyer stays the representative.
  ['lawyer-quotes-client-selv', 'nb', truth('Rita Sund', [], { name: 'Ketil Bø', firm: 'Advokatfirmaet Bø AS', address: ['Postboks 88', '2801 Gjøvik'] }), ['Advokatfirmaet Bø AS', 'Postboks 88', '2801 Gjøvik', '', ...HEAD, 'Gjelder: Rita Sund, f.nr. 12875012302', '', 'Jeg representerer Rita Sund i klagesaken om arbeidsavklaringspenger. Fullmakt følger vedlagt.', 'Klienten skrev først til Nav at «jeg klager selv», men hun har nå bedt oss føre saken.', '', 'Med vennlig hilsen', 'Ketil Bø', 'advokat']],
  // 16 The appellant: a daughter held a power before; «jeg fører saken selv» now.
  ['own-case-former-daughter', 'nb', truth('Ingrid Foss', ['Lindeveien 3', '4626 Kristiansand'], null), ['Ingrid Foss', 'Lindeveien 3', '4626 Kristiansand', '', ...HEAD, 'Klage', '', 'Datteren min har tidligere hatt fullmakt i saken, men jeg fører saken selv fra nå av.', 'Jeg klager på vedtaket om pleiepenger.', '', 'Hilsen', 'Ingrid Foss']],
  // 17 A daughter writes: «Mor ba meg skrive dette for henne»; the mother's address after «Mor bor i».
  ['asked-me-to-write-daughter', 'nb', truth('Turid Aas', ['Solveien 8', '1415 Oppegård'], { name: 'Marit Aas', address: ['Vollgata 2', '1530 Moss'] }), ['Marit Aas', 'Vollgata 2', '1530 Moss', '', ...HEAD, 'Klage fra Turid Aas', '', 'Min mor, Turid Aas, ba meg skrive dette for henne. Hun klager på vedtaket om hjelpemidler.', 'Mor bor i Solveien 8, 1415 Oppegård.', '', 'Med vennlig hilsen', 'Marit Aas']],
  // 18 A friend writes at the appellant's request, no address of the appellant.
  ['asked-me-to-write-friend', 'nb', truth('Bjørn Strand', [], { name: 'Tor Eggen', address: ['Gamle Kongevei 4', '7043 Trondheim'] }), ['Tor Eggen', 'Gamle Kongevei 4', '7043 Trondheim', '', ...HEAD, 'Klage', '', 'Min gode venn Bjørn Strand ba meg skrive dette for ham, fordi han ikke ser godt. Han klager på vedtaket om dagpenger.', '', 'Hilsen', 'Tor Eggen']],
  // 19 A GP on the practice's letterhead: «Pasienten ba meg skrive …» makes the GP no representative.
  ['gp-asked-to-write', 'nb', truth('Solveig Rud', [], null), ['Torvet legesenter', 'Torvet 1', '2000 Lillestrøm', '', ...HEAD, 'Legeerklæring', '', 'Pasient: Solveig Rud, f.nr. 04865112330', '', 'Solveig Rud ba meg skrive dette for henne i forbindelse med klagen. Hun har hatt ryggsmerter i to år og kan ikke stå lenge.', '', 'Med hilsen', 'Per Haugen', 'fastlege']],
  // 20 An office's employee on the office's letterhead: no representative.
  ['office-employee-asked', 'nb', truth('Ali Hassan', [], null), ['Lillestrøm frivilligsentral', 'Torget 3', '2000 Lillestrøm', '', ...HEAD, 'Klage', '', 'Ali Hassan ba meg skrive dette for ham da han var innom kontoret. Han klager på vedtaket om sosialhjelp og mener inntekten er satt for høyt.', '', 'Med hilsen', 'Berit Sæther', 'daglig leder']],
  // 21 A revoked power: «Fullmakten til advokat … er trukket tilbake».
  ['revoked-power-lawyer', 'nb', truth('Knut Hovland', ['Åsveien 14', '5221 Nesttun'], null), ['Knut Hovland', 'Åsveien 14', '5221 Nesttun', '', ...HEAD, 'Klage', '', 'Fullmakten til advokat Eirik Sande er trukket tilbake. Jeg klager selv på vedtaket om uføretrygd, og svaret skal sendes til meg.', '', 'Med vennlig hilsen', 'Knut Hovland']],
  // 22 «… representerer meg ikke lenger».
  ['no-longer-represents', 'nb', truth('Anita Berge', ['Skolegata 6', '3510 Hønefoss'], null), ['Anita Berge', 'Skolegata 6', '3510 Hønefoss', '', ...HEAD, 'Klage på vedtak', '', 'Advokat Kjetil Ramberg representerer meg ikke lenger. Jeg klager på vedtaket om arbeidsavklaringspenger.', '', 'Hilsen', 'Anita Berge']],
  // 23 Nynorsk: «Fullmakta til … er trekt tilbake».
  ['nn-revoked-power', 'nn', truth('Olav Grimstad', ['Grimstadvegen 2', '6150 Ørsta'], null), ['Olav Grimstad', 'Grimstadvegen 2', '6150 Ørsta', '', ...HEAD, 'Klage', '', 'Fullmakta til bror min, Anders Grimstad, er trekt tilbake. Eg klagar sjølv på vedtaket om dagpengar.', '', 'Helsing', 'Olav Grimstad']],
  // 24 Swedish: «fullmakten … är återkallad».
  ['sv-revoked-power', 'sv', truth('Eva Sjöberg', ['Parkgatan 2', '582 22 Linköping', 'Sverige'], null), ['Eva Sjöberg', 'Parkgatan 2', '582 22 Linköping', 'Sverige', '', ...HEAD, 'Överklagande', '', 'Fullmakten till advokat Per Holm är återkallad. Jag överklagar beslutet själv.', '', 'Med vänlig hälsning', 'Eva Sjöberg']],
  // 25 English: «no longer represents me».
  ['en-no-longer-represents', 'en', truth('Helen Moss', ['Kirkegata 9', '4006 Stavanger'], null), ['Helen Moss', 'Kirkegata 9', '4006 Stavanger', '', ...HEAD, 'Appeal', '', 'Mr James Carter no longer represents me. I appeal against the decision on my pension myself.', '', 'Yours sincerely', 'Helen Moss']],
  // 26 Danish: «fuldmagten … er tilbagekaldt».
  ['da-revoked-power', 'da', truth('Jens Kofoed', ['Havnegade 5', '3700 Rønne', 'Danmark'], null), ['Jens Kofoed', 'Havnegade 5', '3700 Rønne', 'Danmark', '', ...HEAD, 'Klage', '', 'Fuldmagten til min søn Peter Kofoed er tilbagekaldt. Jeg klager selv over afgørelsen om pension.', '', 'Med venlig hilsen', 'Jens Kofoed']],
  // 27 A guard: «fullmakt til å føre saken» beside a bank word is a power over the case.
  ['power-case-and-bank-guard', 'nb', truth('Svein Lie', ['Vardeveien 3', '4021 Stavanger'], { name: 'Anne Lie' }), ['Svein Lie', 'Vardeveien 3', '4021 Stavanger', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om sykepenger.', 'Jeg gir med dette min kone Anne Lie fullmakt til å føre klagesaken for meg og snakke med dere om kontoen utbetalingen går til.', '', 'Med hilsen', 'Svein Lie']],
  // 28 A guard: a new lawyer after the old one's power is withdrawn.
  ['revoked-new-lawyer-guard', 'nb', truth('Tone Wold', [], { name: 'Marte Aune', firm: 'Advokatfirmaet Aune', address: ['Kongens gate 30', '7012 Trondheim'] }), ['Advokatfirmaet Aune', 'Kongens gate 30', '7012 Trondheim', '', ...HEAD, 'Gjelder: Tone Wold', '', 'Jeg representerer nå Tone Wold. Fullmakten til hennes tidligere advokat er trukket tilbake, og ny fullmakt følger vedlagt.', 'Klienten klager på vedtaket om arbeidsavklaringspenger.', '', 'Med vennlig hilsen', 'Marte Aune', 'advokat']],
  // 29 English: «I hereby authorise my son … , of [address], to act for me».
  ['en-authorise-son-address', 'en', truth('Patricia Olsen', ['Fjordgata 4', '7010 Trondheim'], { name: 'Michael Olsen', address: ['14 Green Lane', 'York YO1 7HH', 'United Kingdom'] }), ['Patricia Olsen', 'Fjordgata 4', '7010 Trondheim', '', ...HEAD, 'Appeal against the decision on my pension', '', 'I appeal against the decision.', 'I hereby authorise my son Michael Olsen, 14 Green Lane, York YO1 7HH, United Kingdom, to act on my behalf in this appeal.', '', 'Yours faithfully', 'Patricia Olsen']],
  // 30 A guard: a relative who has written and holds the power of the case (no bank word, no request).
  ['son-has-power-guard', 'nb', truth('Harald Vik', [], { name: 'Stein Vik', address: ['Bakken 3', '8006 Bodø'] }), ['Stein Vik', 'Bakken 3', '8006 Bodø', '', ...HEAD, 'Klage', '', 'Far, Harald Vik, har gitt meg fullmakt til å føre klagesaken for ham. Han klager på vedtaket om hjelpestønad.', '', 'Med vennlig hilsen', 'Stein Vik']],
];

/** Every third letter is held out (scored once, at the end of a session): the others are the development two thirds. */
export const isHeldOut = (id: string): boolean => Number(id.slice(-2)) % 3 === 0;

/** The slice's letters, in a fixed order: hand-written, so no seed and no count. */
export function session21Letters(): Session21Letter[] {
  return letters.map(([style, language, t, lines], i) => ({ id: `s21-${String(i + 1).padStart(2, '0')}`, style: `${language} ${style}`, text: lines.join('\n'), truth: t }));
}
