import type { PartiesTruth } from './letter-heads.ts';
import { APPEALS_BODY_HEAD } from './common.ts';

/**
 * A fifteenth slice of the party reader (issue #16, session 16): **address traps and letters that give no address**,
 * written by hand with the truth first, before any rule was changed for it, without reading any unseen letter.
 * Every letter names some address that is not the appellant's postal address — the GP's, a hospital's, a lawyer's the
 * appellant does not use, Nav's unit, a relative's, a former address, the appeals body's own, an employer's, a street in
 * a sentence about something that happened there — and most give no address of the appellant's at all: the right answer
 * is none (the acknowledgement is held for an archivist), and any address given is wrong. A few give the appellant's
 * own address as well, so that the trap must not win over it. Bokmål, nynorsk, Swedish, Danish and English.
 *
 * Names, streets and sentences are the slice's own; Norwegian postcodes are Posten's; national ids are synthetic
 * (birth month + 80, valid check digits).
 */
export interface TrapLetter {
  id: string;
  style: string;
  text: string;
  truth: PartiesTruth;
}

const none = (name: string): PartiesTruth => ({ appellant: { name, address: [] }, representative: null, firstInstance: null });
const own = (name: string, address: string[]): PartiesTruth => ({ appellant: { name, address }, representative: null, firstInstance: null });
const HEAD = [...APPEALS_BODY_HEAD, ''];

const letters: [style: string, truth: PartiesTruth, lines: string[]][] = [
  ['gp-in-body', none('Berit Lie'), [...HEAD, 'Klage på vedtak om arbeidsavklaringspenger', '', 'Jeg klager på vedtaket fra Nav datert 3.02.2025.', 'Fastlegen min, dr. Eirik Solheim ved Solsiden legesenter, Storgata 12, 2317 Hamar, kan bekrefte at jeg ikke kan jobbe.', '', 'Med vennlig hilsen', 'Berit Lie']],
  ['gp-own-line', none('Arild Næss'), [...HEAD, 'Klage', '', 'Jeg er uenig i avslaget på grunnstønad. Spør gjerne legen min:', 'Dr. Hanne Vik', 'Sentrum legekontor', 'Kirkegata 5', '3611 Kongsberg', '', 'Hilsen', 'Arild Næss']],
  ['hospital-admitted', none('Sissel Aune'), [...HEAD, 'Klage på vedtak', '', 'Jeg var innlagt ved Sykehuset Innlandet Gjøvik, Kyrre Grepps gate 11, 2819 Gjøvik, fra 4. til 20. mars.', 'Derfor kunne jeg ikke sende meldekort i tide. Jeg ber om at vedtaket blir endret.', '', 'Med vennlig hilsen', 'Sissel Aune']],
  ['hospital-label', none('Torbjørn Eik'), [...HEAD, 'Klage – pasientreiser', '', 'Innlagt på: St. Olavs hospital, Prinsesse Kristinas gate 3, 7030 Trondheim', 'Jeg fikk avslag på refusjon av reisen dit, og klager på det.', '', 'Mvh', 'Torbjørn Eik']],
  ['lawyer-not-used', none('Gro Haugen'), [...HEAD, 'Klage', '', 'Jeg snakket med advokat Frode Lund, Advokatfirmaet Lund, Postboks 33 Sentrum, 0101 Oslo, men han fører ikke saken for meg. Jeg klager selv.', 'Vedtaket om uføretrygd er feil.', '', 'Med hilsen', 'Gro Haugen']],
  ['nav-unit-address', none('Kjell Brekke'), [...HEAD, 'Klage på vedtak', '', 'Vedtaket kom fra Nav Hamar, Postboks 123, 2303 Hamar, og er datert 10.01.2025.', 'Jeg mener jeg har rett på dagpenger.', '', 'Vennlig hilsen', 'Kjell Brekke']],
  ['nav-recipient-head', none('Per Olsen'), ['Nav Klageinstans Sør', 'Postboks 2533', '3702 Skien', '', 'Klage på vedtak om sykepenger', '', 'Jeg klager på vedtaket av 12.03.2025. Jeg var syk hele perioden.', '', 'Med vennlig hilsen', 'Per Olsen']],
  ['relative-lives', none('Astrid Nes'), [...HEAD, 'Klage', '', 'Jeg klager på vedtaket om hjemmesykepleie.', 'Datteren min bor i Skolegata 4, 3611 Kongsberg, og kan ikke komme hver dag.', '', 'Med vennlig hilsen', 'Astrid Nes']],
  ['former-address-only', none('Ivar Tangen'), [...HEAD, 'Klage på avslag', '', 'Jeg bodde tidligere i Fjellveien 3, 5003 Bergen, og brevene deres kom dit.', 'Jeg klager på avslaget på bostøtte.', '', 'Hilsen', 'Ivar Tangen']],
  ['former-address-label', none('Unni Rasmussen'), [...HEAD, 'Klage', '', 'Navn: Unni Rasmussen', 'Tidligere adresse: Løkkeveien 9, 4001 Stavanger', '', 'Jeg klager på vedtaket om tannbehandling fra Helfo.', '', 'Unni Rasmussen']],
  ['former-beside-head', own('Hallvard Moe', ['Engveien 14', '1415 Oppegård']), ['Hallvard Moe', 'Engveien 14', '1415 Oppegård', '', ...HEAD, 'Klage', '', 'Vedtaket ble sendt til min gamle adresse, Storgata 40, 8006 Bodø, og jeg fikk det for sent.', 'Jeg ber om at klagen likevel blir behandlet.', '', 'Med vennlig hilsen', 'Hallvard Moe']],
  ['body-street-signature-place', none('Liv Andersen'), [...HEAD, 'Klage på yrkesskadevedtak', '', 'Jeg falt på isen i Kirkegata 20 utenfor butikken der jeg jobbet.', 'Det var en yrkesskade og ikke en fritidsulykke.', '', 'Med vennlig hilsen', 'Liv Andersen', '2000 Lillestrøm']],
  ['employer-line', none('Rune Dahl'), [...HEAD, 'Klage', '', 'Arbeidsgiver: Bygg og Montasje AS, Industriveien 5, 1400 Ski', 'Jeg klager på vedtaket om sykepenger. Arbeidsgiveren har bekreftet fraværet.', '', 'Mvh Rune Dahl']],
  ['appeals-body-in-body', none('Eva Solberg'), ['Klage', '', 'Jeg sender denne klagen til dere på Postboks 6355 Etterstad, 0604 Oslo, som Nav skrev i vedtaket.', 'Jeg er uenig i at jeg ikke får pleiepenger.', '', 'Med vennlig hilsen', 'Eva Solberg']],
  ['copy-to-lawyer', own('Tove Lunde', ['Birkeveien 7', '3015 Drammen']), ['Tove Lunde', 'Birkeveien 7', '3015 Drammen', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om arbeidsavklaringspenger.', '', 'Med vennlig hilsen', 'Tove Lunde', '', 'Kopi: advokat Jan Ruud, Kongens gate 9, 7011 Trondheim']],
  ['gp-after-own-head', own('Marit Holm', ['Dalsvegen 2', '6800 Førde']), ['Marit Holm', 'Dalsvegen 2', '6800 Førde', '', ...HEAD, 'Klage', '', 'Eg klagar på vedtaket. Fastlegen min held til i Hamnevegen 8, 6900 Florø, og kan stadfeste det eg skriv.', '', 'Helsing', 'Marit Holm']],
  ['nn-moved-from', none('Olav Rygg'), [...HEAD, 'Klage', '', 'Eg har flytta frå Tunvegen 3, 6800 Førde, og veit ikkje kor brevet dykkar vart av.', 'Eg klagar på vedtaket om bustønad.', '', 'Helsing', 'Olav Rygg']],
  ['nn-son-address', none('Brita Fosse'), [...HEAD, 'Klage', '', 'Eg klagar på vedtaket om omsorgsstønad. Sonen min bur i Rosenvegen 11, 5806 Bergen, og hjelper meg med handling.', '', 'Venleg helsing', 'Brita Fosse']],
  ['sv-clinic', none('Karin Sjöberg'), [...HEAD, 'Överklagande', '', 'Jag överklagar beslutet om sjukpenning.', 'Min läkare på Vårdcentralen Väster, Storgatan 4, 411 38 Göteborg, Sverige, kan intyga min sjukdom.', '', 'Med vänlig hälsning', 'Karin Sjöberg']],
  ['da-son', none('Grethe Juhl'), [...HEAD, 'Klage', '', 'Jeg klager over afgørelsen om hjælpemidler.', 'Min søn bor på Vestergade 12, 8000 Aarhus C, Danmark, og kan ikke hjælpe mig hver dag.', '', 'Med venlig hilsen', 'Grethe Juhl']],
  ['en-gp', none('Sarah Milne'), [...HEAD, 'Appeal', '', 'I appeal against the decision on my disability benefit.', 'My GP, Dr Alan Reid at 14 Mill Lane, Cambridge CB1 2AB, United Kingdom, can confirm my condition.', '', 'Yours sincerely', 'Sarah Milne']],
  ['en-former', none('Thomas Berg'), [...HEAD, 'Appeal', '', 'I used to live at Storgata 40, 8006 Bodø, but I moved abroad last year.', 'I appeal against the decision to stop my pension.', '', 'Kind regards', 'Thomas Berg']],
  ['abroad-no-country', none('Ola Strand'), ['Ola Strand', 'Avenida del Mar 14', '', ...HEAD, 'Klage', '', 'Jeg bor i Spania og klager på vedtaket om alderspensjon.', '', 'Med vennlig hilsen', 'Ola Strand']],
  ['abroad-own', own('Nina Krog', ['Avenida del Mar 14', '03590 Altea', 'Spania']), ['Nina Krog', 'Avenida del Mar 14', '03590 Altea', 'Spania', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om alderspensjon. Min gamle adresse i Norge, Storgata 1, 0150 Oslo, er ikke lenger i bruk.', '', 'Med vennlig hilsen', 'Nina Krog']],
  ['id-and-gp', none('Jorunn Teigen'), [...HEAD, 'Klage', '', 'Klager: Jorunn Teigen, f.nr. 07906745334', '', 'Jeg klager på avslaget. Legeerklæring fra Bryn legesenter, Østensjøveien 36, 0667 Oslo, følger.', '', 'Med vennlig hilsen', 'Jorunn Teigen']],
  ['care-home-visit', none('Kåre Grimstad'), [...HEAD, 'Klage', '', 'Jeg klager på vedtaket om plass. Min kone er på Strandly sykehjem, Strandveien 8, 9008 Tromsø, og jeg besøker henne hver dag.', '', 'Hilsen', 'Kåre Grimstad']],
  ['employer-letterhead', none('Geir Sund'), ['Bygg og Montasje AS', 'Industriveien 5', '1400 Ski', '', ...HEAD, 'Klage på vedtak om sykepenger', '', 'Jeg skriver dette på jobben. Jeg klager på vedtaket fra Nav av 4.04.2025.', '', 'Med vennlig hilsen', 'Geir Sund']],
  ['contact-relative-line', none('Solveig Rønning'), [...HEAD, 'Klage', '', 'Navn: Solveig Rønning', 'Kontaktperson: Tor Rønning, Nordre gate 7, 7011 Trondheim', '', 'Jeg klager på vedtaket om hjelpemidler.', '', 'Solveig Rønning']],
  ['fastlege-field', none('Petter Alstad'), [...HEAD, 'Klage', '', 'Navn: Petter Alstad', 'Fastlege: Kari Vik, Storgata 1, 0150 Oslo', '', 'Jeg klager på vedtaket om arbeidsavklaringspenger.', '', 'Petter Alstad']],
  ['from-to-nav', none('Hoang Pham'), ['Fra: Hoang Pham', 'Til: Nav Hamar, Postboks 123, 2303 Hamar', '', 'Klage på vedtak', '', 'Jeg klager på vedtaket om dagpenger.', '', 'Hilsen Hoang Pham']],
  ['sent-to-old-address', own('Vibeke Iversen', ['Gartnerveien 3', '4631 Kristiansand S']), ['Vibeke Iversen', 'Gartnerveien 3', '4631 Kristiansand S', '', ...HEAD, 'Klage', '', 'Vedtaket ble sendt til:', 'Vibeke Iversen', 'Skolegata 12', '1850 Mysen', 'Der bor jeg ikke lenger. Jeg klager på vedtaket.', '', 'Med vennlig hilsen', 'Vibeke Iversen']],
  ['nurse-signature-workplace', none('Lisbeth Myhre'), [...HEAD, 'Klage', '', 'Jeg klager på vedtaket om mine sykepenger.', '', 'Med vennlig hilsen', 'Lisbeth Myhre', 'Sykepleier', 'Haukeland universitetssjukehus', 'Jonas Lies vei 65', '5021 Bergen']],
  ['pårørende-block-end', none('Eilert Kvalvik'), [...HEAD, 'Klage', '', 'Jeg klager på vedtaket om omsorgslønn.', '', 'Med vennlig hilsen', 'Eilert Kvalvik', '', 'Pårørende:', 'Dagny Kvalvik', 'Skolegata 12', '1850 Mysen']],
  ['reply-daughter-en', none('Frøydis Nesje'), [...HEAD, 'Appeal', '', 'I appeal against the decision on my pension.', 'My daughter helps me read post. She lives at:', 'Kari Nesje', '3 High Street', 'Bath BA1 1AA', 'United Kingdom', '', 'Yours sincerely', 'Frøydis Nesje']],
  ['neighbour-block-sv', none('Isak Lund'), [...HEAD, 'Överklagande', '', 'Jag överklagar beslutet. Min granne hjälper mig, hans adress är:', 'Sven Holm', 'Storgatan 4', '411 38 Göteborg', 'Sverige', '', 'Med vänlig hälsning', 'Isak Lund']],
  ['moved-nb', own('Halvor Bakke', ['Tunvegen 3', '6800 Førde']), ['Halvor Bakke', 'Engveien 14', '1415 Oppegård', '', ...HEAD, 'Klage', '', 'Jeg har flyttet til Tunvegen 3, 6800 Førde, og klager på vedtaket om bostøtte.', '', 'Med vennlig hilsen', 'Halvor Bakke']],
  ['moved-sv', own('Ebba Lind', ['Kungsgatan 2', '753 21 Uppsala', 'Sverige']), ['Ebba Lind', 'Storgata 1', '0150 Oslo', '', ...HEAD, 'Överklagande', '', 'Jag har flyttat till Kungsgatan 2, 753 21 Uppsala, Sverige. Jag överklagar beslutet om pension.', '', 'Med vänlig hälsning', 'Ebba Lind']],
  ['moved-en', own('Peter Moss', ['14 Mill Lane', 'Cambridge CB1 2AB', 'United Kingdom']), ['Peter Moss', 'Kirkegata 5', '3611 Kongsberg', '', ...HEAD, 'Appeal', '', 'I have moved to 14 Mill Lane, Cambridge CB1 2AB, United Kingdom. I appeal against the decision on my pension.', '', 'Yours sincerely', 'Peter Moss']],
  ['daughter-head-third-person', { appellant: { name: 'Hallvard Moe', address: [] }, representative: { name: 'Kari Moe', firm: null, address: ['Skolegata 4', '3611 Kongsberg'] }, firstInstance: null }, ['Kari Moe', 'Skolegata 4', '3611 Kongsberg', '', ...HEAD, 'Klage på vedtak om hjemmehjelp til Hallvard Moe', '', 'Far min fikk avslag på hjemmehjelp. Det er feil, han klarer seg ikke alene.', '', 'Med vennlig hilsen', 'Kari Moe']],
];

/** The slice's letters, in a fixed order: hand-written, so no seed and no count. */
export function addressTrapLetters(): TrapLetter[] {
  return letters.map(([style, truth, lines], i) => ({ id: `trap16-${String(i + 1).padStart(2, '0')}`, style, text: lines.join('\n'), truth }));
}
