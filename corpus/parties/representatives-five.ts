import type { PartiesTruth } from './letter-heads.ts';
import { APPEALS_BODY_HEAD } from './common.ts';

/**
 * A sixteenth slice of the party reader (issue #16, session 16): **representatives in the five languages the product
 * reads**, written by hand with the truth first, before any rule was changed for it, without reading any unseen letter:
 * a lawyer with firm and address (nb, nn, sv, da, en), a union's jurist, a relative with a fullmakt enclosed or written
 * out below the body, «v/» after the appellant's name, a «fullmektig» who signs, «på vegne av / på vegner av / på uppdrag
 * av / på vegne af / on behalf of», a Swedish «god man», and letters that name a lawyer or a relative who is **not** a
 * representative (the appellant writes and says so). A representative's truth has the name, the firm and the address
 * the letter gives them; the appellant's address is the one the letter gives the appellant (often none).
 *
 * Names, firms, streets and sentences are the slice's own; Norwegian postcodes are Posten's; national ids are
 * synthetic (birth month + 80, valid check digits).
 */
export interface RepresentativeLetter {
  id: string;
  style: string;
  text: string;
  truth: PartiesTruth;
}

type Rep = { name: string; firm?: string; address?: string[] };
const truth = (appellant: string, address: string[], rep: Rep | null): PartiesTruth => ({
  appellant: { name: appellant, address },
  representative: rep ? { name: rep.name, firm: rep.firm ?? null, address: rep.address ?? [] } : null,
  firstInstance: null,
});
const HEAD = [...APPEALS_BODY_HEAD, ''];

const letters: [style: string, language: string, truth: PartiesTruth, lines: string[]][] = [
  ['lawyer-firm-head', 'nb', truth('Anne Dahl', [], { name: 'Trond Berg', firm: 'Advokatfirmaet Berg & Sæther AS', address: ['Postboks 1400 Vika', '0115 Oslo'] }), ['Advokatfirmaet Berg & Sæther AS', 'Postboks 1400 Vika', '0115 Oslo', '', ...HEAD, 'Klage på vedtak om uføretrygd – vår klient Anne Dahl', '', 'Vi representerer Anne Dahl i saken og klager på vedtaket fra Nav av 3.03.2025. Fullmakt følger vedlagt.', '', 'Med vennlig hilsen', 'Advokatfirmaet Berg & Sæther AS', '', 'Trond Berg', 'advokat']],
  ['lawyer-nn', 'nn', truth('Sigrid Rød', [], { name: 'Nils Vik', firm: 'Advokatkontoret Vik AS', address: ['Hamnevegen 8', '6900 Florø'] }), ['Advokatkontoret Vik AS', 'Hamnevegen 8', '6900 Florø', '', ...HEAD, 'Klage – Sigrid Rød', '', 'Eg representerer klagaren, Sigrid Rød, og klagar på vedtaket om arbeidsavklaringspengar.', '', 'Venleg helsing', 'Nils Vik', 'advokat']],
  ['lawyer-sv', 'sv', truth('Karin Berg', [], { name: 'Anders Lind', firm: 'Advokatbyrån Lind AB', address: ['Box 123', '111 22 Stockholm', 'Sverige'] }), ['Advokatbyrån Lind AB', 'Box 123', '111 22 Stockholm', 'Sverige', '', ...HEAD, 'Överklagande – Karin Berg', '', 'Jag är ombud för Karin Berg och överklagar beslutet om sjukpenning. Fullmakt bifogas.', '', 'Med vänlig hälsning', 'Anders Lind', 'advokat']],
  ['lawyer-da', 'da', truth('Søren Dam', [], { name: 'Mette Juhl', firm: 'Advokatfirmaet Juhl', address: ['Vestergade 10', '8000 Aarhus C', 'Danmark'] }), ['Advokatfirmaet Juhl', 'Vestergade 10', '8000 Aarhus C', 'Danmark', '', ...HEAD, 'Klage på vegne af Søren Dam', '', 'Vi repræsenterer Søren Dam og klager over afgørelsen om invalidepension. Fuldmagt vedlægges.', '', 'Med venlig hilsen', 'Mette Juhl', 'advokat']],
  ['solicitor-en', 'en', truth('Astrid Nilsen', [], { name: 'James Harper', firm: 'Harper & Cole Solicitors', address: ['14 Mill Lane', 'Cambridge', 'CB1 2AB', 'United Kingdom'] }), ['Harper & Cole Solicitors', '14 Mill Lane', 'Cambridge', 'CB1 2AB', 'United Kingdom', '', ...HEAD, 'Appeal – Mrs Astrid Nilsen', '', 'We act for Mrs Astrid Nilsen and appeal against the decision on her old-age pension. Her signed authority is enclosed.', '', 'Yours faithfully', 'James Harper', 'Solicitor']],
  ['union-jurist', 'nb', truth('Hilde Strand', [], { name: 'Kari Bø', firm: 'Fagforbundet', address: ['Postboks 7003 St. Olavs plass', '0130 Oslo'] }), ['Fagforbundet', 'Juridisk avdeling', 'Postboks 7003 St. Olavs plass', '0130 Oslo', '', ...HEAD, 'Klage på vedtak – Hilde Strand', '', 'Vi representerer vårt medlem Hilde Strand og klager på vedtaket om sykepenger. Fullmakt er vedlagt.', '', 'Med vennlig hilsen', 'Kari Bø', 'forbundsjurist']],
  ['daughter-nn-fullmakt', 'nn', truth('Ragna Hauge', ['Tunvegen 3', '6800 Førde'], { name: 'Oddvar Hauge', address: ['Fjellvegen 2', '6900 Florø'] }), ['Oddvar Hauge', 'Fjellvegen 2', '6900 Florø', '', ...HEAD, 'Klage', '', 'Eg skriv på vegner av mor mi, Ragna Hauge, Tunvegen 3, 6800 Førde. Ho fekk avslag på heimesjukepleie. Fullmakt ligg ved.', '', 'Helsing', 'Oddvar Hauge']],
  ['son-sv', 'sv', truth('Bengt Ek', [], { name: 'Lena Ek', address: ['Storgatan 4', '411 38 Göteborg', 'Sverige'] }), ['Lena Ek', 'Storgatan 4', '411 38 Göteborg', 'Sverige', '', ...HEAD, 'Överklagande', '', 'Jag skriver på uppdrag av min far, Bengt Ek. Han fick avslag på sin ansökan. Fullmakt bifogas.', '', 'Med vänlig hälsning', 'Lena Ek']],
  ['son-da', 'da', truth('Grethe Holm', [], { name: 'Lars Holm', address: ['Fynsvej 8', '5700 Svendborg', 'Danmark'] }), ['Lars Holm', 'Fynsvej 8', '5700 Svendborg', 'Danmark', '', ...HEAD, 'Klage', '', 'Jeg skriver på vegne af min mor, Grethe Holm. Hun fik afslag på sin ansøgning. Fuldmagt vedlagt.', '', 'Med venlig hilsen', 'Lars Holm']],
  ['son-en', 'en', truth('Solveig Lunde', ['Birkeveien 3', '1415 Oppegård'], { name: 'Erik Lunde' }), [...HEAD, 'Appeal', '', 'I am writing on behalf of my mother, Solveig Lunde, of Birkeveien 3, 1415 Oppegård. She was refused home care. A signed power of attorney is enclosed.', '', 'Yours sincerely', 'Erik Lunde']],
  ['v-slash-lawyer', 'nb', truth('Mari Lien', [], { name: 'Per Sand', firm: 'Advokatfirmaet Sand', address: ['Storgata 40', '8006 Bodø'] }), [...HEAD, 'Klage', '', 'Klager: Mari Lien v/ advokat Per Sand, Advokatfirmaet Sand, Storgata 40, 8006 Bodø', '', 'Det klages på vedtaket om grunnstønad.', '', 'Med vennlig hilsen', 'Per Sand', 'advokat']],
  ['fullmektig-signs', 'nb', truth('Jon Moen', [], { name: 'Ola Moen', address: ['Løkkeveien 9', '4001 Stavanger'] }), ['Ola Moen', 'Løkkeveien 9', '4001 Stavanger', '', ...HEAD, 'Klage på vedtak om arbeidsavklaringspenger for Jon Moen, f.nr. 11827347126', '', 'Jon Moen klager på vedtaket av 2.02.2025. Han har ikke fått vurdert sin helse.', '', 'Med vennlig hilsen', 'Ola Moen', 'fullmektig']],
  ['fullmakt-below', 'nb', truth('Inger Vik', [], { name: 'Tor Vik', address: ['Skolegata 12', '1850 Mysen'] }), ['Tor Vik', 'Skolegata 12', '1850 Mysen', '', ...HEAD, 'Klage', '', 'Jeg klager for min tante Inger Vik på vedtaket om hjemmehjelp.', '', 'Med vennlig hilsen', 'Tor Vik', '', 'FULLMAKT', 'Jeg, Inger Vik, gir herved min nevø Tor Vik fullmakt til å føre klagesaken for meg.', 'Inger Vik']],
  ['own-head-fullmakt', 'nb', truth('Ragnhild Berg', ['Gartnerveien 3', '4631 Kristiansand S'], { name: 'Svein Berg' }), ['Ragnhild Berg', 'Gartnerveien 3', '4631 Kristiansand S', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om omsorgsstønad. Jeg gir min sønn Svein Berg fullmakt til å føre saken for meg.', '', 'Med vennlig hilsen', 'Ragnhild Berg']],
  ['god-man-sv', 'sv', truth('Olle Sjöberg', [], { name: 'Maria Sand', address: ['Kungsgatan 2', '753 21 Uppsala', 'Sverige'] }), ['Maria Sand', 'Kungsgatan 2', '753 21 Uppsala', 'Sverige', '', ...HEAD, 'Överklagande', '', 'Jag är god man för Olle Sjöberg och överklagar beslutet om hans pension på hans vägnar.', '', 'Med vänlig hälsning', 'Maria Sand', 'god man']],
  ['union-da', 'da', truth('Jens Kvist', [], { name: 'Bo Madsen', firm: '3F', address: ['Kampmannsgade 4', '1790 København V', 'Danmark'] }), ['3F', 'Kampmannsgade 4', '1790 København V', 'Danmark', '', ...HEAD, 'Klage', '', 'Vi klager på vegne af vores medlem Jens Kvist over afgørelsen om sygedagpenge. Fuldmagt vedlagt.', '', 'Med venlig hilsen', 'Bo Madsen', 'faglig konsulent']],
  ['wife-nb-vegne', 'nb', truth('Knut Aas', ['Engveien 14', '1415 Oppegård'], { name: 'Turid Aas', address: ['Engveien 14', '1415 Oppegård'] }), ['Turid Aas', 'Engveien 14', '1415 Oppegård', '', ...HEAD, 'Klage', '', 'Jeg skriver på vegne av min mann, Knut Aas, som bor sammen med meg på adressen over. Han har gitt meg fullmakt, som ligger vedlagt.', 'Han fikk avslag på grunnstønad.', '', 'Med vennlig hilsen', 'Turid Aas']],
  ['lawyer-helped-not-rep', 'nb', truth('Gunnar Holm', ['Dalsvegen 2', '6800 Førde'], null), ['Gunnar Holm', 'Dalsvegen 2', '6800 Førde', '', ...HEAD, 'Klage', '', 'Advokat Per Sand har lest gjennom klagen, men jeg fører saken selv og vil ha svar til meg.', 'Jeg klager på vedtaket om uføretrygd.', '', 'Med vennlig hilsen', 'Gunnar Holm']],
  ['son-helped-not-rep-en', 'en', truth('Mariam Hussain', ['Kirkebakken 4', '3015 Drammen'], null), ['Mariam Hussain', 'Kirkebakken 4', '3015 Drammen', '', ...HEAD, 'Appeal', '', 'My son Ali helped me write this letter in English. I appeal against the decision on my child benefit myself.', '', 'Yours sincerely', 'Mariam Hussain']],
  ['union-nn', 'nn', truth('Brita Dahle', [], { name: 'Jorunn Lund', firm: 'Norsk Sykepleierforbund', address: ['Postboks 456 Sentrum', '0104 Oslo'] }), ['Norsk Sykepleierforbund', 'Postboks 456 Sentrum', '0104 Oslo', '', ...HEAD, 'Klage – Brita Dahle', '', 'Vi representerer medlemmen vår Brita Dahle og klagar på vedtaket om sjukepengar. Fullmakt ligg ved.', '', 'Venleg helsing', 'Jorunn Lund', 'advokat']],
];

/** The slice's letters, in a fixed order: hand-written, so no seed and no count. */
export function fiveLanguageRepresentativeLetters(): RepresentativeLetter[] {
  return letters.map(([style, language, t, lines], i) => ({ id: `rep16-${String(i + 1).padStart(2, '0')}`, style: `${language} ${style}`, text: lines.join('\n'), truth: t }));
}
