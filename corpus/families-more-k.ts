import type { Family } from './families.ts';

/**
 * More train families (issue 13, ninth session): writer kinds the corpus had no voice for, from the
 * issue's list of writers and SPEC.md only — a municipality's caseworker writing for a resident (with a
 * power of attorney), a hospital department's office writing about its patient, an insurance company's
 * claims handler asking about a case its own claim depends on. Written without reading the unseen-writer
 * set's letters or the eval families; the corpus test checks no template line is shared with an eval
 * family. Their letterheads and signatures are `corpus/letter-voices.ts`'s office voices.
 */
const residentAreas = ['patient_travel', 'pharmacy', 'medical', 'dental', 'physiotherapy', 'treatment_abroad', 'disability', 'work_assessment'];
const patientAreas = ['medical', 'treatment_abroad', 'patient_travel', 'physiotherapy', 'pharmacy', 'sick_pay', 'disability'];
const insuredAreas = ['occupational_injury', 'sick_pay', 'disability', 'work_assessment'];

export const moreTrainFamiliesK: Family[] = [
  // ───────────────────────── a municipality's caseworker, for a resident ─────────────────────────
  {
    id: 'appeal.nb.k1', type: 'appeal', lang: 'nb', split: 'train', sender: 'municipality', areas: residentAreas, noPadding: true,
    titles: ['Klage på vedtak – {name}', 'Klage på vegne av bruker', 'Klage på {fi}s vedtak', ''],
    body: [
      '[Jeg er|Undertegnede er] [saksbehandler|koordinator|kontaktperson] for {name}[, fnr. {fnr},|] [i kommunen|hos oss] og skriver på vegne av [henne|ham|brukeren] [med skriftlig fullmakt|etter avtale med {name}; fullmakt ligger ved].',
      '{name} [har fått|mottok] vedtak fra {fi} [datert|av] {decisionDate} om {subject}, og [ønsker å klage|vil at vedtaket skal prøves på nytt]. [Vedtaket kom fram {decisionReceived}.|]',
      '[Vi kjenner {name} godt gjennom|Kommunen følger {name} opp med] [hjemmetjenester|praktisk bistand|oppfølging flere ganger i uka], [og ser at|og vi mener at] {detailLower}',
      '?[{name} klarer ikke selv å skrive en klage.|Det er vanskelig for {name} å sette seg inn i brev fra det offentlige.]',
      '[Vi ber om at vedtaket blir endret.|På vegne av {name} ber vi klageinstansen endre vedtaket.|Vi ber om at saken vurderes på nytt.]',
      '?[Svar kan sendes til {name} med kopi til oss.|Ta gjerne kontakt med undertegnede om noe er uklart.]',
    ],
    attachments: ['Fullmakt', 'Kopi av vedtaket', 'Uttalelse fra hjemmetjenesten', 'Legeerklæring'],
  },
  {
    id: 'appeal.nn.k1', type: 'appeal', lang: 'nn', split: 'train', sender: 'municipality', areas: residentAreas, noPadding: true,
    titles: ['Klage på vedtak – {name}', 'Klage på vegner av brukar', ''],
    body: [
      'Eg er [sakshandsamar|koordinator|kontaktperson] for {name}[, fnr. {fnr},|] i kommunen og skriv på vegner av [henne|han] med fullmakt.',
      '{name} fekk vedtak frå {fi} [datert|av] {decisionDate} om {subject} og [vil klage|ønskjer at vedtaket blir prøvd på nytt].',
      '[Kommunen følgjer {name} opp med heimetenester, og vi ser at|Vi kjenner situasjonen godt, og] {detailLower}',
      '[Vi ber om at vedtaket blir endra.|På vegner av {name} ber vi klageinstansen endre vedtaket.]',
      '?[Svar kan sendast til {name} med kopi til oss.|Ta gjerne kontakt med underteikna.]',
    ],
    attachments: ['Fullmakt', 'Kopi av vedtaket'],
  },
  {
    // The caseworker writes about a case already sent on: documents, status, a new address.
    id: 'corr.nb.k1', type: 'correspondence', lang: 'nb', split: 'train', sender: 'municipality', areas: residentAreas, noPadding: true,
    titles: ['Spørsmål om saken til {name}', 'Ettersending av dokumenter – {name}', 'Henvendelse fra kommunen', ''],
    body: [
      '[Vi bistår|Kommunen bistår] {name}[, fnr. {fnr},|] [i saken om|med klagen som gjelder] {benefit}[, deres ref. {ourRef}|] og har fullmakt [til å følge opp saken|fra {name}].',
      '[Vi lurer på når saken kan ventes avgjort.|Vedlagt følger dokumentene dere etterlyste.|{name} har flyttet til {street}, {postcode} {town}, og post må sendes dit.|{name} er innlagt, så vi ber om at brev i saken sendes til oss i mellomtiden.]',
      '?[Takk for hjelpen.|Ta kontakt hvis dere trenger mer.]',
    ],
  },
  {
    id: 'comments.nb.k1', type: 'comments', lang: 'nb', split: 'train', sender: 'municipality', areas: residentAreas, noPadding: true,
    titles: ['Merknader til oversendelsen – {name}', 'Kommentarer fra kommunen til oversendelsesbrevet', ''],
    body: [
      '[Vi har fått kopi av|Kommunen har mottatt] brevet der {fi} sender klagen fra {name} videre til dere, og har [noen merknader|et par kommentarer] på vegne av {name}, som vi har fullmakt fra.',
      '[{fi} skriver at {name} klarer seg selv, men|Oversendelsen nevner ikke at] [kommunen gir hjelp flere ganger i uka|{name} har fått tettere oppfølging etter vedtaket|situasjonen er blitt verre siden klagen ble skrevet].',
      '[Ut over dette viser vi til klagen.|Vi står ved det som står i klagen.]',
    ],
  },
  // ───────────────────────── a hospital department's office, about its patient ─────────────────────────
  {
    id: 'corr.nb.k2', type: 'correspondence', lang: 'nb', split: 'train', sender: 'hospital_department', areas: patientAreas, noPadding: true,
    titles: ['Vedrørende pasient {name}', 'Oversendelse av journalkopi', 'Henvendelse om pasient', ''],
    body: [
      '[Vi viser til|Det vises til] [deres brev|forespørselen fra dere] om {name}[, fnr. {fnr}|], [som er pasient hos oss|som har vært til behandling ved avdelingen].',
      '[Vedlagt følger kopi av journalnotatene dere ba om.|Pasienten har bedt oss sende dere timebekreftelsene for behandlingen.|Vi ber om å få vite hvor saken står, fordi planlagt behandling avhenger av den.|Pasienten er innlagt, og vi ber om at svar i saken sendes til oss etter avtale med henne.]',
      '?[Pasienten har samtykket til at vi skriver til dere.|Samtykke fra pasienten ligger ved.]',
    ],
    attachments: ['Journalkopi', 'Samtykke fra pasienten', 'Timebekreftelser'],
  },
  {
    id: 'corr.nn.k2', type: 'correspondence', lang: 'nn', split: 'train', sender: 'hospital_department', areas: patientAreas, noPadding: true,
    titles: ['Om pasient {name}', 'Journalkopi', ''],
    body: [
      'Vi viser til [brevet dykkar|førespurnaden frå dykk] om {name}[, fnr. {fnr}|], som [er pasient hjå oss|har vore til behandling ved avdelinga].',
      '[Vedlagt ligg kopi av journalnotata de bad om.|Pasienten har bede oss sende dykk timestadfestingane.|Vi ber om å få vite kor saka står, fordi planlagd behandling heng på ho.]',
      '?Pasienten har samtykt til at vi skriv til dykk.',
    ],
  },
  // ───────────────────────── an insurance company's claims handler ─────────────────────────
  {
    // The insurer's own claim waits on the case; it is no party and acts for no one.
    id: 'corr.nb.k3', type: 'correspondence', lang: 'nb', split: 'train', sender: 'insurer', areas: insuredAreas, noPadding: true,
    titles: ['Forespørsel om status – {name}', 'Vår kunde {name}', 'Anmodning om kopi av vedtak', ''],
    body: [
      '[Vi behandler en skade|Vi har en sak] for vår kunde {name}[, fnr. {fnr},|] [etter|under] [en personforsikring|en kollektiv personforsikring|en individuell personforsikring].',
      '[Kunden opplyser at det er klaget på|Vi er kjent med at {name} har klaget på] {fi}s vedtak om {benefit}, og [vårt oppgjør avventer utfallet|vi trenger avgjørelsen før vi kan ta stilling til kravet].',
      '[Vi ber om å få vite når saken ventes avgjort.|Vi ber om kopi av avgjørelsen når den foreligger; samtykke fra kunden ligger ved.|Vi ber om å bli orientert om resultatet.]',
      '?[Vi gjør oppmerksom på at vi ikke er part i saken.|Henvendelsen gjelder bare informasjon.]',
    ],
    attachments: ['Samtykke fra kunden'],
  },
];
