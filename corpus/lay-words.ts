import type { Lang } from './areas.ts';

/**
 * The benefit or decision as a writer names it who does not know the scheme's name (issue 13, session 13):
 * "the money while I was off sick", "the bill for the taxi to the hospital". Written from SPEC.md's area
 * descriptions, not from any evaluation letter; used only by the train families of
 * `families-more-l.ts` (the `{lay}` slot), so no older letter changes. nn letters use the nb words.
 */
export const layWords: Record<string, Partial<Record<Lang, string[]>>> = {
  pharmacy: {
    nb: ['medisinen min', 'medisinen legen skrev ut', 'pengene for medisinene', 'resepten min', 'at apoteket ikke dekker medisinen'],
    sv: ['min medicin', 'ersättningen för medicinen', 'receptet från läkaren', 'att apoteket inte får ge mig medicinen billigare'],
    da: ['min medicin', 'tilskuddet til medicinen', 'recepten fra lægen', 'pengene til min medicin'],
    en: ['my medication', 'the refund for my medicine', 'my prescription', 'paying for the tablets the doctor prescribed'],
  },
  medical: {
    nb: ['regningen fra legen', 'det jeg betalte hos spesialisten', 'psykologtimene mine', 'egenandelene mine', 'legeregningen'],
    sv: ['läkarräkningen', 'det jag betalade hos specialisten', 'mina psykologbesök', 'avgiften hos läkaren'],
    da: ['regningen fra lægen', 'det jeg betalte hos speciallægen', 'mine psykologtimer', 'lægeregningen'],
    en: ['the doctor’s bill', 'what I paid the specialist', 'my sessions with the psychologist', 'the fee for the clinic visits'],
  },
  dental: {
    nb: ['tannlegeregningen', 'tennene mine', 'det tannlegen gjorde', 'pengene til tannlegen'],
    sv: ['tandläkarräkningen', 'mina tänder', 'det tandläkaren gjorde', 'kostnaden för tänderna'],
    da: ['tandlægeregningen', 'mine tænder', 'det tandlægen lavede', 'udgiften til tænderne'],
    en: ['the dentist’s bill', 'my teeth', 'the work the dentist did', 'the cost of my dental work'],
  },
  physiotherapy: {
    nb: ['timene hos fysioterapeuten', 'behandlingen for ryggen', 'treningen hos fysio', 'det fysioterapeuten tok betalt'],
    sv: ['besöken hos sjukgymnasten', 'behandlingen av ryggen', 'träningen hos fysioterapeuten'],
    da: ['timerne hos fysioterapeuten', 'behandlingen af min ryg', 'træningen hos fysioterapeuten'],
    en: ['my physio sessions', 'the treatment for my back', 'the exercises with the physiotherapist'],
  },
  treatment_abroad: {
    nb: ['operasjonen jeg tok i utlandet', 'behandlingen i Spania', 'det sykehuset i utlandet kostet'],
    sv: ['operationen jag gjorde i Sverige', 'vården jag fick utomlands', 'behandlingen utanför Norge'],
    da: ['operationen jeg fik i Danmark', 'behandlingen i udlandet', 'hospitalet i udlandet'],
    en: ['the operation I had abroad', 'my treatment in another EEA country', 'the hospital bill from abroad'],
  },
  patient_travel: {
    nb: ['taxiregningen til sykehuset', 'reisene til behandling', 'bensinpengene til sykehuset', 'billettene til sykehuset'],
    sv: ['resorna till sjukhuset', 'taxiresan till behandlingen', 'biljetterna till sjukhuset'],
    da: ['rejserne til hospitalet', 'taxaen til behandlingen', 'billetterne til hospitalet'],
    en: ['my trips to the hospital', 'the taxi to my treatment', 'the travel costs to the hospital'],
  },
  sick_pay: {
    nb: ['pengene mens jeg var sykmeldt', 'sykepengene mine', 'lønna mens jeg var syk'],
    sv: ['pengarna när jag var sjukskriven', 'sjukpenningen från Norge', 'ersättningen när jag var sjuk från jobbet'],
    da: ['pengene mens jeg var sygemeldt', 'sygedagpengene fra Norge', 'ydelsen da jeg var syg fra arbejdet'],
    en: ['my sick pay', 'the money for when I was off sick', 'the benefit while I was signed off work'],
  },
  work_assessment: {
    nb: ['AAP-en min', 'pengene jeg får mens Nav avklarer arbeidsevnen', 'stønaden mens jeg er i tiltak'],
    sv: ['ersättningen medan NAV utreder min arbetsförmåga', 'AAP från Norge', 'pengarna under arbetsprövningen'],
    da: ['ydelsen mens NAV afklarer min arbejdsevne', 'AAP fra Norge', 'pengene under arbejdsprøvningen'],
    en: ['my work assessment allowance', 'the AAP money', 'the benefit while NAV assesses whether I can work'],
  },
  disability: {
    nb: ['uføren min', 'uførepengene', 'at jeg ikke får bli ufør', 'den varige stønaden fordi jeg ikke kan jobbe'],
    sv: ['den norska sjukersättningen', 'förtidspensionen från Norge', 'ersättningen för att jag inte kan arbeta mer'],
    da: ['førtidspensionen fra Norge', 'den norske invalidepension', 'ydelsen fordi jeg ikke kan arbejde mere'],
    en: ['my disability pension', 'the Norwegian disability benefit', 'the pension for people who cannot work any more'],
  },
  occupational_injury: {
    nb: ['skaden jeg fikk på jobb', 'ulykka på jobben', 'at ryggskaden ikke er godkjent som yrkesskade'],
    sv: ['skadan jag fick på jobbet', 'olyckan på arbetet', 'att min arbetsskada inte godkänns'],
    da: ['skaden jeg fik på arbejdet', 'ulykken på jobbet', 'at min arbejdsskade ikke er godkendt'],
    en: ['the injury I got at work', 'my accident at work', 'my work injury not being accepted'],
  },
  practitioner_sanctions: {
    nb: ['refusjonsretten min', 'at dere krever pengene tilbake'],
    sv: ['min rätt till direktavräkning', 'återkravet'],
    da: ['min ret til direkte afregning', 'tilbagebetalingskravet'],
    en: ['my right to direct settlement', 'the claim to pay back the fees'],
  },
};

/** The writer's own words for the area, in the letter's language (nb for nn), or the scheme's name when none are written. */
export function layWordsFor(area: string, lang: Lang): string[] | undefined {
  const words = layWords[area];
  return words?.[lang === 'nn' ? 'nb' : lang];
}
