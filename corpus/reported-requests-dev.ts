/**
 * A development slice for the deadline-interrupting reading (session 22, QA s22 a10): appeals that tell of a request
 * someone else made («Jeg har ikke fått noe brev om å sende inn mer», «Nav ba meg sende mer dokumentasjon», «a letter
 * asking me to send more») or offer to get more evidence, and so promise nothing; beside them appeals that do promise
 * the grounds later, some next to such a request. Not an evaluation set (never trained on):
 * scripts/deadline-readings-dev.ts prints what domain/classify/deadline-interrupting.ts reads on it, before and after.
 */
export interface PromiseDevLetter {
  id: string;
  language: 'nb' | 'nn' | 'sv' | 'da' | 'en';
  /** Whether the writer promises the grounds later (or asks the deadline be kept). */
  promises: boolean;
  text: string;
}

const p = (id: string, language: PromiseDevLetter['language'], promises: boolean, text: string): PromiseDevLetter => ({ id, language, promises, text: text.trim() });

export const reportedRequestDevSlice: PromiseDevLetter[] = [
  p('p01', 'nb', false, `
Jeg klager på vedtaket om yrkesskade datert 22.10.2026. Jeg falt fra stillaset på jobb, og skaden kom av fallet. Jeg har ikke fått noe brev om å sende inn mer, men kan skaffe uttalelse fra kollegaen.`),
  p('p02', 'nb', false, `
Jeg klager på vedtaket om sykepenger. Nav ba meg sende mer dokumentasjon i september, og det gjorde jeg. Legen har bekreftet at jeg ikke kunne jobbe.`),
  p('p03', 'nn', false, `
Eg klagar på vedtaket om stønad til legemiddel. Helfo bad meg om å sende meir dokumentasjon, og det har eg gjort. Eg har prøvd alle andre medisinar.`),
  p('p04', 'sv', false, `
Jag överklagar beslutet om tandvård. Jag fick ett brev om att skicka in mer underlag, vilket jag gjorde i oktober. Tandläkaren har bekräftat skadan.`),
  p('p05', 'da', false, `
Jeg klager over afgørelsen om tilskud. I bad mig om at sende mere dokumentation, og det gjorde jeg. Min læge har bekræftet sygdommen.`),
  p('p06', 'en', false, `
I appeal the decision on my travel expenses. I received a letter asking me to send more information, which I did in September. The trip was needed for my treatment.`),
  p('p07', 'nb', false, `
Jeg klager på vedtaket om reiseutgifter. Jeg fikk en påminnelse om å sende resten av kvitteringene, og de ligger vedlagt. Reisen var nødvendig.`),
  p('p08', 'nb', false, `
Jeg klager på vedtaket om arbeidsavklaringspenger fordi jeg var innlagt på sykehus. Jeg kan skaffe en uttalelse fra sykehuset om dere ønsker det.`),
  p('q01', 'nb', true, `
Jeg klager på vedtaket om sykepenger. Jeg rekker ikke å skrive alt nå, og sender mer innen to uker.`),
  p('q02', 'nb', true, `
Jeg har fått brev om å sende inn dokumentasjon. Jeg klager på vedtaket nå og sender mer begrunnelse senere.`),
  p('q03', 'nn', true, `
Eg klagar på vedtaket om tannbehandling. Grunngjevinga kjem seinare.`),
  p('q04', 'sv', true, `
Jag överklagar beslutet om sjukpenning. Jag skickar mer senare, när läkaren har skrivit.`),
  p('q05', 'da', true, `
Jeg klager over afgørelsen om tilskud. Begrundelsen følger senere.`),
  p('q06', 'en', true, `
I appeal the decision. Nav asked me to send more, and I will send my full reasons later.`),
  p('q07', 'nb', true, `
Jeg klager på vedtaket om hjelpemidler. Jeg ber om å få sende mer dokumentasjon senere, legen har ikke skrevet erklæringen ennå.`),
];
