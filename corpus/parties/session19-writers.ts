import type { PartiesTruth } from './letter-heads.ts';
import { APPEALS_BODY_HEAD, handTruth, type HandWrittenLetter } from './common.ts';

/**
 * A nineteenth slice of the party reader (issue #16, session 19): **whose address is whose**, written by hand with the
 * truth first and committed, with main's result recorded, before any rule was changed for it. Kinds of real mail the
 * earlier slices lack, in nb, nn, sv, da and en:
 * - a relative writing for a parent (the relative's head, the parent's address in a sentence, or none);
 * - two addresses, old and new («jeg har flyttet», «Gammel adresse:»/«Ny adresse:»);
 * - c/o addresses, a post box beside a street, addresses in Sweden, Denmark and Spain;
 * - nynorsk «adresse: …» in the text, an e-mail signature with an address (the writer's home, or their workplace's);
 * - a GP's declaration naming the patient, with the practice's address;
 * - a lawyer with the client's address in the «Gjelder:» line;
 * - a kommune's or a Nav office's address under «Gjelder:»/«Postadresse:» or after its name in the text: not the appellant's;
 * - a family letter that speaks of «advokat» or «fullmakt» but names no representative;
 * - names with particles (van der, de la, de), double surnames, hyphens.
 *
 * **Held out**: every third letter (`s19-03`, `s19-06`, …) is scored only with `--s19-held-out`. Names, streets and
 * sentences are the slice's own; Norwegian postcodes are Posten's; national ids are synthetic (birth month + 80).
 */
export type Session19Letter = HandWrittenLetter;

const truth = handTruth;
const HEAD = [...APPEALS_BODY_HEAD, ''];

const letters: [style: string, language: string, truth: PartiesTruth, lines: string[]][] = [
  // 01 A daughter writes for her mother under her own head; the mother's address in a sentence.
  ['daughter-for-mother-sentence', 'nb', truth('Ragnhild Bø', ['Kirkevegen 3', '2609 Lillehammer'], { name: 'Inger Bø Hansen', address: ['Solbakken 12', '1400 Ski'] }), ['Inger Bø Hansen', 'Solbakken 12', '1400 Ski', '', ...HEAD, 'Klage på vedtak om hjelpestønad – Ragnhild Bø', '', 'Jeg skriver på vegne av min mor, Ragnhild Bø, som ikke klarer å skrive selv. Fullmakt fra henne ligger ved.', 'Mor bor i Kirkevegen 3, 2609 Lillehammer.', '', 'Vi mener vedtaket bygger på feil opplysninger om hvor mye hjelp hun trenger.', '', 'Med vennlig hilsen', 'Inger Bø Hansen']],
  // 02 A son writes for his father under his own head; the father's address is not given.
  ['son-for-father-no-address', 'nb', truth('Nils Hauge', [], { name: 'Erik Hauge', address: ['Fjellveien 21', '5003 Bergen'] }), ['Erik Hauge', 'Fjellveien 21', '5003 Bergen', '', ...HEAD, 'Klage', '', 'Jeg klager på vegne av min far, Nils Hauge, på vedtaket om grunnstønad. Far har gitt meg fullmakt, den er vedlagt.', '', 'Hilsen', 'Erik Hauge']],
  // 03 Nynorsk: a son writes for his mother; her address after «Adressa hennar er».
  ['nn-son-for-mother', 'nn', truth('Kari Fjeld', ['Nedre Fjeld 2', '6100 Volda'], { name: 'Sverre Fjeld', address: ['Hamnegata 4', '6509 Kristiansund N'] }), ['Sverre Fjeld', 'Hamnegata 4', '6509 Kristiansund N', '', ...HEAD, 'Klage på vedtak om pleiepengar', '', 'Eg skriv for mor mi, Kari Fjeld, som ikkje klarar å skrive sjølv. Eg har fullmakt frå henne.', 'Adressa hennar er Nedre Fjeld 2, 6100 Volda.', '', 'Helsing', 'Sverre Fjeld']],
  // 04 The head is the new address; the old one in the text after «Jeg har flyttet fra».
  ['moved-new-head', 'nb', truth('Tove Lindstad', ['Parkveien 8', '3510 Hønefoss'], null), ['Tove Lindstad', 'Parkveien 8', '3510 Hønefoss', '', ...HEAD, 'Klage på vedtak om arbeidsavklaringspenger', '', 'Jeg har flyttet fra Skogveien 14, 2000 Lillestrøm. Adressen over er min nye.', 'Jeg klager på vedtaket av 4.09.2025.', '', 'Med vennlig hilsen', 'Tove Lindstad']],
  // 05 Old and new address as labelled lines.
  ['old-new-labels', 'nb', truth('Rune Kvam', ['Havnegata 5', '8006 Bodø'], null), [...HEAD, 'Klage', '', 'Navn: Rune Kvam', 'Gammel adresse: Storgata 41, 8622 Mo i Rana', 'Ny adresse: Havnegata 5, 8006 Bodø', '', 'Jeg klager på vedtaket om dagpenger. Send svar til den nye adressen.', '', 'Hilsen', 'Rune Kvam']],
  // 06 Nynorsk: the head is the old address, «Eg har flytta. Ny adresse: …» in the text.
  ['nn-moved-new-in-text', 'nn', truth('Åse Myklebust', ['Fjordvegen 10', '6900 Florø'], null), ['Åse Myklebust', 'Lia 4', '6800 Førde', '', ...HEAD, 'Klage', '', 'Eg klagar på vedtaket om uføretrygd.', 'Eg har flytta. Ny adresse: Fjordvegen 10, 6900 Florø.', '', 'Helsing', 'Åse Myklebust']],
  // 07 A c/o line in the head.
  ['co-head', 'nb', truth('Per Amundsen', ['c/o Lise Amundsen', 'Bakkeveien 4', '3015 Drammen'], null), ['Per Amundsen', 'c/o Lise Amundsen', 'Bakkeveien 4', '3015 Drammen', '', ...HEAD, 'Klage på vedtak om dagpenger', '', 'Jeg bor midlertidig hos søsteren min og ber om at post sendes hit.', '', 'Med hilsen', 'Per Amundsen']],
  // 08 A c/o address on one line in the text.
  ['co-sentence', 'nb', truth('Jonas Vik', ['c/o Tor Lie', 'Fjellveien 2', '5003 Bergen'], null), [...HEAD, 'Klage', '', 'Jeg klager på vedtaket om sosialstønad. Jeg har ingen fast adresse nå, så send svaret til meg c/o Tor Lie, Fjellveien 2, 5003 Bergen.', '', 'Hilsen', 'Jonas Vik']],
  // 09 A post box in the head; the street in the text is where she lives, the box is where post goes.
  ['post-box-and-street', 'nb', truth('Anne Moen', ['Postboks 212', '6801 Førde'], null), ['Anne Moen', 'Postboks 212', '6801 Førde', '', ...HEAD, 'Klage på vedtak om bostøtte', '', 'Jeg bor i Fjordvegen 8, men posten min må sendes til postboksen.', 'Jeg klager på vedtaket av 2.10.2025.', '', 'Med vennlig hilsen', 'Anne Moen']],
  // 10 A Norwegian living in Sweden: the head ends in the country.
  ['sweden-head-nb', 'nb', truth('Harald Svendsen', ['Storgatan 22', '652 24 Karlstad', 'Sverige'], null), ['Harald Svendsen', 'Storgatan 22', '652 24 Karlstad', 'Sverige', '', ...HEAD, 'Klage på vedtak om alderspensjon', '', 'Jeg bor i Sverige og klager på beregningen av pensjonen min.', '', 'Med vennlig hilsen', 'Harald Svendsen']],
  // 11 Danish: the address under the signature.
  ['da-signature-address', 'da', truth('Birthe Kjærgaard', ['Søndergade 14', '6700 Esbjerg', 'Danmark'], null), [...HEAD, 'Klage over afgørelse', '', 'Jeg klager over afgørelsen om sygedagpenge fra mit arbejde i Norge.', '', 'Med venlig hilsen', 'Birthe Kjærgaard', 'Søndergade 14', '6700 Esbjerg', 'Danmark']],
  // 12 Spain, on one line in a sentence.
  ['spain-sentence', 'nb', truth('Bjørg Haraldsen', ['Calle Málaga 7', '29680 Estepona', 'Spania'], null), [...HEAD, 'Klage', '', 'Jeg klager på vedtaket om uføretrygd. Min adresse i Spania er Calle Málaga 7, 29680 Estepona, Spania.', '', 'Med vennlig hilsen', 'Bjørg Haraldsen']],
  // 13 Nynorsk «Adresse: …» on its own line in the text.
  ['nn-adresse-line', 'nn', truth('Torstein Ulvik', ['Nordre vegen 3', '5700 Voss'], null), [...HEAD, 'Klage på vedtak', '', 'Eg klagar på vedtaket om arbeidsavklaringspengar av 1.09.2025. Eg meiner de har rekna feil.', 'Adresse: Nordre vegen 3, 5700 Voss', '', 'Venleg helsing', 'Torstein Ulvik']],
  // 14 Nynorsk «mi adresse er …» in running text.
  ['nn-mi-adresse', 'nn', truth('Gunhild Rørvik', ['Rørvikvegen 12', '7600 Levanger'], null), [...HEAD, 'Klage', '', 'Eg klagar på avslaget på sjukepengar. Svaret kan de sende til meg, mi adresse er Rørvikvegen 12, 7600 Levanger.', '', 'Helsing', 'Gunhild Rørvik']],
  // 15 An e-mail signature with the home address and contacts.
  ['email-signature-home', 'nb', truth('Marius Berntsen', ['Skoleveien 9', '1530 Moss'], null), ['Fra: Marius Berntsen <marius.berntsen@example.no>', 'Sendt: 3. oktober 2025 21:14', 'Til: post@klageorganet.example.no', 'Emne: Klage på vedtak', '', 'Hei', '', 'Jeg klager på vedtaket om dagpenger av 19.09.2025.', '', 'Mvh', 'Marius Berntsen', 'Skoleveien 9, 1530 Moss', 'Tlf. 48 21 37 90']],
  // 16 An e-mail signature with the writer's workplace: the firm's address is not her home.
  ['email-signature-work', 'nb', truth('Kari Holt', [], null), ['Fra: Kari Holt <kari.holt@vestbygg.example.no>', 'Sendt: 6. oktober 2025 08:02', 'Til: post@klageorganet.example.no', 'Emne: Klage', '', 'Jeg klager på vedtaket om sykepenger.', '', 'Med vennlig hilsen', 'Kari Holt', 'Rådgiver', 'Vest Bygg AS', 'Industrivegen 2, 2069 Jessheim', 'Sentralbord 63 94 00 00']],
  // 17 A GP's declaration: the practice's address under the signature, the patient named with an id.
  ['gp-practice-signature', 'nb', truth('Svein Olsen', [], null), [...HEAD, 'Legeerklæring', '', 'Pasient: Svein Olsen, f.nr. 12815841261', '', 'Pasienten har vært sykmeldt siden mars på grunn av hjertesvikt. Han kan ikke gå tilbake til arbeid nå.', '', 'Med vennlig hilsen', 'Anders Ruud', 'fastlege', 'Sentrum legekontor, Storgata 30, 2317 Hamar']],
  // 18 A GP's declaration naming the patient with the patient's address; the practice's head.
  ['gp-patient-address', 'nb', truth('Lise Aasland', ['Tjernveien 6', '4836 Arendal'], null), ['Arendal legesenter', 'Torvet 2', '4836 Arendal', '', 'Legeerklæring til bruk i klagesak', '', 'Pasient: Lise Aasland, Tjernveien 6, 4836 Arendal', 'Fødselsnummer: 03844723317', '', 'Pasienten har behandlet kronisk smerte hos meg siden 2022.', '', 'Med hilsen', 'Hege Nilsen', 'spesialist i allmennmedisin']],
  // 19 A lawyer: the client's address in the «Gjelder:» line.
  ['lawyer-gjelder-address', 'nb', truth('Kristin Dahle', ['Elvegata 3', '7030 Trondheim'], { name: 'Morten Lien', firm: 'Advokatfirmaet Lien & Co', address: ['Kongens gate 10', '7011 Trondheim'] }), ['Advokatfirmaet Lien & Co', 'Kongens gate 10', '7011 Trondheim', '', ...HEAD, 'Gjelder: Kristin Dahle, Elvegata 3, 7030 Trondheim', '', 'Klage på vedtak om uføretrygd', '', 'Jeg representerer Kristin Dahle og klager på hennes vegne på vedtaket av 11.09.2025. Fullmakt følger vedlagt.', '', 'Med vennlig hilsen', 'Morten Lien', 'advokat']],
  // 20 A lawyer: «Gjelder:» names the client and the id, no address.
  ['lawyer-gjelder-id', 'nb', truth('Ahmed Yusuf', [], { name: 'Silje Brenna', firm: 'Advokat Brenna AS', address: ['Postboks 310 Sentrum', '4002 Stavanger'] }), ['Advokat Brenna AS', 'Postboks 310 Sentrum', '4002 Stavanger', '', ...HEAD, 'Gjelder: Ahmed Yusuf, f.nr. 21906151569', '', 'Vår klient klager på vedtaket om dagpenger. Vi ber om at all korrespondanse sendes til oss.', '', 'Med vennlig hilsen', 'Silje Brenna', 'advokat']],
  // 21 Nynorsk: a lawyer with «Gjeld:» and the client's address.
  ['nn-lawyer-gjeld-address', 'nn', truth('Oddny Tveit', ['Tveitvegen 5', '5411 Stord'], { name: 'Håkon Sæle', firm: 'Advokatkontoret Sæle', address: ['Torget 1', '5411 Stord'] }), ['Advokatkontoret Sæle', 'Torget 1', '5411 Stord', '', ...HEAD, 'Gjeld: Oddny Tveit, Tveitvegen 5, 5411 Stord', '', 'Eg representerer Oddny Tveit og klagar på vegner av henne på vedtaket om arbeidsavklaringspengar.', '', 'Med helsing', 'Håkon Sæle', 'advokat']],
  // 22 The appellant's own letter: «Gjelder:» the kommune's decision and its «Postadresse».
  ['kommune-gjelder-postadresse', 'nb', truth('Anne Li', ['Granveien 7', '2317 Hamar'], null), ['Anne Li', 'Granveien 7', '2317 Hamar', '', ...HEAD, 'Gjelder: vedtak fra Hamar kommune om praktisk bistand', 'Postadresse: Postboks 4063, 2306 Hamar', '', 'Jeg klager på kommunens vedtak. Jeg trenger mer hjelp enn jeg har fått.', '', 'Hilsen', 'Anne Li']],
  // 23 The appellant names the Nav office and its address after its name in the text; no address of her own.
  ['nav-office-after-name', 'nb', truth('Eva Sørli', [], null), [...HEAD, 'Klage', '', 'Jeg fikk vedtaket fra Nav Gjøvik, Postboks 14, 2801 Gjøvik, og klager på det.', 'Jeg mener jeg har rett til tilleggsstønad.', '', 'Hilsen', 'Eva Sørli']],
  // 24 A family letter that speaks of a lawyer but has none.
  ['family-mentions-lawyer', 'nb', truth('Reidun Holm', ['Bjørkeveien 15', '2815 Gjøvik'], null), ['Reidun Holm', 'Bjørkeveien 15', '2815 Gjøvik', '', ...HEAD, 'Klage på vedtak om omsorgsstønad', '', 'Vi har ikke råd til advokat, så jeg skriver klagen selv. Jeg klager på vedtaket om omsorgsstønad for sønnen min.', '', 'Med vennlig hilsen', 'Reidun Holm']],
  // 25 A letter that speaks of a power of attorney it does not give.
  ['mentions-fullmakt-none', 'nb', truth('Terje Bakke', ['Myrveien 3', '1405 Langhus'], null), ['Terje Bakke', 'Myrveien 3', '1405 Langhus', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om arbeidsavklaringspenger. Jeg har ikke gitt noen fullmakt til andre, og ønsker at svaret sendes til meg.', '', 'Hilsen', 'Terje Bakke']],
  // 26 A daughter who has a power of attorney (a guard: she is the representative).
  ['daughter-fullmakt-guard', 'nb', truth('Olaug Sande', [], { name: 'Gro Sande', address: ['Liaveien 2', '3611 Kongsberg'] }), ['Gro Sande', 'Liaveien 2', '3611 Kongsberg', '', ...HEAD, 'Klage på vegne av Olaug Sande', '', 'Jeg har fullmakt fra min mor, Olaug Sande, og klager på vedtaket om hjemmesykepleie. Fullmakten ligger ved.', '', 'Med vennlig hilsen', 'Gro Sande']],
  // 27 A name with «de la» in the head.
  ['particle-de-la', 'nb', truth('María de la Cruz', ['Thereses gate 14', '0467 Oslo'], null), ['María de la Cruz', 'Thereses gate 14', '0467 Oslo', '', ...HEAD, 'Klage på vedtak om dagpenger', '', 'Jeg klager på vedtaket fordi arbeidsgiveren ga feil opplysninger.', '', 'Med vennlig hilsen', 'María de la Cruz']],
  // 28 English: «van der» with the address under the signature.
  ['en-particle-van-der', 'en', truth('Jan van der Meer', ['Nygårdsgaten 40', '5015 Bergen'], null), [...HEAD, 'Appeal', '', 'I appeal against the decision on my sickness benefit of 2 September 2025.', '', 'Kind regards', 'Jan van der Meer', 'Nygårdsgaten 40', '5015 Bergen']],
  // 29 A Spanish double surname, living in Spain.
  ['spain-double-surname', 'nb', truth('Ana García López', ['Avenida del Mar 21', '03590 Altea', 'Spania'], null), ['Ana García López', 'Avenida del Mar 21', '03590 Altea', 'Spania', '', ...HEAD, 'Klage', '', 'Jeg arbeidet i Norge i tolv år og klager på vedtaket om alderspensjon.', '', 'Med vennlig hilsen', 'Ana García López']],
  // 30 Hyphens in both names.
  ['hyphen-names', 'nb', truth('Kari-Anne Berg-Olsen', ['Øvre Torvgate 3', '1606 Fredrikstad'], null), [...HEAD, 'Klage', '', 'Jeg klager på vedtaket om kontantstøtte.', '', 'Med vennlig hilsen', 'Kari-Anne Berg-Olsen', 'Øvre Torvgate 3', '1606 Fredrikstad']],
  // 31 A double surname without a hyphen, in a form.
  ['double-surname-form', 'nb', truth('Liv Haugen Strand', ['Løkkeveien 18', '4010 Stavanger'], null), [...HEAD, 'Klage på vedtak', '', 'Fornavn: Liv', 'Etternavn: Haugen Strand', 'Adresse: Løkkeveien 18', 'Postnr./sted: 4010 Stavanger', '', 'Jeg klager på vedtaket om sykepenger.', '', 'Liv Haugen Strand']],
  // 32 Danish: a «DK-» postcode in the head.
  ['da-dk-head', 'da', truth('Jens Mølgaard', ['Vestergade 3', 'DK-8000 Aarhus C', 'Danmark'], null), ['Jens Mølgaard', 'Vestergade 3', 'DK-8000 Aarhus C', 'Danmark', '', ...HEAD, 'Klage', '', 'Jeg klager over afgørelsen om dagpenge.', '', 'Med venlig hilsen', 'Jens Mølgaard']],
  // 33 Swedish: a «Box» address of her own.
  ['sv-own-box', 'sv', truth('Maria Ekström', ['Box 45', '123 21 Farsta', 'Sverige'], null), ['Maria Ekström', 'Box 45', '123 21 Farsta', 'Sverige', '', ...HEAD, 'Överklagande', '', 'Jag överklagar beslutet om sjukpenning.', '', 'Med vänlig hälsning', 'Maria Ekström']],
  // 34 English: a son in the UK writes for his mother in Norway.
  ['en-son-abroad-for-mother', 'en', truth('Solveig Dahl', ['Nordveien 2', '9008 Tromsø'], { name: 'Martin Dahl', address: ['22 Station Road', 'Leeds LS6 3AB', 'United Kingdom'] }), ['Martin Dahl', '22 Station Road', 'Leeds LS6 3AB', 'United Kingdom', '', ...HEAD, 'Appeal on behalf of my mother', '', 'I am writing on behalf of my mother, Solveig Dahl, who lives at Nordveien 2, 9008 Tromsø. She has signed the enclosed power of attorney.', 'She appeals against the decision on her attendance allowance.', '', 'Yours sincerely', 'Martin Dahl']],
  // 35 A daughter who is not the representative: she asks the answer sent to her father.
  ['daughter-sender-to-father', 'nb', truth('Olav Berg', ['Myrvegen 2', '7500 Stjørdal'], null), ['Hanne Berg', 'Ringveien 10', '7030 Trondheim', '', ...HEAD, 'Klage fra Olav Berg', '', 'Jeg har skrevet klagen for far, Olav Berg, etter det han har fortalt meg. Jeg er ikke fullmektig for ham.', 'Send svaret til ham: Olav Berg, Myrvegen 2, 7500 Stjørdal.', '', 'Med vennlig hilsen', 'Hanne Berg']],
  // 36 A c/o a shared home in the head.
  ['co-shared-home', 'nb', truth('Gunnar Lie', ['c/o Sentrum bofellesskap', 'Storgata 20', '9900 Kirkenes'], null), ['Gunnar Lie', 'c/o Sentrum bofellesskap', 'Storgata 20', '9900 Kirkenes', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om arbeidsavklaringspenger.', '', 'Hilsen', 'Gunnar Lie']],
  // 37 The Nav office and its box after «Vedtaket kom fra» in the text; the appellant's address under the signature.
  ['nav-office-text-own-signature', 'nb', truth('Bente Hoff', ['Hagaveien 9', '2609 Lillehammer'], null), [...HEAD, 'Klage', '', 'Vedtaket kom fra Nav Lillehammer, Postboks 123, 2601 Lillehammer. Jeg klager på det fordi inntekten er beregnet feil.', '', 'Med vennlig hilsen', 'Bente Hoff', 'Hagaveien 9', '2609 Lillehammer']],
  // 38 The appellant's head; «Gjelder:» names the kommune and its box on the same line.
  ['kommune-gjelder-one-line', 'nb', truth('Stein Aune', ['Furuveien 2', '2815 Gjøvik'], null), ['Stein Aune', 'Furuveien 2', '2815 Gjøvik', '', ...HEAD, 'Gjelder: Gjøvik kommune, Postboks 630, 2810 Gjøvik – vedtak om parkeringstillatelse', '', 'Jeg klager på kommunens avslag.', '', 'Hilsen', 'Stein Aune']],
  // 39 A daughter-in-law writes and asks the answer sent to her; the mother-in-law's address is not given.
  ['daughter-in-law-rep', 'nb', truth('Magnhild Ruud', [], { name: 'Silje Ruud', address: ['Tunveien 5', '2000 Lillestrøm'] }), ['Silje Ruud', 'Tunveien 5', '2000 Lillestrøm', '', ...HEAD, 'Klage', '', 'Jeg skriver for svigermor, Magnhild Ruud, som har gitt meg fullmakt. Hun klager på vedtaket om hjelpemidler. Svar kan sendes til meg.', '', 'Med vennlig hilsen', 'Silje Ruud']],
  // 40 English: an e-mail signature with the home address on one line.
  ['en-email-signature', 'en', truth('Laura Bennett', ['Bygdøy allé 5', '0257 Oslo'], null), ['From: Laura Bennett <laura.bennett@example.com>', 'Sent: 8 October 2025 19:40', 'To: post@klageorganet.example.no', 'Subject: Appeal', '', 'Dear Sir or Madam,', '', 'I appeal against the decision on my unemployment benefit.', '', 'Best regards,', 'Laura Bennett', 'Bygdøy allé 5, 0257 Oslo', 'Mobile: +47 48 21 37 90']],
  // 41 Nynorsk: «Adressa mi:» at the foot under the signature.
  ['nn-adressa-mi-foot', 'nn', truth('Ingebjørg Hove', ['Hovevegen 14', '6413 Molde'], null), [...HEAD, 'Klage', '', 'Eg klagar på vedtaket om omsorgsstønad.', '', 'Helsing', 'Ingebjørg Hove', 'Adressa mi: Hovevegen 14, 6413 Molde']],
  // 42 Danish: a daughter writes for her mother, the mother's address after her name.
  ['da-daughter-for-mother', 'da', truth('Inge Holm', ['Nørregade 4', '6700 Esbjerg', 'Danmark'], { name: 'Pia Holm', address: ['Åboulevarden 20', '8000 Aarhus C', 'Danmark'] }), ['Pia Holm', 'Åboulevarden 20', '8000 Aarhus C', 'Danmark', '', ...HEAD, 'Klage', '', 'Jeg skriver på vegne af min mor, Inge Holm, Nørregade 4, 6700 Esbjerg, Danmark. Hun har givet mig fuldmagt.', 'Hun klager over afgørelsen om pension.', '', 'Med venlig hilsen', 'Pia Holm']],
  // 43 Swedish: c/o on one line under the signature.
  ['sv-co-signature', 'sv', truth('Erik Andersson', ['c/o Lindberg', 'Storgatan 5', '652 25 Karlstad', 'Sverige'], null), [...HEAD, 'Överklagande', '', 'Jag överklagar beslutet om arbetslöshetsersättning.', '', 'Med vänlig hälsning', 'Erik Andersson', 'c/o Lindberg', 'Storgatan 5', '652 25 Karlstad', 'Sverige']],
  // 44 The new address from a date, in the text; the head is the old one.
  ['moved-from-date', 'nb', truth('Hilde Rønning', ['Sjøgata 12', '8006 Bodø'], null), ['Hilde Rønning', 'Bakkeveien 3', '9008 Tromsø', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om overgangsstønad.', 'Fra 1. november bor jeg i Sjøgata 12, 8006 Bodø. Send svaret dit.', '', 'Med hilsen', 'Hilde Rønning']],
  // 45 A GP's declaration: the practice on one line under the signature, the patient in «Gjelder:».
  ['gp-gjelder-practice-line', 'nb', truth('Arild Haug', [], null), [...HEAD, 'Gjelder: Arild Haug, f.nr. 07863912843', '', 'Erklæring', '', 'Arild Haug har vært min pasient i ti år. Han har alvorlig KOLS og klarer ikke fysisk arbeid.', '', 'Med hilsen', 'Trine Vold, lege', 'Vold legekontor, Kirkegata 4, 3611 Kongsberg']],
  // 46 A lawyer: «Gjelder:» as a block with the client's name and address.
  ['lawyer-gjelder-block', 'nb', truth('Kari Lund', ['Lia 3', '1400 Ski'], { name: 'Are Moen', firm: 'Advokatfirmaet Moen AS', address: ['Postboks 1400 Vika', '0115 Oslo'] }), ['Advokatfirmaet Moen AS', 'Postboks 1400 Vika', '0115 Oslo', '', ...HEAD, 'Gjelder:', 'Kari Lund', 'Lia 3', '1400 Ski', '', 'Som advokat for Kari Lund klager jeg på vedtaket om arbeidsavklaringspenger. Fullmakt vedlegges.', '', 'Med vennlig hilsen', 'Are Moen', 'advokat']],
  // 47 English from Spain: the address under the signature with «Spain».
  ['en-spain-signature', 'en', truth('Robert Hayes', ['Calle Sol 9', '29602 Marbella', 'Spain'], null), [...HEAD, 'Appeal against the decision on my pension', '', 'I worked in Norway from 1990 to 2010 and appeal against the decision.', '', 'Yours faithfully', 'Robert Hayes', 'Calle Sol 9', '29602 Marbella', 'Spain']],
  // 48 A post box with a place name in the head.
  ['post-box-head', 'nb', truth('Per Nilsen', ['Postboks 33', '9751 Honningsvåg'], null), ['Per Nilsen', 'Postboks 33', '9751 Honningsvåg', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om dagpenger for fiskere.', '', 'Hilsen', 'Per Nilsen']],
  // 49 The appellant's own letter on his employer's letterhead: the firm's address is not his.
  ['employer-letterhead-own-appeal', 'nb', truth('Geir Moe', [], null), ['Moe Transport AS', 'Industriveien 5', '2069 Jessheim', 'Org.nr. 912 345 679', '', ...HEAD, 'Klage', '', 'Jeg er ansatt som sjåfør og skriver på jobbens brevpapir. Jeg klager på vedtaket om sykepenger.', '', 'Hilsen', 'Geir Moe']],
  // 50 Nynorsk: «de» as a particle, the address in the head.
  ['nn-particle-de', 'nn', truth('Hendrik de Jong', ['Strandvegen 7', '6100 Volda'], null), ['Hendrik de Jong', 'Strandvegen 7', '6100 Volda', '', ...HEAD, 'Klage', '', 'Eg klagar på vedtaket om dagpengar.', '', 'Helsing', 'Hendrik de Jong']],
  // 51 The appellant writes herself; her son «som er advokat» read the decision but does not act.
  ['son-is-lawyer-no-rep', 'nb', truth('Else Strøm', ['Elveveien 4', '3015 Drammen'], null), ['Else Strøm', 'Elveveien 4', '3015 Drammen', '', ...HEAD, 'Klage', '', 'Sønnen min, som er advokat, har lest vedtaket og mener det er feil. Jeg klager likevel selv.', '', 'Med vennlig hilsen', 'Else Strøm']],
];

/** Every third letter is held out (scored once, at the end of a session): the others are the development two thirds. */
export const isHeldOut = (id: string): boolean => Number(id.slice(-2)) % 3 === 0;

/** The slice's letters, in a fixed order: hand-written, so no seed and no count. */
export function session19Letters(): Session19Letter[] {
  return letters.map(([style, language, t, lines], i) => ({ id: `s19-${String(i + 1).padStart(2, '0')}`, style: `${language} ${style}`, text: lines.join('\n'), truth: t }));
}
