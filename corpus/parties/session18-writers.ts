import type { PartiesTruth } from './letter-heads.ts';
import { APPEALS_BODY_HEAD, handTruth, type HandWrittenLetter } from './common.ts';

/**
 * An eighteenth slice of the party reader (issue #16, session 18): **no wrong addressee**, written by hand with the truth
 * first and committed, with main's result recorded, before any rule was changed for it. The families QA found wrong or
 * doubtful in session 17, each in other phrasings and in nb, nn, sv, da and en:
 * - an address block that belongs to the writer's organisation — a Nav unit's «Postadresse: Postboks …» in a transfer
 *   (QA's L08), a first instance's, a GP's, a hospital's, an employer's, a lawyer's — never the appellant's;
 * - the patients' ombud named in general words («… kan bistå», «ombudet har fått kopi»), not acting for anyone (x13/x17);
 * - a clinician's title and name («Kiropraktor Line Aas», QA's L30) in a declaration or a letter: no party;
 * - an appellant writing again, with the address an earlier letter lacked.
 * A few letters give the appellant's own address or an ombud that does act, so that a guard must not take those away.
 *
 * **Held out**: every third letter (`s18-03`, `s18-06`, …) is scored only with `--s18-held-out`. Names, streets and
 * sentences are the slice's own; Norwegian postcodes are Posten's; national ids are synthetic (birth month + 80).
 */
export type Session18Letter = HandWrittenLetter;

const truth = handTruth;
const HEAD = [...APPEALS_BODY_HEAD, ''];

const letters: [style: string, language: string, truth: PartiesTruth, lines: string[]][] = [
  // 01 QA's L08: a Nav transfer, the unit's «Postadresse: Postboks …» under the signature.
  ['nav-transfer-postadresse', 'nb', truth('Arne Kvalheim', [], null), ['Nav Arbeid og ytelser Kristiansand', '', ...HEAD, 'Vår dato: 14.10.2025', 'Oversendelse av klage – Arne Kvalheim, fnr. 12887223066', '', 'Vi oversender klagen fra Arne Kvalheim på vedtak om arbeidsavklaringspenger av 2.09.2025. Nav har vurdert saken på nytt og opprettholder vedtaket.', 'Klagen, vedtaket og saksdokumentene følger vedlagt.', '', 'Med vennlig hilsen', 'Siv Hansen', 'saksbehandler', 'Nav Arbeid og ytelser Kristiansand', 'Postadresse: Postboks 4100, 4604 Kristiansand S']],
  // 02 A Nav transfer, the unit's postal address as a labelled block in the head.
  ['nav-transfer-head-block', 'nb', truth('Gunvor Lie', [], null), ['Nav Hamar', 'Postadresse:', 'Postboks 123', '2303 Hamar', '', ...HEAD, 'Oversendelse av klage – Gunvor Lie', '', 'Gunvor Lie har klaget på vedtaket om sykepenger av 18.08.2025. Vi har ikke funnet grunn til å endre vedtaket og sender klagen til dere.', '', 'Vennlig hilsen', 'Nav Hamar', 'Tor Bråten']],
  // 03 A Nav transfer in nynorsk, the unit's address in a footer with «Postadresse» and «Besøksadresse».
  ['nav-transfer-footer-nn', 'nn', truth('Sigrun Dale', [], null), [...HEAD, 'Oversending av klage – Sigrun Dale, fnr. 03895823073', '', 'Vi sender over klaga frå Sigrun Dale på vedtaket om uføretrygd av 1.09.2025. Nav har vurdert klaga og held fast på vedtaket.', '', 'Venleg helsing', 'Nav Vestland', 'Jorunn Vik', 'rådgjevar', '', 'Postadresse: Postboks 7800, 5020 Bergen | Besøksadresse: Kaigaten 9, 5015 Bergen']],
  // 04 A Nav transfer naming the appellant's address as hers: the unit's box is still not hers.
  ['nav-transfer-appellant-address', 'nb', truth('Berit Aasen', ['Furulia 4', '2815 Gjøvik'], null), ['Nav Gjøvik', 'Postadresse: Postboks 14', '2801 Gjøvik', '', ...HEAD, 'Oversendelse av klage', '', 'Klager: Berit Aasen, Furulia 4, 2815 Gjøvik', '', 'Vi oversender klagen på vedtak om tilleggsstønad av 20.08.2025. Vedtaket opprettholdes.', '', 'Med hilsen', 'Nav Gjøvik', 'Per Ove Strand']],
  // 05 Helfo forwards an appeal; its own box under the signature.
  ['helfo-transfer', 'nb', truth('Ivar Lunde', [], null), ['Helfo', '', ...HEAD, 'Oversendelse av klage – Ivar Lunde', '', 'Helfo har mottatt klage fra Ivar Lunde på vedtak om refusjon av tannbehandling. Vi har vurdert klagen, men finner ikke grunn til å endre vedtaket.', '', 'Med vennlig hilsen', 'Helfo Tannhelse', 'Kari Myhre', 'Postboks 2415, 3104 Tønsberg']],
  // 06 A municipality (first instance for health care) forwards an appeal; its address as «Postadresse» lines.
  ['kommune-transfer', 'nb', truth('Jon Erik Berg', [], null), ['Bergen kommune', 'Etat for tjenestetildeling', '', ...HEAD, 'Oversendelse av klage – Jon Erik Berg', '', 'Jon Erik Berg klager på vedtak om praktisk bistand. Kommunen har vurdert klagen og opprettholder vedtaket.', '', 'Med hilsen', 'Lise Fjell', 'saksbehandler', '', 'Postadresse:', 'Postboks 7700', '5020 Bergen']],
  // 07 A GP's declaration: the practice's head is not the patient's address.
  ['gp-declaration-head', 'nb', truth('Ola Berg', [], null), ['Storgata legesenter', 'Storgata 12', '2317 Hamar', '', 'Legeerklæring', '', 'Pasient: Ola Berg, f.nr. 25856523775', '', 'Pasienten har vært til behandling hos meg siden 2023 for ryggplager. Han er etter min vurdering ikke i stand til å arbeide.', '', 'Med vennlig hilsen', 'Eirik Solheim', 'fastlege']],
  // 08 A hospital's letter: the hospital's «Postadresse» and the patient named.
  ['hospital-letter', 'nb', truth('Hege Bakken', [], null), ['Sykehuset Østfold', 'Postadresse: Postboks 300, 1714 Grålum', '', ...HEAD, 'Vedrørende Hege Bakken', '', 'Hege Bakken var innlagt ved vår avdeling fra 3. til 21. mars 2025. Hun har bedt oss bekrefte dette til bruk i klagesaken.', '', 'Med vennlig hilsen', 'Anne Kristin Moen', 'overlege']],
  // 09 An employer's confirmation: the company's head and «Postadresse», the employee named.
  ['employer-confirmation', 'nb', truth('Per Eriksen', [], null), ['Hansen Bygg AS', 'Postadresse: Industrivegen 12, 2069 Jessheim', 'Org.nr. 912 345 678', '', 'Bekreftelse', '', 'Vi bekrefter at Per Eriksen har vært ansatt hos oss som tømrer siden 2019, og at han var sykmeldt i hele perioden han har søkt om sykepenger for.', '', 'Med hilsen', 'Hansen Bygg AS', 'Trond Hansen', 'daglig leder']],
  // 10 A lawyer's letter: the firm's «Postadresse» is the representative's, the client's address is not given.
  ['lawyer-postadresse', 'nb', truth('Solveig Hauge', [], { name: 'Knut Rasmussen', firm: 'Advokatfirmaet Rasmussen AS', address: ['Postboks 1500 Vika', '0116 Oslo'] }), ['Advokatfirmaet Rasmussen AS', 'Postadresse: Postboks 1500 Vika, 0116 Oslo', '', ...HEAD, 'Klage på vedtak om uføretrygd – Solveig Hauge', '', 'Jeg representerer Solveig Hauge og klager på hennes vegne på vedtaket av 5.09.2025. Fullmakt følger vedlagt.', '', 'Med vennlig hilsen', 'Knut Rasmussen', 'advokat']],
  // 11 A Swedish clinic's certificate: the clinic's box.
  ['sv-clinic-certificate', 'sv', truth('Anna Berglund', [], null), ['Vårdcentralen Norr', 'Box 123', '901 85 Umeå', 'Sverige', '', 'Läkarintyg', '', 'Patient: Anna Berglund', '', 'Patienten har behandlats för utmattningssyndrom sedan januari 2025 och är inte arbetsför.', '', 'Med vänlig hälsning', 'Per Lindqvist', 'specialist i allmänmedicin']],
  // 12 A Danish hospital's letter: the hospital's address, the patient named.
  ['da-hospital-letter', 'da', truth('Mette Juhl', [], null), ['Aarhus Universitetshospital', 'Palle Juul-Jensens Boulevard 99', '8200 Aarhus N', 'Danmark', '', ...HEAD, 'Vedrørende Mette Juhl', '', 'Mette Juhl har været indlagt på vores afdeling fra 2. til 19. juni 2025. Hun har bedt os bekræfte dette i forbindelse med sin klage.', '', 'Med venlig hilsen', 'Lars Bech', 'overlæge']],
  // 13 An English GP's letter: the practice's address, «Re:» the patient.
  ['en-gp-letter', 'en', truth('Ingrid Dahl', [], null), ['Riverside Medical Practice', '12 Mill Road', 'Cambridge CB1 2AD', 'United Kingdom', '', 'To whom it may concern', '', 'Re: Mrs Ingrid Dahl', '', 'Mrs Dahl has been my patient since 2018. She suffers from severe arthritis and cannot work.', '', 'Yours faithfully', 'Dr Helen Shaw', 'General Practitioner']],
  // 14 A first instance's letter: its contact person and address are the unit's.
  ['first-instance-contact', 'nb', truth('Kristian Aune', [], null), ['Nav Familie- og pensjonsytelser', '', ...HEAD, 'Oversendelse av klage – Kristian Aune', '', 'Vi sender klagen fra Kristian Aune på vedtak om kontantstøtte over til behandling. Vedtaket opprettholdes.', '', 'Kontaktperson: Lene Solberg', 'Postboks 6600 Etterstad', '0607 Oslo', '', 'Med vennlig hilsen', 'Nav Familie- og pensjonsytelser']],
  // 15 The ombud in a decision's standard words: «kan bistå», no one acts.
  ['ombud-general-can-help', 'nb', truth('Lars Tveit', [], null), ['Helfo', '', ...HEAD, 'Oversendelse av klage – Lars Tveit', '', 'Helfo oversender klagen fra Lars Tveit på vedtak om pasientreiser. Vedtaket opprettholdes.', 'Pasient- og brukerombudet kan bistå pasienter som vil klage, og Lars Tveit er orientert om dette.', '', 'Med vennlig hilsen', 'Helfo Pasientreiser', 'Nina Aas']],
  // 16 The appellant's own letter: the ombud has a copy, nothing more.
  ['ombud-copy', 'nb', truth('Marit Holm', ['Dalsvegen 2', '6800 Førde'], null), ['Marit Holm', 'Dalsvegen 2', '6800 Førde', '', ...HEAD, 'Klage på vedtak om pasientreiser', '', 'Jeg klager på avslaget på refusjon av reiseutgifter. Pasient- og brukerombudet har fått kopi av dette brevet.', '', 'Med vennlig hilsen', 'Marit Holm', '', 'Kopi: Pasient- og brukerombudet i Vestland']],
  // 17 The appellant talked with the ombud and writes herself.
  ['ombud-advised-self', 'nb', truth('Tone Rygg', [], null), [...HEAD, 'Klage', '', 'Jeg har snakket med Pasient- og brukerombudet, som sa at jeg kunne klage selv. Jeg klager derfor på vedtaket om behandling i utlandet.', '', 'Hilsen', 'Tone Rygg']],
  // 18 Nynorsk: the ombud «kan hjelpe», and has a copy.
  ['ombud-general-nn', 'nn', truth('Eldbjørg Sunde', ['Sundevegen 8', '6413 Molde'], null), ['Eldbjørg Sunde', 'Sundevegen 8', '6413 Molde', '', ...HEAD, 'Klage', '', 'Eg klagar på vedtaket om pasientreiser. I vedtaket står det at Pasient- og brukarombodet kan hjelpe meg, og ombodet har fått kopi av klaga.', '', 'Helsing', 'Eldbjørg Sunde']],
  // 19 Swedish: the patients' board has a copy.
  ['sv-board-copy', 'sv', truth('Karin Sjöberg', [], null), [...HEAD, 'Överklagande', '', 'Jag överklagar beslutet om ersättning för resor. Patientnämnden har fått en kopia av detta brev.', '', 'Med vänlig hälsning', 'Karin Sjöberg']],
  // 20 Danish: the patient ombud has a copy.
  ['da-ombud-copy', 'da', truth('Grethe Juhl', [], null), [...HEAD, 'Klage', '', 'Jeg klager over afgørelsen om behandling i Norge. Patientombuddet har fået kopi af brevet.', '', 'Med venlig hilsen', 'Grethe Juhl']],
  // 21 English: the ombudsman can assist, and has a copy.
  ['en-ombud-copy', 'en', truth('Sarah Milne', [], null), [...HEAD, 'Appeal', '', 'I appeal against the decision on my travel expenses. I was told that the Patient and User Ombudsman can assist me; the Ombudsman has received a copy of this letter.', '', 'Yours sincerely', 'Sarah Milne']],
  // 22 The ombud does act (a guard): it writes for the patient and signs.
  ['ombud-acting-guard', 'nb', truth('Arvid Moen', [], { name: 'Camilla Eide', firm: 'Pasient- og brukerombudet i Nordland', address: ['Moloveien 10', '8003 Bodø'] }), ['Pasient- og brukerombudet i Nordland', 'Moloveien 10', '8003 Bodø', '', ...HEAD, 'Klage på vegne av Arvid Moen', '', 'Pasient- og brukerombudet klager på vegne av Arvid Moen på avslaget om behandlingsreiser. Fullmakt ligger ved.', '', 'Med vennlig hilsen', 'Camilla Eide', 'rådgiver']],
  // 23 A municipality's letter saying the ombud can help: no representative.
  ['ombud-kommune-info', 'nb', truth('Helge Nordby', [], null), ['Moss kommune', 'Tildelingskontoret', '', ...HEAD, 'Oversendelse av klage – Helge Nordby', '', 'Kommunen har vurdert klagen fra Helge Nordby på vedtak om sykehjemsplass og opprettholder vedtaket. Vi har informert ham om at pasient- og brukerombudet kan bistå ham i klagesaken.', '', 'Med hilsen', 'Moss kommune', 'Ellen Vik']],
  // 24 QA's L30: a chiropractor's declaration signed with title and name.
  ['chiropractor-declaration', 'nb', truth('Hans Kolstad', [], null), [...HEAD, 'Erklæring', '', 'Hans Kolstad har vært til behandling hos meg for nakke- og skuldersmerter siden februar 2025. Han har ikke kunnet arbeide i perioden.', '', 'Kiropraktor Line Aas']],
  // 25 The appellant names her chiropractor by title in the body.
  ['chiropractor-in-body', 'nb', truth('Wenche Nymoen', ['Prestegårdsveien 14', '1606 Fredrikstad'], null), ['Wenche Nymoen', 'Prestegårdsveien 14', '1606 Fredrikstad', '', ...HEAD, 'Klage på vedtak om sykepenger', '', 'Jeg klager på vedtaket. Kiropraktor Line Aas har behandlet meg siden mars og mener jeg ikke kan jobbe ennå. Hennes erklæring ligger ved.', '', 'Med vennlig hilsen', 'Wenche Nymoen']],
  // 26 A physiotherapist's statement over the patient's name, title before name at the foot.
  ['physio-statement', 'nb', truth('Geir Sund', [], null), [...HEAD, 'Uttalelse', '', 'Pasient: Geir Sund', '', 'Pasienten har gått til fysioterapi to ganger i uken siden mai. Det er liten bedring.', '', 'Med hilsen', 'Fysioterapeut Jonas Holm']],
  // 27 A psychologist named in the appellant's letter, on a line of her own.
  ['psychologist-line', 'nb', truth('Randi Øverås', ['Nygata 9', '2317 Hamar'], null), [...HEAD, 'Klage', '', 'Jeg klager på vedtaket om arbeidsavklaringspenger. Jeg går til behandling hos', 'Psykolog Mari Lien', 'som kan bekrefte at jeg ikke er klar for arbeid.', 'Jeg bor i Nygata 9, 2317 Hamar.', '', 'Hilsen', 'Randi Øverås']],
  // 28 Nynorsk: a manual therapist's declaration.
  ['manual-therapist-nn', 'nn', truth('Olav Rygg', [], null), [...HEAD, 'Stadfesting', '', 'Olav Rygg har vore til behandling hos meg sidan januar for ryggsmerter, og kan ikkje arbeide fullt.', '', 'Helsing', 'Manuellterapeut Eirik Dale']],
  // 29 Swedish: a physiotherapist's certificate.
  ['sv-physio', 'sv', truth('Ebba Lind', [], null), [...HEAD, 'Intyg', '', 'Ebba Lind har fått behandling hos mig sedan mars 2025 för ländryggsbesvär.', '', 'Med vänlig hälsning', 'Leg. fysioterapeut Anna Ek']],
  // 30 Danish: a chiropractor named in the appellant's letter.
  ['da-chiropractor', 'da', truth('Niels Højgaard', [], null), [...HEAD, 'Klage', '', 'Jeg klager over afgørelsen om sygedagpenge. Kiropraktor Mette Holm har behandlet mig siden april og kan bekræfte min tilstand.', '', 'Med venlig hilsen', 'Niels Højgaard']],
  // 31 English: a chiropractor's letter with the clinic's address under the name.
  ['en-chiropractor-address', 'en', truth('Peter Moss', [], null), [...HEAD, 'Statement', '', 'Peter Moss has been under my care since March 2025 for lower back pain and is not able to work.', '', 'Yours faithfully', 'Chiropractor Line Aas', 'Aas Chiropractic Clinic', '14 Mill Lane', 'Cambridge CB1 2AB', 'United Kingdom']],
  // 32 A chiropractor with the clinic's address on one line in the appellant's letter.
  ['chiropractor-clinic-line', 'nb', truth('Gro Haugen', [], null), [...HEAD, 'Klage', '', 'Jeg klager på avslaget på refusjon. Jeg ble henvist til kiropraktor Line Aas, Aas Kiropraktikk, Kirkegata 5, 3611 Kongsberg, av fastlegen min.', '', 'Med hilsen', 'Gro Haugen']],
  // 33 The appellant writes again: the first letter had no address, this one gives it.
  ['writes-again-address', 'nb', truth('Kjell Brekke', ['Skolegata 4', '3611 Kongsberg'], null), [...HEAD, 'Ettersending til klage av 3.09.2025', '', 'Jeg sendte en klage på vedtaket om dagpenger 3.09.2025, men glemte å skrive adressen min.', 'Adressen min er Skolegata 4, 3611 Kongsberg.', '', 'Med vennlig hilsen', 'Kjell Brekke']],
  // 34 Writes again in nynorsk, address in the head.
  ['writes-again-head-nn', 'nn', truth('Brita Fosse', ['Rosenvegen 11', '5806 Bergen'], null), ['Brita Fosse', 'Rosenvegen 11', '5806 Bergen', '', ...HEAD, 'Tillegg til klaga mi', '', 'Eg sende klage på vedtaket om omsorgsstønad for to veker sidan. Her er adressa mi, så de kan svare meg.', '', 'Helsing', 'Brita Fosse']],
  // 35 Writes again in Swedish, address under the signature.
  ['sv-writes-again', 'sv', truth('Isak Lund', ['Storgatan 4', '411 38 Göteborg', 'Sverige'], null), [...HEAD, 'Komplettering av överklagande', '', 'Jag skickade ett överklagande i september utan min adress. Svar kan skickas hit.', '', 'Med vänlig hälsning', 'Isak Lund', 'Storgatan 4', '411 38 Göteborg', 'Sverige']],
  // 36 Writes again in Danish, address in a sentence.
  ['da-writes-again', 'da', truth('Lone Brixen', ['Møllevej 7', '4000 Roskilde', 'Danmark'], null), [...HEAD, 'Supplement til min klage', '', 'Jeg glemte at skrive min adresse i klagen. Min adresse er Møllevej 7, 4000 Roskilde, Danmark.', '', 'Med venlig hilsen', 'Lone Brixen']],
  // 37 Writes again in English, address in the head.
  ['en-writes-again', 'en', truth('Karen Olsen Miller', ['4512 Lakeview Drive', 'Minneapolis, MN 55410', 'USA'], null), ['Karen Olsen Miller', '4512 Lakeview Drive', 'Minneapolis, MN 55410', 'USA', '', ...HEAD, 'My appeal of 2 September 2025', '', 'I sent my appeal without my address. Please send your answer to the address above.', '', 'Sincerely,', 'Karen Olsen Miller']],
  // 38 A Nav transfer whose unit signs with a «Postadresse» and a contact line; the appellant's lawyer named in the text.
  ['nav-transfer-lawyer-named', 'nb', truth('Hassan Ali', [], { name: 'Kristian Nordby' }), ['Nav Arbeid og ytelser Skien', '', ...HEAD, 'Oversendelse av klage – Hassan Ali', '', 'Advokat Kristian Nordby har klaget på vegne av Hassan Ali på vedtaket om uføretrygd. Nav opprettholder vedtaket og sender saken over.', '', 'Med vennlig hilsen', 'Ingrid Lunde', 'Nav Arbeid og ytelser Skien', 'Postadresse: Postboks 2533, 3702 Skien']],
  // 39 A care home's letter with its own address: the resident's «home» is the care home only if the letter says so.
  ['care-home-own-letter', 'nb', truth('Astrid Moe', [], null), ['Solbakken sykehjem', 'Postadresse: Postboks 44, 3502 Hønefoss', '', ...HEAD, 'Vedrørende Astrid Moe', '', 'Vi bekrefter at Astrid Moe har fått hjelp av oss til å fylle ut klageskjemaet. Hun ønsker at klagen behandles.', '', 'Med vennlig hilsen', 'Solbakken sykehjem', 'Marte Dahl', 'avdelingsleder']],
  // 40 An employer's letter in English from a Norwegian branch: the company's address.
  ['en-employer', 'en', truth('Tomasz Nowak', [], null), ['Nordic Offshore AS', 'Postboks 300', '4001 Stavanger', '', ...HEAD, 'Confirmation of employment – Tomasz Nowak', '', 'We confirm that Tomasz Nowak has been employed by us as a welder since 2021, and that he was on sick leave from May to August 2025.', '', 'Kind regards', 'Nordic Offshore AS', 'Hilde Pedersen', 'HR manager']],
  // 41 A Nav transfer: «Gjelder:» names the appellant, the unit's «Postadresse» on the next line (QA's L08, as a field pair).
  ['nav-gjelder-postadresse', 'nb', truth('Arne Kvalheim', [], null), ['Nav Kristiansand', '', ...HEAD, 'Gjelder: Arne Kvalheim', 'Postadresse: Postboks 4100, 4604 Kristiansand S', '', 'Oversendelse av klage. Nav har vurdert klagen og opprettholder vedtaket om arbeidsavklaringspenger.', '', 'Med vennlig hilsen', 'Siv Hansen', 'saksbehandler']],
  // 42 A Nav transfer as fields: the appellant's name and id, then the sender's «Avsender» and «Postadresse».
  ['nav-fields-avsender', 'nb', truth('Geir Olsrud', [], null), ['Nav Arbeid og ytelser', '', ...HEAD, 'Oversendelse av klage', 'Navn: Geir Olsrud', 'Fnr: 17848323020', '', 'Avsender: Nav Arbeid og ytelser Kristiansand', 'Postadresse: Postboks 4100, 4604 Kristiansand S', '', 'Vi oversender klagen på vedtaket om sykepenger.']],
  // 43 A Nav transfer: the appellant's name on its own line, the unit's «Postadresse» under it.
  ['nav-name-line-postadresse', 'nb', truth('Mona Hellesøy', [], null), ['Nav Bergenhus', '', ...HEAD, 'Oversendelse av klage', '', 'Mona Hellesøy', 'Postadresse: Postboks 7800, 5020 Bergen', '', 'Vi oversender klagen fra Mona Hellesøy på vedtaket om dagpenger. Vedtaket opprettholdes.', '', 'Hilsen', 'Nav Bergenhus']],
  // 44 Nynorsk: «Gjeld:» the appellant, the unit's «Postadresse» under it.
  ['nav-gjeld-postadresse-nn', 'nn', truth('Sigrun Dale', [], null), ['Nav Vestland', '', ...HEAD, 'Gjeld: Sigrun Dale', 'Postadresse: Postboks 7800, 5020 Bergen', '', 'Oversending av klage. Nav held fast på vedtaket om uføretrygd.', '', 'Venleg helsing', 'Jorunn Vik']],
  // 45 Helfo as fields: «Navn:» the appellant, Helfo's «Postadresse» under it.
  ['helfo-fields', 'nb', truth('Ivar Lunde', [], null), ['Helfo Tannhelse', '', ...HEAD, 'Oversendelse av klage', 'Navn: Ivar Lunde', 'Postadresse: Postboks 2415, 3104 Tønsberg', '', 'Helfo oversender klagen og opprettholder vedtaket.', '', 'Med vennlig hilsen', 'Kari Myhre']],
  // 46 A guard: the appellant's own form with her own post box.
  ['own-form-post-box', 'nb', truth('Kari Nilsen', ['Postboks 55', '2301 Hamar'], null), [...HEAD, 'Klage', '', 'Navn: Kari Nilsen', 'Postadresse: Postboks 55, 2301 Hamar', '', 'Jeg klager på vedtaket om bostøtte.', '', 'Hilsen', 'Kari Nilsen']],
  // 47 QA's L30 with the clinic's address: a chiropractor's declaration signed with title, name and address.
  ['chiropractor-signed-address', 'nb', truth('Hans Kolstad', [], null), [...HEAD, 'Erklæring', '', 'Hans Kolstad har vært til behandling hos meg siden februar 2025, og kan ikke løfte tungt.', '', 'Med vennlig hilsen', 'Kiropraktor Line Aas', 'Storgata 3', '3611 Kongsberg']],
  // 48 A chiropractor's head with title, name and address; the patient named in the subject.
  ['chiropractor-head', 'nb', truth('Hans Kolstad', [], null), ['Kiropraktor Line Aas', 'Storgata 3', '3611 Kongsberg', '', ...HEAD, 'Erklæring om Hans Kolstad', '', 'Hans Kolstad har vært til behandling hos meg siden februar 2025.', '', 'Line Aas']],
  // 49 Swedish: a chiropractor's head.
  ['sv-chiropractor-head', 'sv', truth('Johan Nyberg', [], null), ['Leg. kiropraktor Eva Lind', 'Storgatan 4', '411 38 Göteborg', 'Sverige', '', ...HEAD, 'Intyg – Johan Nyberg', '', 'Johan Nyberg har behandlats hos mig sedan april 2025 för nackbesvär.', '', 'Eva Lind']],
  // 50 Danish: a physiotherapist signs with title, name and the clinic's address.
  ['da-physio-signed-address', 'da', truth('Morten Lykke', [], null), [...HEAD, 'Erklæring', '', 'Morten Lykke har været i behandling hos mig siden maj 2025 for skulderskade.', '', 'Med venlig hilsen', 'Fysioterapeut Mette Holm', 'Vestergade 12', '8000 Aarhus C', 'Danmark']],
  // 51 English: a chiropractor's head with title and name.
  ['en-chiropractor-head', 'en', truth('Peter Moss', [], null), ['Chiropractor Line Aas', '14 Mill Lane', 'Cambridge CB1 2AB', 'United Kingdom', '', ...HEAD, 'Statement regarding Peter Moss', '', 'Peter Moss has been under my care since March 2025.', '', 'Line Aas']],
  // 52 Nynorsk: a physiotherapist signs with title, name and address.
  ['nn-physio-signed-address', 'nn', truth('Olav Rygg', [], null), [...HEAD, 'Stadfesting', '', 'Olav Rygg har vore til behandling hos meg sidan januar.', '', 'Helsing', 'Fysioterapeut Jonas Holm', 'Hamnevegen 8', '6900 Florø']],
  // 53 The ombud's address as a copy block under the appellant's signature.
  ['ombud-copy-block', 'nb', truth('Tone Rygg', [], null), [...HEAD, 'Klage', '', 'Jeg klager på vedtaket om pasientreiser.', '', 'Hilsen', 'Tone Rygg', '', 'Kopi:', 'Pasient- og brukerombudet i Oslo og Akershus', 'Postboks 123 Sentrum', '0102 Oslo']],
  // 54 English: a copy to the ombud with its address.
  ['en-ombud-cc-address', 'en', truth('Thomas Berg', [], null), [...HEAD, 'Appeal', '', 'I appeal against the decision on my pension.', '', 'Yours sincerely', 'Thomas Berg', '', 'cc: Patient and User Ombudsman, Postboks 123 Sentrum, 0102 Oslo']],
  // 55 A GP signs with title, name and the practice's address; the patient named in the text.
  ['gp-signed-practice', 'nb', truth('Lars Tveit', [], null), [...HEAD, 'Legeerklæring', '', 'Lars Tveit er min pasient og kan ikke arbeide på grunn av ryggsmerter.', '', 'Med vennlig hilsen', 'Fastlege Eirik Solheim', 'Storgata legesenter', 'Storgata 12', '2317 Hamar']],
  // 56 A psychologist's head with title, name and address.
  ['psychologist-head', 'nb', truth('Randi Øverås', [], null), ['Psykolog Mari Lien', 'Kirkegata 5', '3611 Kongsberg', '', ...HEAD, 'Uttalelse om Randi Øverås', '', 'Randi Øverås har gått til samtaler hos meg siden 2024.', '', 'Mari Lien', 'psykologspesialist']],
  // 57 A guard: a chiropractor appeals for herself, her practice's address under her own head.
  ['chiropractor-own-appeal', 'nb', truth('Line Aas', ['Storgata 3', '3611 Kongsberg'], null), ['Line Aas', 'Storgata 3', '3611 Kongsberg', '', ...HEAD, 'Klage på vedtak om tilbakekreving', '', 'Jeg klager på Helfos vedtak om å kreve tilbake refusjon som er utbetalt til meg.', '', 'Med vennlig hilsen', 'Line Aas']],
];

/** Every third letter is held out (scored once, at the end of a session): the others are the development two thirds. */
export const isHeldOut = (id: string): boolean => Number(id.slice(-2)) % 3 === 0;

/** The slice's letters, in a fixed order: hand-written, so no seed and no count. */
export function session18Letters(): Session18Letter[] {
  return letters.map(([style, language, t, lines], i) => ({ id: `s18-${String(i + 1).padStart(2, '0')}`, style: `${language} ${style}`, text: lines.join('\n'), truth: t }));
}
