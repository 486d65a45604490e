import type { Family } from './families.ts';

/**
 * More train families (issue 13, seventh session, round 2): what holds new writers' letters back after
 * more-h is the type head's doubt on comments and correspondence (right, but at a type probability of
 * 0.3–0.4, so a follow-up stays under the must-link threshold; or read as an appeal), and sanctions
 * cases whose practitioner names a profession that is another area's word (a chiropractor or
 * physiotherapist under Helfo's control read as physiotherapy). Written from SPEC.md only — comments
 * answer the transfer letter ("merknader", "oversendelsesbrevet"), correspondence is anything else from
 * a party, practitioner sanctions are folketrygdloven §§ 25-6, 25-7, 25-7a against "behandlere" — without
 * reading the unseen-writer set's letters or the eval families; the corpus test checks no template line
 * is shared with an eval family.
 */
const practitioner = '[kiropraktor|fysioterapeut|manuellterapeut|tannlege|psykolog|lege]';
const practitionerNn = '[kiropraktor|fysioterapeut|manuellterapeut|tannlege|psykolog|lege]';

export const moreTrainFamiliesI: Family[] = [
  // ───────────────────────── practitioner_sanctions, written by the practitioner ─────────────────────────
  {
    // The practitioner appeals Helfo's reaction in their own name; the profession is not the area.
    id: 'appeal.nb.j1', type: 'appeal', lang: 'nb', split: 'train', sender: 'person', areas: ['practitioner_sanctions'], noPadding: true,
    titles: ['Klage på Helfos vedtak om {subject}', 'Klage – direkte oppgjør', 'Klage på vedtak om tilbakekreving'],
    body: [
      `Jeg driver egen praksis som ${practitioner}[ med HPR-nr. {hpr}|] og klager på vedtaket fra {fi} [av|datert] {decisionDate} om {subject}.`,
      '[Vedtaket bygger på|Helfo viser til] [en kontroll av regningene mine|en gjennomgang av takstbruken i klinikken] [etter {law}|].',
      '[Jeg er uenig i at takstene er brukt feil.|Jeg har ikke handlet uaktsomt.|Jeg erkjenner en feil, men reaksjonen står ikke i forhold til den.] {detail}',
      '?[Pasientene mine vil bli rammet hvis jeg mister retten til direkte oppgjør.|Beløpet Helfo krever tilbake er regnet ut feil.]',
      '[Jeg ber om at vedtaket oppheves.|Jeg ber klageinstansen endre vedtaket.]',
    ],
    attachments: ['Kopi av vedtaket', 'Utskrift av journalnotater', 'Helfos kontrollrapport'],
  },
  {
    id: 'appeal_deadline_interrupting.nb.j1', type: 'appeal_deadline_interrupting', lang: 'nb', split: 'train', sender: 'person', areas: ['practitioner_sanctions'], noPadding: true,
    titles: ['Foreløpig klage – {subject}', 'Fristavbrytende klage på Helfos vedtak', 'Klage (begrunnelse ettersendes)'],
    body: [
      `Jeg er ${practitioner} og viser til vedtaket fra {fi} [av|datert] {decisionDate} om {subject}.`,
      '[Jeg klager på vedtaket nå for å avbryte klagefristen.|Klagen sendes nå for at fristen skal holdes.] [Nærmere begrunnelse vil ettersendes|Begrunnelsen kommer når jeg har fått innsyn i kontrollrapporten|Jeg trenger tid til å gå gjennom journalene, og sender begrunnelsen senere].',
      '?[Jeg ber om innsyn i sakens dokumenter.|Jeg ber om at tilbakekrevingen stilles i bero til klagen er avgjort.]',
    ],
  },
  {
    id: 'comments.nb.j1', type: 'comments', lang: 'nb', split: 'train', sender: 'person', areas: ['practitioner_sanctions'], noPadding: true,
    titles: ['Merknader til oversendelsesbrevet', 'Merknader – tilbakekreving', 'Kommentarer til Helfos oversendelse'],
    body: [
      `Som ${practitioner} i saken om {subject} har jeg fått kopi av [oversendelsesbrevet fra {fi}|brevet der {fi} sender klagen min videre til dere].`,
      '[Jeg har disse merknadene:|Mine merknader er:] [Helfo gjentar kontrollrapporten uten å svare på det jeg skrev i klagen.|Oversendelsesbrevet nevner ikke at jeg har rettet rutinene for takstbruk.|Helfo skriver at jeg har fått veiledning før, men det stemmer ikke.]',
      '{detail}',
      '[Ellers viser jeg til klagen.|Jeg står fast på klagen.]',
    ],
  },
  {
    // A practitioner writing about the sanctions case without appealing or commenting on the transfer.
    id: 'corr.nb.j1', type: 'correspondence', lang: 'nb', split: 'train', sender: 'person', areas: ['practitioner_sanctions'], noPadding: true,
    titles: ['Spørsmål om saken', 'Ettersendelse', 'Vedrørende saken om {subject}', ''],
    body: [
      `Jeg er ${practitioner} og har en sak hos dere om {subject}.`,
      '[Når kan jeg vente svar?|Jeg sender her journalutskriftene som manglet.|Jeg har ny adresse for praksisen: {street}, {postcode} {town}.|Kan dere sende brevene til regnskapsføreren min i stedet?]',
      '?[Takk for rask behandling.|Ring meg gjerne hvis noe er uklart.]',
    ],
  },
  {
    id: 'appeal.nn.j1', type: 'appeal', lang: 'nn', split: 'train', sender: 'person', areas: ['practitioner_sanctions'], noPadding: true,
    titles: ['Klage på vedtak frå Helfo', 'Klage – direkte oppgjer'],
    body: [
      `Eg er ${practitionerNn} og klagar på vedtaket frå {fi} [av|datert] {decisionDate} om {subject}.`,
      '[Helfo har kontrollert takstbruken min og meiner han er feil.|Kontrollen gjeld rekningar frå dei siste åra.] {detail}',
      '[Eg meiner reaksjonen er for streng.|Eg har ført journal for all behandling.] Eg ber om at vedtaket vert oppheva.',
    ],
  },
  // ───────────────────────────── comments, from the party ─────────────────────────────
  {
    // Comments that argue the case as an appeal does, but answer the transfer letter.
    id: 'comments.nb.j2', type: 'comments', lang: 'nb', split: 'train', sender: 'email',
    titles: ['Merknader', 'Svar på oversendelsen', 'Kommentar til brevet fra {fi}'],
    body: [
      '[Hei.|Til klageinstansen.]',
      '[Jeg har fått kopi av oversendelsesbrevet|Jeg fikk brevet der {fi} sender klagen min til dere] og [vil komme med noen merknader|har noen kommentarer]. [Fristen for merknader er ikke ute.|Dere skrev at jeg kunne uttale meg.]',
      '[{fi} skriver at|I brevet står det at] [jeg ikke har sendt dokumentasjon|legen ikke har begrunnet behovet|saken er godt nok opplyst], [men det er feil|og det er ikke riktig].',
      '{detail}',
      '[Ellers viser jeg til klagen min.|Det jeg skrev i klagen, gjelder fortsatt.]',
    ],
  },
  {
    id: 'comments.nn.j1', type: 'comments', lang: 'nn', split: 'train', sender: 'note',
    titles: ['Merknader', 'Merknad til oversendinga', ''],
    body: [
      '[Eg har fått kopi av oversendingsbrevet frå {fi}|Eg fekk brevet der {fi} sender klaga mi over til dykk].',
      '[Eg har nokre merknader.|Det er nokre ting eg vil kommentere.] [{fi} skriv at eg ikkje har sendt papira, men det har eg.|Det som står om helsa mi, er ikkje rett.|Dei har ikkje lese det legen skreiv.]',
      '?{detail}',
      '[Elles viser eg til klaga.|Eg held fast på klaga.]',
    ],
  },
  {
    id: 'comments.sv.j1', type: 'comments', lang: 'sv', split: 'train', sender: 'email',
    titles: ['Synpunkter på översändandet', 'Kommentarer till brevet från {fi}', 'Svar angående mitt överklagande'],
    body: [
      '[Hej,|Till klageinstansen,]',
      '[jag har fått en kopia av brevet där {fi} skickar mitt överklagande vidare till er|jag har läst översändelsebrevet som {fi} skickade till er]. [Jag vill lämna några synpunkter.|Här är mina kommentarer.]',
      '[{fi} skriver att jag inte har skickat in intyg, men det har jag.|Det som står om min hälsa stämmer inte.|De har inte läst det min läkare skrev.]',
      '?{detail}',
      '[I övrigt hänvisar jag till mitt överklagande.|Jag står fast vid mitt överklagande.]',
    ],
  },
  {
    id: 'comments.da.j1', type: 'comments', lang: 'da', split: 'train', sender: 'email',
    titles: ['Bemærkninger til oversendelsen', 'Kommentarer til brevet fra {fi}'],
    body: [
      '[Hej,|Til klageinstansen,]',
      '[jeg har fået en kopi af brevet, hvor {fi} sender min klage videre til jer|jeg har læst oversendelsesbrevet fra {fi}]. [Jeg har nogle bemærkninger.|Her er mine kommentarer.]',
      '[{fi} skriver, at jeg ikke har sendt dokumentation, men det har jeg.|Det, der står om mit helbred, er ikke rigtigt.|De har ikke læst, hvad min læge skrev.]',
      '?{detail}',
      '[I øvrigt henviser jeg til min klage.|Jeg fastholder min klage.]',
    ],
  },
];

/**
 * Correspondence from a party (a question about an appeal already sent, a document sent on, a new address), kept
 * apart so a candidate can be trained without it (`npm run train -- --without-families more-j`): these
 * letters name the appeal they follow, the appeal type's own words.
 */
export const moreTrainFamiliesJ: Family[] = [
  // ───────────────────────────── correspondence, from the party ─────────────────────────────
  {
    // A question about an appeal already sent is not an appeal.
    id: 'corr.nb.j2', type: 'correspondence', lang: 'nb', split: 'train', sender: 'email',
    titles: ['Spørsmål om klagen min', 'Status i saken', 'Ettersender dokument', 'Ny kontaktinformasjon'],
    body: [
      '[Hei,|Til klageinstansen.]',
      '[Jeg sendte en klage på vedtaket om {benefit} {otherDate} og lurer på når jeg får svar.|Vedlagt er kvitteringen jeg ikke fikk lagt ved klagen.|Jeg har fått nytt telefonnummer og ny adresse: {street}, {postcode} {town}.|Min sønn hjelper meg med saken nå, og dere kan gjerne snakke med ham.]',
      '?[Jeg har ikke noe mer å legge til.|Takk for hjelpen.|Jeg ringte dere forrige uke, men kom ikke gjennom.]',
    ],
  },
  {
    id: 'corr.sv.j1', type: 'correspondence', lang: 'sv', split: 'train', sender: 'email',
    titles: ['Fråga om mitt ärende', 'Ny adress', 'Kompletterande handling', ''],
    body: [
      '[Hej,|Till klageinstansen,]',
      '[jag överklagade beslutet om {benefit} {otherDate} och undrar när jag kan få besked.|här kommer kvittot som jag glömde att skicka med.|jag har flyttat och min nya adress är {street}, {postcode} {town}.|min dotter hjälper mig med ärendet och får gärna kontaktas.]',
      '?[Tack på förhand.|Jag har inte hört något sedan dess.]',
    ],
  },
  {
    id: 'corr.nn.j1', type: 'correspondence', lang: 'nn', split: 'train', sender: 'email',
    titles: ['Spørsmål om klaga mi', 'Ettersending', 'Ny adresse'],
    body: [
      '[Hei.|Til klageinstansen.]',
      '[Eg sende ei klage på vedtaket om {benefit} {otherDate} og lurer på når eg får svar.|Her er kvitteringa som mangla i klaga.|Eg har flytta, og ny adresse er {street}, {postcode} {town}.]',
      '?[Takk for hjelpa.|Eg har ikkje høyrt noko sidan.]',
    ],
  },
  {
    id: 'corr.en.j1', type: 'correspondence', lang: 'en', split: 'train', sender: 'email',
    titles: ['Question about my appeal', 'Documents for my case', 'Change of address'],
    body: [
      '[Hello,|Dear Sir or Madam,]',
      '[I sent an appeal about the decision on {benefit} on {otherDate} and would like to know when I can expect an answer.|Please find attached the receipt I forgot to include.|I have moved; my new address is {street}, {postcode} {town}.|My wife is helping me with the case, you may contact her.]',
      '?[Thank you in advance.|I have not heard anything since.]',
    ],
  },
];
