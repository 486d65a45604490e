import type { Family } from './families.ts';

/**
 * More train families (issue 13, seventh session): where new writers' letters still go wrong by type —
 * expert statements in Swedish, Danish and English read as medical declarations (the promoted model
 * trained on one English and one Swedish family and no Danish one), and comments on the transfer letter
 * and everyday correspondence read as appeals. Written from SPEC.md's type table only (an expert statement:
 * "mandat", "sakkyndig", "på oppdrag fra"; comments: "merknader", "oversendelsesbrevet"; correspondence:
 * anything else from a party), without reading the unseen-writer set's letters or the eval families;
 * the corpus test checks no template line is shared with an eval family.
 */
export const moreTrainFamiliesH: Family[] = [
  // ───────────────────────────── expert_statement ─────────────────────────────
  {
    // A specialist's statement laid out under the mandate's headings.
    id: 'expert.da.h1', type: 'expert_statement', lang: 'da', split: 'train', sender: 'expert', noPadding: true,
    titles: ['SAGKYNDIG ERKLÆRING', 'Speciallægeerklæring', 'Erklæring efter mandat – {name}'],
    body: [
      '[Erklæringen er udarbejdet på opdrag fra|Efter anmodning fra] klageinstansen[ i sagen om {benefit}|]. Sagen vedrører {name}, født {birthDate}.',
      'Mandat: [Jeg er anmodet om at vurdere|Klageinstansen ønsker en vurdering af] [om funktionsevnen er varigt nedsat|om arbejdsevnen er nedsat med mindst halvdelen|om behandlingen var lægefagligt nødvendig|om der er årsagssammenhæng mellem skaden og arbejdet].',
      'Grundlag: [Sagens akter og|Journaler fra sygehuset og egen læge samt] [en samtale|en klinisk undersøgelse] {otherDate}.',
      'Diagnoser: {diagnosis}',
      'Vurdering: {medical}',
      'Konklusion: [Efter min sagkyndige vurdering er|Det er min vurdering, at] {detailLower}',
      '?Jeg har ingen tilknytning til parterne i sagen.',
    ],
  },
  {
    id: 'expert.en.h1', type: 'expert_statement', lang: 'en', split: 'train', sender: 'expert', noPadding: true,
    titles: ['INDEPENDENT EXPERT REPORT', 'Expert medical report – {name}', 'Report to the appeals body'],
    body: [
      'Re: {name}, date of birth {birthDate}',
      'Terms of reference: [the appeals body has asked me to|I was asked by the appeals body to] [give an opinion on whether the capacity for work is permanently reduced|assess whether the treatment was medically necessary|assess the causal link between the injury and the work|consider whether the functional ability is reduced as stated].',
      'Material: [the case documents, the hospital records and|records from the GP and the hospital, and] [an examination on|a video consultation on] {otherDate}.',
      'Diagnoses: {diagnosis}',
      'Assessment: {medical}',
      'Conclusion: [In my expert opinion|It is my opinion as an independent expert that] {detailLower}',
      '?[I confirm that I have no connection with the parties.|I am not the treating doctor.]',
    ],
  },
  {
    id: 'expert.sv.h1', type: 'expert_statement', lang: 'sv', split: 'train', sender: 'expert', noPadding: true,
    titles: ['SAKKUNNIGUTLÅTANDE', 'Utlåtande på uppdrag – {name}', 'Sakkunnigt yttrande'],
    body: [
      'Avser: {name}, född {birthDate}',
      'Uppdrag: [klageinstansen har bett mig bedöma|jag har fått i uppdrag att bedöma] [om arbetsförmågan är varaktigt nedsatt|om behandlingen var medicinskt nödvändig|om det finns ett samband mellan skadan och arbetet|om funktionsförmågan är nedsatt].',
      'Underlag: [akten i ärendet samt|journaler från vårdcentralen och sjukhuset samt] [en undersökning|ett samtal] {otherDate}.',
      'Diagnoser: {diagnosis}',
      'Bedömning: {medical}',
      'Slutsats: [Min sakkunniga bedömning är att|Jag bedömer som sakkunnig att] {detailLower}',
    ],
  },
  {
    // A psychiatrist's statement commissioned by the appeals body, in bokmål, under the same headings.
    id: 'expert.nb.h1', type: 'expert_statement', lang: 'nb', split: 'train', sender: 'expert', noPadding: true,
    titles: ['SPESIALISTERKLÆRING PÅ OPPDRAG', 'Sakkyndig vurdering – {name}', 'Erklæring etter mandat'],
    body: [
      'Gjelder: {name}, født {birthDate}',
      'Mandat: [Klageinstansen har bedt meg vurdere|Jeg er bedt om å vurdere] [om inntektsevnen er varig nedsatt med minst halvparten|om behandlingen var medisinsk nødvendig|om sykdommen skyldes forhold i arbeidet|hvilken funksjonsevne som er tilbake].',
      'Grunnlag: [sakens dokumenter og|journal fra DPS og fastlege og] [to samtaler|en undersøkelse] {otherDate}.',
      'Diagnoser: {diagnosis}',
      'Vurdering: {medical}',
      'Konklusjon: [Etter min sakkyndige vurdering er det slik at|Min konklusjon er at] {detailLower}',
    ],
  },
  // ───────────────────────────── comments ─────────────────────────────
  {
    // A lawyer's comments on the first instance's transfer letter: the appeal was sent long ago.
    id: 'comments.sv.h1', type: 'comments', lang: 'sv', split: 'train', sender: 'lawyer',
    titles: ['Synpunkter på översändandet – {name}', 'Yttrande över översändelsebrevet', 'Kommentarer i ärendet om {benefit}'],
    body: [
      '[Vi företräder|Som ombud för] {name} [har vi tagit del av|har vi fått] [översändelsebrevet|{fi}s översändelse av överklagandet] [till klageinstansen|daterat {otherDate}].',
      '[Vi vill lämna följande synpunkter:|Vi har följande kommentarer:] [{fi} upprepar skälen i beslutet utan att bemöta det vi anförde i överklagandet.|Översändelsebrevet nämner inte läkarintyget som vi skickade in.|{fi} har missförstått vad vår klient har ansökt om.]',
      '{detail}',
      '[Vi vidhåller överklagandet i sin helhet.|I övrigt hänvisar vi till överklagandet.]',
    ],
  },
  {
    id: 'comments.en.h1', type: 'comments', lang: 'en', split: 'train', sender: 'email',
    titles: ['Re: transfer of my appeal', 'My comments on the transfer letter', 'Comments – my appeal about {benefit}'],
    body: [
      '[Hello,|Dear appeals body,]',
      '[I received a copy of the letter in which|Thank you for the copy of the letter where] {fi} [sends my appeal on to you|forwards my case to you]. [I was told I could comment on it.|The letter says I may send comments.]',
      '[Some things in that letter are wrong.|I do not agree with what they write about me.] {detail}',
      '[I have nothing more to add to my appeal.|Everything else is in my appeal.] [Thank you.|Kind regards]',
    ],
  },
  // ───────────────────────────── correspondence ─────────────────────────────
  {
    // A party writing about the case without appealing: a question, a new address, a document sent on.
    id: 'corr.da.h1', type: 'correspondence', lang: 'da', split: 'train', sender: 'email',
    titles: ['Spørgsmål til min sag', 'Ny adresse', 'Vedr. min klagesag', 'Ekstra dokument'],
    body: [
      '[Hej,|Kære klageinstans,]',
      '[Jeg vil gerne høre, hvornår min sag om {benefit} bliver behandlet.|Jeg er flyttet og har fået ny adresse: {street}, {postcode} {town}.|Jeg sender hermed et dokument, som jeg glemte at lægge ved.|Jeg har skiftet telefonnummer og vil gerne have breve på e-mail.]',
      '?[Jeg har ikke hørt noget siden {otherDate}.|Min læge spørger også, hvordan det går.|Tak for brevet, jeg har læst det.]',
      '[Venlig hilsen|Mvh]',
    ],
  },
  {
    id: 'corr.en.h1', type: 'correspondence', lang: 'en', split: 'train', sender: 'note',
    titles: ['Question about my case', 'New address', 'About my case', ''],
    body: [
      '[Hi,|To the appeals body,|Hello]',
      '[can you tell me how long my case about {benefit} will take|I have moved and my new address is {street}, {postcode} {town}|I am sending you the receipt you asked for|please send letters to my daughter from now on, she helps me]. [I have waited since {otherDate}.|My phone number is the same.|Thank you for your help.|]',
      '[Thanks|Regards|Best wishes]',
    ],
  },
  {
    id: 'corr.nn.h1', type: 'correspondence', lang: 'nn', split: 'train', sender: 'note',
    titles: ['Spørsmål om saka mi', 'Ny adresse', ''],
    body: [
      '[Hei.|Til klageinstansen.]',
      '[Eg lurer på kor lang tid saka mi om {benefit} tek.|Eg har flytta, og ny adresse er {street}, {postcode} {town}.|Eg sender kvitteringa de bad om.|Dottera mi hjelper meg no, ho kan ringast.] [Eg har venta sidan {otherDate}.|Takk for svar.|]',
      '[Helsing|Venleg helsing]',
    ],
  },
];
