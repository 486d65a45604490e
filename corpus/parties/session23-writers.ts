import type { PartiesTruth } from './letter-heads.ts';
import { APPEALS_BODY_HEAD, handTruth, type HandWrittenLetter } from './common.ts';

/**
 * A twenty-third slice of the party reader (issue #16, session 23): **who wrote it and who answers — what session 22
 * left**, written by hand with the truth first and committed, with main's result recorded, before any rule was changed
 * for it. In nb, nn, sv, da and en:
 * - a power over one's mail (an errand power: «slik at han kan ta seg av posten min», «ordne med posten», «hente posten»,
 *   sv «ta hand om min post», da «tage sig af min post», en «deal with my mail») is no power over the case: no
 *   representative, the writer appeals at the head; near miss: the same son also given the case;
 * - a power to two holders where one is a bank (no party) or a law firm beside its lawyer (one representative, the
 *   lawyer, at the firm's address when the letter gives it);
 * - labelled lines («Klager:», «Fullmektig:», «Adresse:» under each): a labelled address belongs to the nearest labelled
 *   party above it;
 * - «Vi bor sammen» with and without the address in the same sentence.
 *
 * **Held out**: every third letter (`s23-03`, `s23-06`, …) is scored only with `--s23-held-out`. Names, streets and
 * sentences are the slice's own; Norwegian postcodes are Posten's; no national ids.
 */
export type Session23Letter = HandWrittenLetter;

const truth = handTruth;
const HEAD = [...APPEALS_BODY_HEAD, ''];

const letters: [style: string, language: string, truth: PartiesTruth, lines: string[]][] = [
  // 01 A power «slik at han kan ta seg av posten min»: an errand power, no representative.
  ['mail-power-take-care', 'nb', truth('Gerd Solli', ['Bjørkeveien 7', '2317 Hamar'], null), ['Gerd Solli', 'Bjørkeveien 7', '2317 Hamar', '', ...HEAD, 'Klage på vedtak om hjelpestønad', '', 'Jeg klager på vedtaket fordi behovet mitt for hjelp om natten ikke er vurdert.', 'Jeg gir min sønn Terje Solli fullmakt, slik at han kan ta seg av posten min mens jeg er på sykehuset.', '', 'Med vennlig hilsen', 'Gerd Solli']],
  // 02 «fullmakt til å ordne med posten»: no representative.
  ['mail-power-ordne', 'nb', truth('Arvid Lunde', ['Kvernveien 12', '4006 Stavanger'], null), ['Arvid Lunde', 'Kvernveien 12', '4006 Stavanger', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om uføretrygd av 12.09.2025.', 'Jeg gir fullmakt til min datter Hege Lunde til å ordne med posten min.', '', 'Hilsen', 'Arvid Lunde']],
  // 03 Nynorsk: «fullmakt til å henta posten min på postkontoret».
  ['nn-mail-power-fetch', 'nn', truth('Sigrid Hove', ['Hovevegen 3', '6800 Førde'], null), ['Sigrid Hove', 'Hovevegen 3', '6800 Førde', '', ...HEAD, 'Klage på vedtak', '', 'Eg klagar på vedtaket om grunnstønad.', 'Eg gjev son min Olav Hove fullmakt til å henta posten min på postkontoret.', '', 'Helsing', 'Sigrid Hove']],
  // 04 Swedish: «fullmakt att ta hand om min post».
  ['sv-mail-power', 'sv', truth('Karin Sjöberg', ['Västra gatan 8', '652 25 Karlstad', 'Sverige'], null), ['Karin Sjöberg', 'Västra gatan 8', '652 25 Karlstad', 'Sverige', '', ...HEAD, 'Överklagande', '', 'Jag överklagar beslutet om ålderspension.', 'Jag ger min son Mats Sjöberg fullmakt att ta hand om min post.', '', 'Med vänlig hälsning', 'Karin Sjöberg']],
  // 05 Danish: «fuldmagt til at hente min post».
  ['da-mail-power', 'da', truth('Hanne Kjær', ['Algade 14', '4000 Roskilde', 'Danmark'], null), ['Hanne Kjær', 'Algade 14', '4000 Roskilde', 'Danmark', '', ...HEAD, 'Klage', '', 'Jeg klager over afgørelsen om pension.', 'Jeg giver min datter Mette Kjær fuldmagt til at hente min post.', '', 'Med venlig hilsen', 'Hanne Kjær']],
  // 06 English: «power of attorney so that he can deal with my mail».
  ['en-mail-power', 'en', truth('George Baker', ['Havnegata 5', '9008 Tromsø'], null), ['George Baker', 'Havnegata 5', '9008 Tromsø', '', ...HEAD, 'Appeal', '', 'I appeal against the decision on my pension of 2 September 2025.', 'I have given my son Tom Baker power of attorney so that he can deal with my mail.', '', 'Kind regards', 'George Baker']],
  // 07 Near miss: the son holds the case and also takes care of the mail: he represents.
  ['mail-and-case-near-miss', 'nb', truth('Bjørg Holm', ['Lilleveien 2', '1530 Moss'], { name: 'Rolf Holm' }), ['Bjørg Holm', 'Lilleveien 2', '1530 Moss', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om bostøtte.', 'Jeg gir min sønn Rolf Holm fullmakt til å føre klagesaken for meg, og han tar seg også av posten min.', '', 'Med vennlig hilsen', 'Bjørg Holm']],
  // 08 «Han har fullmakt til å ta seg av posten min» after naming the son: no representative.
  ['mail-power-has', 'nb', truth('Olaug Rye', ['Ryeveien 9', '7011 Trondheim'], null), ['Olaug Rye', 'Ryeveien 9', '7011 Trondheim', '', ...HEAD, 'Klage på vedtak om hjemmesykepleie', '', 'Jeg klager på vedtaket fordi jeg trenger hjelp hver dag.', 'Min sønn Eirik Rye har fullmakt til å ta seg av posten min.', '', 'Med vennlig hilsen', 'Olaug Rye']],
  // 09 A bank and a son in one power over the case: the son represents, the bank is no party.
  ['bank-and-son-case', 'nb', truth('Sverre Dahl', ['Skogveien 21', '3015 Drammen'], { name: 'Per Dahl' }), ['Sverre Dahl', 'Skogveien 21', '3015 Drammen', '', ...HEAD, 'Klage på vedtak om uføretrygd', '', 'Jeg klager på vedtaket om uføretrygd.', 'Jeg har gitt fullmakt til DNB Bank ASA og min sønn Per Dahl. Per skal føre klagesaken for meg.', '', 'Med vennlig hilsen', 'Sverre Dahl']],
  // 10 A bank and a daughter for the bills only: no representative.
  ['bank-and-daughter-bills', 'nb', truth('Inger Moen', ['Moveien 4', '8006 Bodø'], null), ['Inger Moen', 'Moveien 4', '8006 Bodø', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om bostøtte fordi inntekten er satt for høyt.', 'Jeg gir fullmakt til Nordea Bank Abp og min datter Anne Moen til å betale regningene mine.', '', 'Hilsen', 'Inger Moen']],
  // 11 A law firm and its lawyer in the writer's power: the lawyer represents (no address given).
  ['firm-and-lawyer-power', 'nb', truth('Tove Ask', ['Askeveien 6', '1337 Sandvika'], { name: 'Eva Lund', firm: 'Advokatfirmaet Lund AS' }), ['Tove Ask', 'Askeveien 6', '1337 Sandvika', '', ...HEAD, 'Klage på vedtak om arbeidsavklaringspenger', '', 'Jeg klager på vedtaket av 3.10.2025.', 'Jeg gir fullmakt til advokatfirmaet Lund AS og advokat Eva Lund til å føre klagesaken for meg.', '', 'Med vennlig hilsen', 'Tove Ask']],
  // 12 The lawyer writes at the firm's head and quotes the client's power to the firm and herself.
  ['firm-head-quotes-power', 'nb', truth('Jan Fossum', [], { name: 'Eva Lund', firm: 'Advokatfirmaet Lund AS', address: ['Kirkegata 15', '0153 Oslo'] }), ['Advokatfirmaet Lund AS', 'Kirkegata 15', '0153 Oslo', '', ...HEAD, 'Klage på vedtak om sykepenger – Jan Fossum', '', 'Vi klager på vegne av vår klient Jan Fossum på vedtaket av 1.10.2025.', 'Han har hatt langvarige plager og var ikke arbeidsfør i perioden.', '', 'Fullmakt:', 'Jeg, Jan Fossum, gir fullmakt til advokatfirmaet Lund AS og advokat Eva Lund til å føre klagesaken for meg.', '', 'Med vennlig hilsen', 'Eva Lund', 'advokat']],
  // 13 Swedish: «fullmakt till Advokatfirman Berg AB och advokat Nils Berg att föra min talan».
  ['sv-firm-and-lawyer', 'sv', truth('Ulla Nyberg', ['Kungsgatan 5', '411 19 Göteborg', 'Sverige'], { name: 'Nils Berg', firm: 'Advokatfirman Berg AB' }), ['Ulla Nyberg', 'Kungsgatan 5', '411 19 Göteborg', 'Sverige', '', ...HEAD, 'Överklagande', '', 'Jag överklagar beslutet om sjukpenning.', 'Jag ger fullmakt till Advokatfirman Berg AB och advokat Nils Berg att föra min talan i ärendet.', '', 'Med vänlig hälsning', 'Ulla Nyberg']],
  // 14 Danish: «fuldmagt til Advokatfirmaet Holm ApS og advokat Jens Holm til at føre sagen».
  ['da-firm-and-lawyer', 'da', truth('Birthe Lauridsen', ['Østergade 3', '7100 Vejle', 'Danmark'], { name: 'Jens Holm', firm: 'Advokatfirmaet Holm ApS' }), ['Birthe Lauridsen', 'Østergade 3', '7100 Vejle', 'Danmark', '', ...HEAD, 'Klage', '', 'Jeg klager over afgørelsen om sygedagpenge.', 'Jeg giver fuldmagt til Advokatfirmaet Holm ApS og advokat Jens Holm til at føre sagen for mig.', '', 'Med venlig hilsen', 'Birthe Lauridsen']],
  // 15 An organisation and its adviser: one representative, the adviser.
  ['org-and-adviser', 'nb', truth('Magne Aune', ['Aunevegen 2', '7500 Stjørdal'], { name: 'Liv Strøm', firm: 'Norsk Revmatikerforbund' }), ['Magne Aune', 'Aunevegen 2', '7500 Stjørdal', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om grunnstønad.', 'Jeg gir fullmakt til Norsk Revmatikerforbund og rådgiver Liv Strøm til å føre klagesaken for meg.', '', 'Med vennlig hilsen', 'Magne Aune']],
  // 16 English: «authorise Smith & Berg Solicitors and John Smith to act for me».
  ['en-firm-and-solicitor', 'en', truth('Helen Carter', ['Strandveien 30', '1366 Lysaker'], { name: 'John Smith', firm: 'Smith & Berg Solicitors' }), ['Helen Carter', 'Strandveien 30', '1366 Lysaker', '', ...HEAD, 'Appeal', '', 'I appeal against the decision on my disability benefit.', 'I hereby authorise Smith & Berg Solicitors and John Smith, solicitor, to act for me in this appeal.', '', 'Yours sincerely', 'Helen Carter']],
  // 17 Labelled lines, an address under each: the appellant's and the lawyer's.
  ['labels-both-addresses', 'nb', truth('Kari Moe', ['Storgata 11', '0155 Oslo'], { name: 'Per Lie', address: ['Rådhusgata 5', '0151 Oslo'] }), [...HEAD, 'Klage på vedtak om arbeidsavklaringspenger', '', 'Klager: Kari Moe', 'Adresse: Storgata 11, 0155 Oslo', 'Fullmektig: advokat Per Lie', 'Adresse: Rådhusgata 5, 0151 Oslo', '', 'Det klages på vedtaket av 2.09.2025. Begrunnelse følger.', '', 'Med vennlig hilsen', 'Per Lie', 'advokat']],
  // 18 Only the lawyer's address under the «Fullmektig:» line: the appellant has none.
  ['labels-rep-address-only', 'nb', truth('Nils Aas', [], { name: 'Per Lie', address: ['Rådhusgata 5', '0151 Oslo'] }), [...HEAD, 'Klage', '', 'Klager: Nils Aas', 'Fullmektig: advokat Per Lie', 'Adresse: Rådhusgata 5, 0151 Oslo', '', 'Vi klager på vedtaket om uføretrygd.', '', 'Med hilsen', 'Per Lie']],
  // 19 Nynorsk: «Klagar:» and «Fullmektig:» with «Adresse:» under each.
  ['nn-labels-both', 'nn', truth('Ragnhild Tveit', ['Tveitvegen 4', '5700 Voss'], { name: 'Ola Nygard', address: ['Vangsgata 20', '5700 Voss'] }), [...HEAD, 'Klage på vedtak', '', 'Klagar: Ragnhild Tveit', 'Adresse: Tveitvegen 4, 5700 Voss', 'Fullmektig: Ola Nygard', 'Adresse: Vangsgata 20, 5700 Voss', '', 'Eg klagar på vegner av Ragnhild Tveit på vedtaket om pleiepengar.', '', 'Helsing', 'Ola Nygard']],
  // 20 Swedish: «Klagande:», «Ombud:» with «Adress:» under the ombud's line only.
  ['sv-labels-rep-address', 'sv', truth('Anna Lindqvist', [], { name: 'Erik Holm', address: ['Drottninggatan 12', '111 51 Stockholm', 'Sverige'] }), [...HEAD, 'Överklagande', '', 'Klagande: Anna Lindqvist', 'Ombud: advokat Erik Holm', 'Adress: Drottninggatan 12, 111 51 Stockholm, Sverige', '', 'Vi överklagar beslutet om sjukpenning.', '', 'Med vänlig hälsning', 'Erik Holm']],
  // 21 English: «Appellant:» and «Representative:» with «Address:» under each.
  ['en-labels-both', 'en', truth('Sarah Cole', ['Parkveien 3', '0350 Oslo'], { name: 'Mark Green', address: ['Karl Johans gate 10', '0154 Oslo'] }), [...HEAD, 'Appeal', '', 'Appellant: Sarah Cole', 'Address: Parkveien 3, 0350 Oslo', 'Representative: Mark Green, lawyer', 'Address: Karl Johans gate 10, 0154 Oslo', '', 'We appeal against the decision of 5 October 2025.', '', 'Yours faithfully', 'Mark Green']],
  // 22 Near miss: the representative's line first, then the appellant's with the address under it.
  ['labels-rep-first', 'nb', truth('Berit Lie', ['Skolegata 8', '2815 Gjøvik'], { name: 'Jon Lie' }), [...HEAD, 'Klage', '', 'Fullmektig: Jon Lie', 'Klager: Berit Lie', 'Adresse: Skolegata 8, 2815 Gjøvik', '', 'Min mor klager på vedtaket om hjelpestønad.', '', 'Hilsen', 'Jon Lie']],
  // 23 Danish: «Klager:», «Partsrepræsentant:», an address under each.
  ['da-labels-both', 'da', truth('Lone Bech', ['Vestergade 2', '5000 Odense C', 'Danmark'], { name: 'Søren Dahl', address: ['Nørregade 40', '8000 Aarhus C', 'Danmark'] }), [...HEAD, 'Klage', '', 'Klager: Lone Bech', 'Adresse: Vestergade 2, 5000 Odense C, Danmark', 'Partsrepræsentant: advokat Søren Dahl', 'Adresse: Nørregade 40, 8000 Aarhus C, Danmark', '', 'Vi klager over afgørelsen om pension.', '', 'Med venlig hilsen', 'Søren Dahl']],
  // 24 «Vi bor sammen i …»: a wife writes for her husband at the address in the same sentence.
  ['live-together-address', 'nb', truth('Odd Berge', ['Storgata 4', '0182 Oslo'], { name: 'Astrid Berge', address: ['Storgata 4', '0182 Oslo'] }), [...HEAD, 'Klage på vegne av min mann', '', 'Jeg skriver på vegne av min mann, Odd Berge, som har fått avslag på hjelpestønad. Jeg har fullmakt fra ham.', 'Vi bor sammen i Storgata 4, 0182 Oslo.', '', 'Med vennlig hilsen', 'Astrid Berge']],
  // 25 «Vi bor sammen» without the address: none given.
  ['live-together-no-address', 'nb', truth('Leif Hauge', [], { name: 'Marit Hauge' }), [...HEAD, 'Klage', '', 'Jeg skriver på vegne av min mann, Leif Hauge, som har fått avslag på grunnstønad. Vi bor sammen, og jeg har fullmakt fra ham.', '', 'Med vennlig hilsen', 'Marit Hauge']],
  // 26 Swedish «vi bor tillsammans på …».
  ['sv-live-together-address', 'sv', truth('Lars Ek', ['Storgatan 3', '852 30 Sundsvall', 'Sverige'], { name: 'Eva Ek', address: ['Storgatan 3', '852 30 Sundsvall', 'Sverige'] }), [...HEAD, 'Överklagande', '', 'Jag skriver för min man Lars Ek, som har gett mig fullmakt. Vi bor tillsammans på Storgatan 3, 852 30 Sundsvall, Sverige.', 'Han överklagar beslutet om ålderspension.', '', 'Med vänlig hälsning', 'Eva Ek']],
  // 27 The son holds the power over the case and «can collect the mail» too (nn): he represents.
  ['nn-case-and-mail', 'nn', truth('Jorunn Lid', ['Lidvegen 5', '6770 Nordfjordeid'], { name: 'Knut Lid' }), ['Jorunn Lid', 'Lidvegen 5', '6770 Nordfjordeid', '', ...HEAD, 'Klage', '', 'Eg klagar på vedtaket om bustøtte.', 'Eg gjev son min Knut Lid fullmakt til å føra klagesaka for meg. Han kan òg henta posten min.', '', 'Helsing', 'Jorunn Lid']],
  // 28 A law firm's head writing for its client, the power to the firm and the lawyer enclosed as a list line.
  ['firm-head-client-in-text', 'nb', truth('Hilde Brun', [], { name: 'Ola Rud', firm: 'Advokatfirmaet Rud & Co AS', address: ['Olav Tryggvasons gate 1', '7011 Trondheim'] }), ['Advokatfirmaet Rud & Co AS', 'Olav Tryggvasons gate 1', '7011 Trondheim', '', ...HEAD, 'Klage på vedtak om uføretrygd – Hilde Brun', '', 'Vi representerer Hilde Brun i denne saken og klager på vedtaket av 22.09.2025.', 'Hun har gitt fullmakt til advokatfirmaet Rud & Co AS og advokat Ola Rud til å føre saken.', '', 'Med vennlig hilsen', 'Ola Rud', 'advokat']],
  // 29 English: «gave my daughter power of attorney to collect my post»: no representative.
  ['en-mail-collect', 'en', truth('Margaret Price', ['Fjordveien 12', '1363 Høvik'], null), ['Margaret Price', 'Fjordveien 12', '1363 Høvik', '', ...HEAD, 'Appeal', '', 'I appeal against the decision to stop my attendance allowance.', 'I gave my daughter Emma Price power of attorney to collect my post while I am in hospital.', '', 'Yours sincerely', 'Margaret Price']],
  // 30 A bank and a daughter in a Swedish power over the case: the daughter represents.
  ['sv-bank-and-daughter-case', 'sv', truth('Sten Olsson', ['Ringvägen 4', '722 11 Västerås', 'Sverige'], { name: 'Maria Olsson' }), ['Sten Olsson', 'Ringvägen 4', '722 11 Västerås', 'Sverige', '', ...HEAD, 'Överklagande', '', 'Jag överklagar beslutet om sjukpenning.', 'Jag ger fullmakt till Swedbank AB och min dotter Maria Olsson att föra min talan i ärendet.', '', 'Med vänlig hälsning', 'Sten Olsson']],
];

/** Every third letter is held out (scored once, at the end of a session): the others are the development two thirds. */
export const isHeldOut = (id: string): boolean => Number(id.slice(-2)) % 3 === 0;

/** The slice's letters, in a fixed order: hand-written, so no seed and no count. */
export function session23Letters(): Session23Letter[] {
  return letters.map(([style, language, t, lines], i) => ({ id: `s23-${String(i + 1).padStart(2, '0')}`, style: `${language} ${style}`, text: lines.join('\n'), truth: t }));
}
