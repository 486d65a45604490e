/**
 * A development slice for the decision date as writers outside the corpus' templates give it (session 23, issue #13):
 * nynorsk, Swedish, Danish and English phrasings, handwritten-style dates as OCR breaks them («3 . 10 . 26», «3/10-26»,
 * «3.okt», «den 3dje oktober», «oktobr»), the date in a subject line, and printed e-mails whose header date
 * («Sendt:», «Skickat:», «Date:») is the mail's, never the decision's. Near misses name a date that must not be taken:
 * the letter's own date, an e-mail's sent date, a birth date, a visit, a phone call, the day the writer fell ill, a
 * benefit's start («vedtak om … fra 1. januar»), the day the writer received the decision.
 * Not an evaluation set (never trained on): scripts/deadline-readings-dev.ts prints what fields read on it, in this tree
 * and beside another checkout (`--base /work/main`). Written by hand; the letters carry no national ids.
 */
import type { IsoDate } from '../schemas/taxonomy.ts';

export interface NewWriterDateLetter {
  id: string;
  language: 'nb' | 'nn' | 'sv' | 'da' | 'en';
  /** The decision's own date, as an archivist reads it; null where the letter gives none. */
  decisionDate: IsoDate | null;
  /** When the party received the decision, as the writer says it. */
  decisionReceivedDate: IsoDate | null;
  /** The day the mail came (the intake's receivedDate): what a date written without its year is read against. */
  mailReceived: IsoDate;
  text: string;
}

const l = (id: string, language: NewWriterDateLetter['language'], decisionDate: IsoDate | null, decisionReceivedDate: IsoDate | null, text: string, mailReceived: IsoDate = '2026-10-26'): NewWriterDateLetter => ({
  id,
  language,
  decisionDate,
  decisionReceivedDate,
  mailReceived,
  text: text.trim(),
});

/** Letters that give the decision's date (and some its receipt) in words new to the reader before session 23, or already read. */
export const decisionDateGiven: NewWriterDateLetter[] = [
  l('w01', 'nn', '2026-10-03', null, `
Eg klagar på vedtaket de gjorde 3. oktober 2026 om arbeidsavklaringspengar. Eg er framleis sjuk.
Helsing Ragnhild Aas`),
  l('w02', 'nn', '2026-10-12', null, `
Eg vil klage på vedtak frå Nav datert 12.10.2026. Eg meiner de har rekna feil.
Helsing Tor Hauge`),
  l('w03', 'nn', '2026-10-12', null, `
Klage
Eg er ikkje samd i vedtaket av 12.10.26 og ber om at saka vert sett på att.
Olav Brekke`),
  l('w04', 'nn', '2026-10-05', '2026-10-14', `
Eg klagar på vedtaket dykkar frå 5. oktober 2026. Eg fekk vedtaket den 14. oktober 2026 fordi eg var bortreist.
Helsing Liv Tveit`),
  l('w05', 'nn', '2026-10-03', null, `
hei. eg klagar på vedtaket de gjorde 3.okt. det er ikkje rett at eg kan jobbe.
mvh Jens`),
  l('w06', 'nn', '2026-10-07', null, `
Til Nav
Vedtaket de fatta 7. oktober 2026 om uføretrygd er eg usamd i, og eg klagar.
Kari Fjell`),
  l('w07', 'sv', '2026-10-04', null, `
Jag överklagar beslutet daterat 2026-10-04 om sjukpenning.
Med vänliga hälsningar Anna Lind`),
  l('w08', 'sv', '2026-10-04', null, `
Hej! Jag överklagar ert beslut den 4 oktober 2026. Jag kan inte arbeta heltid.
Erik Holm`),
  l('w09', 'sv', '2026-10-04', null, `
Överklagande
Jag vill överklaga beslut från den 2026-10-04 om aktivitetsersättning.
Sara Berg`),
  l('w10', 'sv', '2026-10-04', null, `
Jag överklagar Försäkringskassans beslut av den 4/10 2026 eftersom läkaren säger att jag är sjuk.
Per Nyström`),
  l('w11', 'sv', '2026-10-04', null, `
hej, jag överklagar ert beslut den 4 okt. jag behöver pengarna.
Lisa`),
  l('w12', 'sv', null, '2026-10-08', `
Jag överklagar beslutet som jag fick 8 oktober 2026. Jag håller inte med om bedömningen.
Jonas Ek`),
  l('w13', 'da', '2026-10-03', null, `
Jeg klager over afgørelsen af 3. oktober 2026 om sygedagpenge.
Med venlig hilsen Mette Jensen`),
  l('w14', 'da', '2026-10-03', null, `
Jeg vil klage over jeres afgørelse dateret 3.10.2026. Jeg er ikke enig.
Hilsen Lars Madsen`),
  l('w15', 'da', '2026-10-03', null, `
Klage over afgørelsen af 3. oktober. Jeg har stadig ondt i ryggen.
Søren Holm`),
  l('w16', 'da', '2026-10-03', '2026-10-09', `
Jeg klager over afgørelsen af 3. oktober 2026. Jeg modtog afgørelsen den 9. oktober 2026.
Hanne Nielsen`),
  l('w17', 'en', '2026-10-03', null, `
Dear Sir or Madam,
I wish to appeal against your decision of 3 October 2026 regarding my disability benefit.
Yours faithfully, John Smith`),
  l('w18', 'en', '2026-10-03', null, `
I appeal the decision dated 3rd October 2026. I was not able to attend because I was ill.
Mary Brown`),
  l('w19', 'en', '2026-10-03', null, `
Re: appeal
I am appealing the decision letter from 3/10/2026 about my travel expenses.
Peter Jones`),
  l('w20', 'en', '2026-10-03', null, `
I do not agree with your decision of 3 Oct and I appeal it.
Anna White`),
  l('w21', 'en', '2026-10-03', null, `
Subject: Appeal - decision 03.10.2026
Please consider my appeal. The decision is wrong.
Tom Green`),
  l('w22', 'nb', '2026-10-03', null, `
klage på vedtak av 3 . 10 . 26
jeg er ikke enig. jeg har vondt hver dag.
Kari`),
  l('w23', 'nb', '2026-10-03', null, `
Jeg klager på vedtak av 3/10-26. Jeg trenger hjelp.
Hilsen Per`),
  l('w24', 'nb', '2026-10-03', null, `
Hei. klager på vedtaket av 3.okt. mvh Ole`),
  l('w25', 'nb', '2026-10-03', null, `
Jeg klager på vedtaket av den 3dje oktober 2026 om grunnstønad.
Hilsen Anne`),
  l('w26', 'nb', '2026-10-03', null, `
Jeg klager på vedtaket av 3. oktobr 2026. Jeg har ikke fått hjelp.
Geir`),
  l('w27', 'nb', '2026-09-28', null, `
Jeg klager på vedtak datert 28. sept 2026 om AAP.
Hilsen Trine`),
  l('w28', 'nb', '2026-10-03', null, `
Vedr. vedtak 03.10.2026
Jeg klager på dette vedtaket. Jeg er for syk til å jobbe.
Hilsen Bjørn Lie`),
  l('w29', 'nb', '2026-10-03', null, `
Klage på vedtak av 3/10
Jeg er ikke enig i vedtaket. Legen min sier at jeg ikke kan jobbe.
Hilsen Nina`),
  l('w30', 'nb', '2026-10-03', null, `
Fra: Kari Holm
Sendt: 14. oktober 2026 10:12
Til: Nav
Emne: Klage

Jeg klager på vedtaket av 3. oktober 2026 om sykepenger.
Kari`),
  l('w31', 'sv', '2026-10-04', null, `
Från: Anna Lind
Skickat: den 14 oktober 2026 10:12
Till: Försäkringskassan
Ämne: Överklagande av beslut

Jag överklagar beslutet daterat 4 oktober 2026.
Anna`),
  l('w32', 'nb', '2026-10-03', null, `
Jeg klager på vedtaket av 3. okt. 2026 om stønad til bil.
Hilsen Kjell`),
  l('w33', 'da', '2026-10-03', null, `
Jeg klager over afgørelsen fra den 3. oktober 2026 om boligstøtte.
Hilsen Birgitte`),
  l('w34', 'en', '2026-10-03', null, `
I appeal against the decision made on 3 October 2026 by your office.
Regards, Sam Hill`),
  l('w35', 'nn', '2026-10-03', null, `
Eg klagar på vedtaket av 3 / 10 - 26. Eg er ikkje frisk.
Helsing Guri`),
  l('w36', 'sv', '2026-10-04', null, `
Jag överklagar beslutet från 4 oktober 2026.
Hälsningar Maja`),
  l('w37', 'da', '2026-10-03', null, `
Jeg klager over jeres afgørelse af den 3. okt. Jeg kan ikke arbejde.
Hilsen Per`),
  l('w38', 'en', '2026-10-03', null, `
I appeal your decision of 3rd Octobr 2026.
Jim Black`),
  l('w39', 'nb', '2026-10-03', null, `
Jeg klager på vedtaket deres fra 3. oktober 2026 om arbeidsavklaringspenger.
Hilsen Line`),
  l('w40', 'nb', '2026-09-30', null, `
Jeg klager på vedtaket dere gjorde 30. september 2026.
Hilsen Rune`),
  l('w41', 'nb', '2026-10-03', null, `
Klage på vedtak av 3.10
Jeg er ikke enig i vedtaket.
Nina`),
  l('w42', 'sv', '2026-10-04', null, `
Jag överklagar beslutet som ni skickade den 4 oktober 2026.
Hälsningar Olle`),
  l('w43', 'da', '2026-10-03', null, `
Klage over afgørelse af 3/10 2026. Jeg er uenig.
Hilsen Karen`),
  l('w44', 'en', '2026-10-03', null, `
Appeal re: decision dated 3/10/26
I cannot work and the decision is wrong.
Ben`),
  l('w45', 'nb', '2026-10-03', null, `
Fra: Kari Holm
Sendt: 14. oktober 2026 10:12
Emne: Klage på vedtak av 3/10

Jeg er ikke enig i dette.
Kari`),
  l('w46', 'nb', '2026-10-03', null, `
I vedtaket av 3. oktober 2026 skrev dere: «Du har ikke rett til stønad.» Det er feil, og jeg klager.
Hilsen Arne`),
];

/** Letters whose dates are something else: none of them is the decision's. */
export const decisionDateNotGiven: NewWriterDateLetter[] = [
  l('n01', 'nb', null, null, `
Oslo 14.10.2026
Jeg klager på vedtaket. Jeg er ikke enig.
Hilsen Kari`),
  l('n02', 'nb', null, null, `
Fra: Kari Holm
Sendt: 14. november 2026 10:12
Til: Nav
Emne: Klage på vedtak

Jeg klager på vedtaket jeg fikk.
Kari`, '2026-11-16'),
  l('n03', 'nb', null, null, `
Emne: Klage på vedtak
Sendt: 14. november 2026 10:12

Jeg er ikke enig.`, '2026-11-16'),
  l('n04', 'sv', null, null, `
Ämne: Överklagande av beslut
Skickat: den 14 november 2026 10:12

Jag överklagar beslutet. Jag är sjuk.
Anna`, '2026-11-16'),
  l('n05', 'en', null, null, `
Subject: Appeal against the decision
Date: 14 November 2026

I appeal the decision. I am not well.`, '2026-11-16'),
  l('n06', 'da', null, null, `
Emne: Klage over afgørelse
Sendt: 14. november 2026 10:12

Jeg klager over afgørelsen.`, '2026-11-16'),
  l('n07', 'nb', null, null, `
Kari Nordmann, født 03.10.1980
Jeg klager på vedtaket om uføretrygd.`),
  l('n08', 'nb', null, null, `
Vedtaket tar ikke hensyn til at jeg var hos legen 3. oktober 2026.`),
  l('n09', 'nn', null, null, `
Eg klagar på vedtaket, som eg snakka med sakshandsamar om på telefon 3. oktober 2026.`),
  l('n10', 'en', null, null, `
I appeal the decision I discussed with you on the phone on 3 October 2026.`),
  l('n11', 'nb', null, null, `
Jeg klager på vedtaket om sykepenger fra da jeg ble sykmeldt 3. oktober 2026.`),
  l('n12', 'da', null, null, `
Jeg klager over afgørelsen, for jeg blev syg 3. oktober 2026.`),
  l('n13', 'nb', null, null, `
Jeg klager på vedtak om arbeidsavklaringspenger fra 1. januar 2027.`),
  l('n14', 'nn', null, null, `
Eg klagar på vedtaket om uføretrygd frå 1. januar.`, '2026-12-02'),
  l('n15', 'sv', null, null, `
Jag överklagar beslutet om sjukersättning från den 1 november 2026.`),
  l('n16', 'da', null, null, `
Jeg klager over afgørelsen om boligstøtte fra 1. januar 2027.`),
  l('n17', 'en', null, null, `
I appeal the decision to stop my benefit from 1 January 2027.`),
  l('n18', 'sv', null, '2026-10-08', `
Jag fick beslutet den 8 oktober 2026 och överklagar det.`),
  l('n19', 'nb', null, null, `
Jeg klager på vedtaket. Jeg ringte dere 3. oktober 2026 og fikk beskjed om å klage.`),
  l('n20', 'en', null, null, `
On Wed, 14 Oct 2026 at 10:12, Mary Brown wrote:
I appeal the decision. It is wrong.`),
  l('n21', 'nb', null, null, `
Den ons. 14. okt. 2026 kl. 10:12 skrev Kari Holm:
Jeg klager på vedtaket. Det er feil.`),
  l('n22', 'nn', null, null, `
Eg klagar på vedtaket om reduksjon av 1/3 av uføretrygda.`),
  l('n23', 'sv', null, null, `
Jag överklagar beslutet. Jag blev sjukskriven den 3 oktober 2026.`),
  l('n24', 'en', null, null, `
I appeal the decision about the visit on 3 October 2026.`),
  l('n25', 'sv', null, '2026-10-04', `
Jag fick ert beslut den 4 okt och överklagar det.`),
  l('n26', 'nn', null, null, `
Vedtaket de gjorde etter at eg var hos legen 3. oktober 2026 er feil.`),
  l('n27', 'en', null, null, `
I appeal. Please see below.

-----Original Message-----
From: Nav
Sent: 14 October 2026 10:12
Subject: Your decision

Your case has been decided.`),
  l('n28', 'nb', null, null, `
Jeg klager på vedtaket av 1/3 G i barnetillegg.`),
  l('n29', 'da', null, null, `
Jeg klager over afgørelsen om 1/2 pension fra 1/1.`, '2026-12-02'),
  l('n30', 'nb', null, null, `
Emne: Klage på vedtak
tor. 14. nov. 2026 kl. 10:12 skrev Kari Holm <kari@example.no>:
> Jeg er uenig i vedtaket.`, '2026-11-16'),
  l('n31', 'en', null, null, `
Subject: decision
On Thu, Nov 14, 2026 at 10:12 AM Nav <post@nav.example> wrote:
> Your application is refused.`, '2026-11-16'),
  l('n32', 'nb', null, null, `
Jeg klager på vedtaket. 3. oktober 2026 ble jeg innlagt på sykehus, og det visste dere.
Hilsen Eli`),
];

export const newWriterDateSlice: NewWriterDateLetter[] = [...decisionDateGiven, ...decisionDateNotGiven];
