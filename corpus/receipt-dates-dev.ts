/**
 * A development slice for the two dates an appeal's deadline hangs on (session 22, QA s22 a15/a11): when the writer
 * says the party received the decision («Vedtaket kom min klient i hende 20. oktober 2026», «Jag fick beslutet …»,
 * «Jeg modtog afgørelsen …», «My client received the decision on …») and how a Danish or Swedish writer dates the
 * decision («afgørelse af 5. november 2026», «beslut från den 5 november»). Near misses in every language name a
 * receipt that is not the party's receipt of the decision: the first instance receiving the application, a doctor's
 * letter received, the lawyer's office receiving it from the client, the decision's own date beside a receive verb.
 * Not an evaluation set (never trained on): scripts/receipt-dates-dev.ts prints what fields read on it, before and after.
 * Written by hand; the letters carry no national ids.
 */
export interface ReceiptDevLetter {
  id: string;
  language: 'nb' | 'nn' | 'sv' | 'da' | 'en';
  /** The decision's own date (ISO), as an archivist reads it. */
  decisionDate: string | null;
  /** When the party received the decision, as the writer says it; null where the writer says no such thing. */
  decisionReceivedDate: string | null;
  text: string;
}

const l = (id: string, language: ReceiptDevLetter['language'], decisionDate: string | null, decisionReceivedDate: string | null, text: string): ReceiptDevLetter => ({
  id,
  language,
  decisionDate,
  decisionReceivedDate,
  text: text.trim(),
});

/** The party's receipt said in words the reader missed before session 22, or already read (kept as a guard). */
export const receiptSaid: ReceiptDevLetter[] = [
  l('r01', 'nb', '2026-09-03', '2026-09-11', `
Klage på vedtak om sykepenger
På vegne av min klient påklages Navs vedtak datert 3. september 2026. Vedtaket kom min klient i hende 11. september 2026, og klagen er rettidig.
Med vennlig hilsen advokat Ola Berg`),
  l('r02', 'nb', '2026-10-02', '2026-10-14', `
Jeg klager på vedtaket av 2. oktober 2026 om tannbehandling. Vedtaket kom meg i hende først 14. oktober 2026 fordi jeg var bortreist.
Hilsen Kari Lunde`),
  l('r03', 'nb', '2026-09-30', '2026-10-09', `
Jeg klager på vedtak datert 30.09.2026. Jeg fikk vedtaket i posten den 9. oktober 2026, så fristen er ikke ute.
Mvh Per Dahl`),
  l('r04', 'nb', '2026-10-01', '2026-10-15', `
Klage på vedtak av 1. oktober 2026 om reiseutgifter. Vedtaket ble mottatt 15. oktober 2026 etter at posten hadde rotet det bort.
Vennlig hilsen Tone Vik`),
  l('r05', 'nb', '2026-10-06', '2026-10-20', `
Jeg vil klage på vedtaket fra Helfo datert 6. oktober 2026. Vedtaket nådde meg 20.10.2026.
Hilsen Geir Moe`),
  l('r06', 'nb', '2026-10-08', '2026-10-19', `
Jeg skriver for min mor, som har gitt meg fullmakt. Hun klager på vedtak datert 08.10.2026 om legemidler. Mor fikk vedtaket 19. oktober 2026 fordi hun var innlagt.
Hilsen Anne Holm`),
  l('r07', 'nb', '2026-10-05', '2026-10-16', `
Jeg skriver på vegne av min mann, som klager på vedtaket av 5. oktober 2026. Vedtaket kom ham i hende 16. oktober 2026.
Hilsen Eva Strand`),
  l('r08', 'nb', '2026-10-07', '2026-10-21', `
Vi representerer klienten i saken om arbeidsavklaringspenger og påklager vedtak datert 7. oktober 2026. Klienten mottok vedtaket 21. oktober 2026.
Advokatfirmaet Lie`),
  l('r09', 'nn', '2026-10-01', '2026-10-08', `
Eg klagar på vedtaket dykkar dagsett 1. oktober 2026. Eg fekk vedtaket 8. oktober 2026.
Helsing Sigrid Nes`),
  l('r10', 'nn', '2026-10-01', '2026-10-09', `
Eg klagar på vedtak av 1. oktober 2026. Vedtaket kom meg i hende 9.10.2026, så klaga kjem i tide.
Helsing Olav Bø`),
  l('r11', 'nn', '2026-10-02', '2026-10-12', `
Eg skriv for mor mi. Ho klagar på vedtaket av 2. oktober 2026. Mor fekk vedtaket i posten 12. oktober 2026.
Helsing Liv Rud`),
  l('r12', 'sv', '2026-10-05', '2026-10-14', `
Jag överklagar Helfos beslut av den 5 oktober 2026. Jag fick beslutet den 14 oktober 2026.
Med vänliga hälsningar Anna Berg`),
  l('r13', 'sv', '2026-10-05', '2026-10-15', `
Jag överklagar beslutet från den 5 oktober 2026 om tandvård. Jag tog emot beslutet den 15 oktober 2026.
Med vänlig hälsning Erik Lind`),
  l('r14', 'sv', '2026-10-05', '2026-10-16', `
Jag överklagar ert beslut från den 5 oktober 2026. Beslutet kom mig tillhanda den 16 oktober 2026.
Hälsningar Maria Ek`),
  l('r15', 'da', '2026-10-05', '2026-10-12', `
Jeg klager over jeres afgørelse af 5. oktober 2026. Jeg modtog afgørelsen den 12. oktober 2026.
Med venlig hilsen Birthe Holm`),
  l('r16', 'da', '2026-10-05', '2026-10-13', `
Jeg klager hermed over afgørelse af 5. oktober 2026. Afgørelsen kom mig i hænde den 13. oktober 2026.
Med venlig hilsen Jens Lund`),
  l('r17', 'da', '2026-10-05', '2026-10-14', `
Jeg skriver på vegne af min mand, som klager over afgørelsen af den 5. oktober 2026. Min mand modtog afgørelsen 14.10.2026.
Med venlig hilsen Lise Dam`),
  l('r18', 'en', '2026-10-07', '2026-10-15', `
I appeal the decision dated 7 October 2026. I received the decision on 15 October 2026 as I was abroad.
Yours sincerely, John Smith`),
  l('r19', 'en', '2026-10-07', '2026-10-20', `
On behalf of my client I appeal your decision of 7 October 2026. My client received the decision on 20 October 2026.
Yours faithfully, Jane Doe, solicitor`),
  l('r20', 'en', '2026-10-07', '2026-10-19', `
I appeal the decision dated 7 October 2026. The decision reached me on 19 October 2026.
Kind regards, Tom Brown`),
  l('r21', 'nb', '2026-10-09', '2026-10-23', `
Klage på vedtak av 9. oktober 2026. Brevet med vedtaket kom meg i hende 23. oktober 2026.
Mvh Siv Aas`),
  l('r22', 'nb', '2026-10-14', '2026-10-20', `
Undertegnede advokat påklager vedtaket datert 14. oktober 2026 om stans. Vedtaket kom klienten i hende den 20. oktober 2026.
Advokat Nils Ness`),
  l('r23', 'nb', '2026-10-14', '2026-10-20', `
Jeg representerer Roar Lien etter fullmakt. Vedtaket av 14. oktober 2026 kom min klient i hende 20. oktober 2026, og klagen er rettidig.
Advokat Eli Kvam`),
  l('r24', 'nb', '2026-10-02', '2026-10-12', `
Jeg klager på vedtaket datert 2. oktober 2026. Jeg tok imot vedtaket 12. oktober 2026 da jeg kom hjem fra sykehuset.
Hilsen Bjørn Lie`),
];


/** A date near receive words that is not the party's receipt of the decision: nothing, or the right date, must be read. */
export const receiptNotSaid: ReceiptDevLetter[] = [
  l('n01', 'nb', '2026-10-03', null, `
Jeg klager på vedtaket av 3. oktober 2026. Nav mottok søknaden min 1. august 2026 og brukte lang tid.
Hilsen Rune Sæter`),
  l('n02', 'nb', '2026-10-05', null, `
Jeg klager på vedtak av 5. oktober 2026. Søknaden ble mottatt 2. juli 2026 av Helfo.
Hilsen Marit Bakke`),
  l('n03', 'nb', '2026-10-03', null, `
Jeg fikk vedtaket, datert 3. oktober 2026, og klager innen fristen.
Hilsen Jon Viken`),
  l('n04', 'nb', '2026-10-14', null, `
Advokatfirma Berg klager på vegne av klienten på vedtak datert 14. oktober 2026. Vi mottok vedtaket fra klienten 25. oktober 2026.
Advokat Berg`),
  l('n05', 'nb', '2026-10-06', null, `
Jeg klager på vedtaket av 6. oktober 2026. Jeg fikk legeerklæringen i posten 20. oktober 2026 og legger den ved.
Hilsen Ida Lie`),
  l('n06', 'nn', '2026-10-06', null, `
Eg klagar på vedtaket av 6. oktober 2026. Helfo fekk søknaden min 3. juni 2026.
Helsing Ola Hovde`),
  l('n07', 'sv', '2026-10-02', null, `
Jag överklagar beslutet från den 2 oktober 2026. Försäkringskassan tog emot min ansökan den 3 juni 2026.
Hälsningar Karin Sund`),
  l('n08', 'da', '2026-10-01', null, `
Jeg klager over afgørelsen af 1. oktober 2026. Udbetaling Danmark modtog min ansøgning 4. juni 2026.
Med venlig hilsen Hans Bech`),
  l('n09', 'en', '2026-10-01', null, `
I appeal the decision dated 1 October 2026. The office received my application on 2 June 2026.
Regards, Amy Clark`),
  l('n10', 'en', '2026-10-01', null, `
I appeal the decision of 1 October 2026. I received the hospital's letter on 3 October 2026 and enclose it.
Regards, Ben Ross`),
  l('n11', 'nb', '2026-10-14', null, `
Klage på vedtak datert 14. oktober 2026. Vedtaket kom min klient i hende for sent til at han rakk å søke på nytt.
Advokat Kvam`),
  l('n12', 'da', '2026-11-05', null, `
Jeg klager hermed over jeres afgørelse af 5. november 2026, hvor I har givet afslag på dækning af tandproteser.
Med venlig hilsen Birthe Kjær`),
  l('n13', 'sv', '2026-11-05', null, `
Jag överklagar Försäkringskassans beslut från den 5 november 2026 om sjukpenning.
Med vänliga hälsningar Lars Öberg`),
  l('n14', 'sv', '2026-11-05', null, `
Jag vill överklaga ert beslut av den 5 november 2026.
Hälsningar Eva Åberg`),
  l('n15', 'nb', '2026-10-09', null, `
Jeg klager på vedtaket av 9. oktober 2026. Søknaden min kom Helfo i hende 3. juni 2026, lenge før fristen.
Hilsen Knut Ree`),
  l('n16', 'nb', '2026-10-14', null, `
Vi representerer klienten etter fullmakt og påklager vedtak datert 14. oktober 2026. Vedtaket kom oss i hende 28. oktober 2026 fra klienten.
Advokatfirmaet Sand`),
  l('n17', 'sv', '2026-10-02', null, `
Jag överklagar beslutet från den 2 oktober 2026. Försäkringskassan tog emot min ansökan den 1 juni 2026.
Hälsningar Nils Berg`),
  l('n18', 'nb', '2026-10-02', null, `
Jeg klager på vedtak av 2. oktober 2026. Fastlegen tok imot meg 9. oktober 2026 og skrev en ny erklæring.
Hilsen Trine Moen`),
];

export const receiptDevSlice: ReceiptDevLetter[] = [...receiptSaid, ...receiptNotSaid];
