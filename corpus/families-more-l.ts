import type { Family } from './families.ts';
import { personalAreas } from './letter-voices.ts';

/**
 * More train families (issue 13, session 13): the three kinds of new writer the calibration half still
 * holds — short appeals in Swedish, Danish and English, handwritten-style notes, and printed e-mails — each
 * covering several types (appeals, deadline-interrupting appeals, comments, consents, documents sent on).
 * Written from SPEC.md's taxonomy and the description of the writers only: not from the
 * unseen-writer set's letters or the eval families (the corpus test checks no template line is shared
 * with an eval family). The benefit is named in the writer's own words (`{lay}`, corpus/lay-words.ts).
 */
export const moreTrainFamiliesL: Family[] = [
  // ───────────────────────── short appeals: who, which decision, "I disagree", signature ─────────────────────────
  {
    id: 'appeal.sv.l1', type: 'appeal', lang: 'sv', split: 'train', sender: 'person', areas: personalAreas, noPadding: true, weight: 0.5,
    titles: ['Överklagan', 'Överklagande', 'Jag överklagar', 'Angående {lay}', ''],
    body: [
      '[Jag överklagar|Härmed överklagar jag|Jag vill överklaga] [beslutet|ert beslut|beslutet från {fi}] [om|angående|som gäller] {lay}[ daterat {decisionDate}| från {decisionDate}|].',
      '[Jag håller inte med.|Jag tycker att beslutet är fel.|Jag är inte enig i beslutet.|Beslutet stämmer inte.]',
      '?[Jag har betalat allt själv och har inte råd.|Min läkare tycker också att det är fel.|Ingen har frågat mig om något.|Jag bor i Sverige men har arbetat i Norge.]',
      '?[Skriv gärna till mig på svenska.|Ni kan ringa mig om ni undrar något.]',
    ],
  },
  {
    id: 'appeal.da.l1', type: 'appeal', lang: 'da', split: 'train', sender: 'person', areas: personalAreas, noPadding: true, weight: 0.5,
    titles: ['Klage', 'Klage over afgørelse', 'Jeg klager', 'Vedrørende {lay}', ''],
    body: [
      '[Jeg klager over|Hermed klager jeg over|Jeg vil gerne klage over] [afgørelsen|jeres afgørelse|afgørelsen fra {fi}] [om|vedrørende|angående] {lay}[ af {decisionDate}| dateret {decisionDate}|].',
      '[Jeg er ikke enig.|Jeg mener afgørelsen er forkert.|Det er jeg uenig i.|Afgørelsen er ikke rigtig.]',
      '?[Jeg har selv betalt det hele.|Min læge er enig med mig.|Ingen har talt med mig om det.|Jeg bor i Danmark, men har arbejdet i Norge.]',
      '?[I må gerne skrive til mig på dansk eller engelsk.|Ring gerne hvis I har spørgsmål.]',
    ],
  },
  {
    id: 'appeal.en.l1', type: 'appeal', lang: 'en', split: 'train', sender: 'person', areas: personalAreas, noPadding: true, weight: 0.5,
    titles: ['Appeal', 'Complaint about decision', 'I wish to appeal', 'Re: {lay}', ''],
    body: [
      '[I am appealing|I wish to appeal|I hereby appeal|Please accept this as my appeal against] [the decision|your decision|the decision from {fi}] [about|regarding|on] {lay}[ dated {decisionDate}| of {decisionDate}|].',
      '[I disagree with it.|I do not agree.|I think the decision is wrong.|This is not fair.]',
      '?[I paid for all of it myself.|My doctor agrees with me.|Nobody asked me anything before deciding.|I live in Poland now but worked in Norway for years.]',
      '?[Please reply in English.|You can call me if anything is unclear.]',
    ],
  },
  // ───────────────────────── the same, as printed e-mails with quoted replies and disclaimers ─────────────────────────
  {
    id: 'appeal.sv.l2', type: 'appeal', lang: 'sv', split: 'train', sender: 'email', areas: personalAreas, noPadding: true, weight: 0.5,
    titles: ['Överklagan', 'SV: Beslut', 'VB: överklagande', 'Beslut om {lay}', ''],
    body: [
      '[Hej,|Hej!|Hej igen,]',
      '[Jag överklagar beslutet|Jag vill överklaga det ni bestämde] [om|angående] {lay}. [Jag håller inte med|Det är fel] [och vill att ni tittar på det igen.|.]',
      '?[Beslutet är daterat {decisionDate}.|Jag fick brevet {decisionReceived}.]',
      '?[Från: {fi}|{fi} skrev {earlierDate}:]',
      '?> [Vi har fattat beslut i ditt ärende.|Du kan överklaga beslutet inom sex veckor.|Ditt ärende är avgjort.]',
      '?[Detta e-postmeddelande kan innehålla konfidentiell information. Om du inte är rätt mottagare, radera meddelandet.|Skickat från min iPhone]',
    ],
  },
  {
    id: 'appeal.da.l2', type: 'appeal', lang: 'da', split: 'train', sender: 'email', areas: personalAreas, noPadding: true, weight: 0.5,
    titles: ['Klage', 'SV: Afgørelse', 'VS: klage', 'Afgørelse om {lay}', ''],
    body: [
      '[Hej,|Hej!|Kære klageinstans,]',
      '[Jeg klager over afgørelsen|Jeg vil klage over det I har besluttet] [om|vedrørende] {lay}. [Jeg er ikke enig|Det er forkert] [og beder jer se på det igen.|.]',
      '?[Afgørelsen er dateret {decisionDate}.|Jeg fik brevet {decisionReceived}.]',
      '?[Fra: {fi}|{fi} skrev {earlierDate}:]',
      '?> [Vi har truffet afgørelse i din sag.|Du kan klage over afgørelsen inden seks uger.|Din sag er afgjort.]',
      '?[Denne e-mail kan indeholde fortrolige oplysninger. Hvis du ikke er den rette modtager, bedes du slette den.|Sendt fra min iPhone]',
    ],
  },
  {
    id: 'appeal.en.l2', type: 'appeal', lang: 'en', split: 'train', sender: 'email', areas: personalAreas, noPadding: true, weight: 0.5,
    titles: ['Appeal', 'RE: Decision', 'FW: appeal', 'Decision about {lay}', ''],
    body: [
      '[Hi,|Hello,|Dear appeals body,]',
      '[I want to appeal the decision|I am writing to appeal what you decided] [about|regarding] {lay}. [I disagree|It is wrong] [and ask you to look at it again.|.]',
      '?[The decision is dated {decisionDate}.|I received the letter on {decisionReceived}.]',
      '?[From: {fi}|On {earlierDate}, {fi} wrote:]',
      '?> [We have made a decision in your case.|You may appeal within six weeks.|Your case has been decided.]',
      '?[This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please delete it.|Sent from my iPhone]',
    ],
  },
  {
    // A short deadline-interrupting appeal by the same writers, so "I appeal" alone never means the whole appeal.
    id: 'adi.en.l1', type: 'appeal_deadline_interrupting', lang: 'en', split: 'train', sender: 'email', areas: personalAreas, noPadding: true, weight: 0.5,
    titles: ['Appeal - more to follow', 'Appeal (deadline)', 'RE: Decision', ''],
    body: [
      '[Hi,|Hello,]',
      '[I appeal|I want to appeal] the decision [about|on] {lay}[ dated {decisionDate}|], [but I cannot write the reasons before the deadline.|but I need more time to write why.|and will send my reasons later.]',
      '[I will send the rest within [two|three|four] weeks.|My doctor is writing a statement and I will send it with my reasons.|Please treat this as my appeal so the deadline is kept.]',
    ],
  },
  {
    id: 'adi.sv.l1', type: 'appeal_deadline_interrupting', lang: 'sv', split: 'train', sender: 'person', areas: personalAreas, noPadding: true, weight: 0.5,
    titles: ['Överklagan – komplettering kommer', 'Överklagande', ''],
    body: [
      '[Jag överklagar|Jag vill överklaga] beslutet [om|angående] {lay}[ daterat {decisionDate}|], [men hinner inte skriva hela motiveringen före fristen.|och skickar motiveringen senare.]',
      '[Jag skickar resten inom [två|tre] veckor.|Min läkare skriver ett intyg som jag skickar med motiveringen.]',
    ],
  },
  // ───────────────────────── handwritten-style notes: run-on, abbreviations, few line breaks ─────────────────────────
  {
    id: 'appeal.nb.l1', type: 'appeal', lang: 'nb', split: 'train', sender: 'note', areas: personalAreas, noPadding: true, weight: 0.5,
    titles: ['', 'klage', 'KLAGE!!', 'ang. {lay}'],
    body: [
      '[vil klage på|klager på|jeg er ikke enig i] [vedtaket om|brevet om|det dere har bestemt om] {lay} [fra {fi}|dat. {decisionDate}|som kom {decisionReceived}] [pga at|for] [det er feil|det stemmer ikke|ingen har spurt meg] [og|+] [legen min er enig|jeg har ikke råd|jeg har vært dårlig hele året] [så be om at dere ser på det igjen|så vær så snill å endre det|mvh]',
      '?[ps. ringer gjerne|p.s. legeerkl. kommer|ps. har sendt kopi til fastlegen] [tlf. etter kl 16|]',
      '?[f.nr|fnr.|pers.nr] {fnr}',
    ],
  },
  {
    id: 'comments.nb.l1', type: 'comments', lang: 'nb', split: 'train', sender: 'note', areas: personalAreas, noPadding: true, weight: 0.5,
    titles: ['', 'merknader', 'ang. brevet fra {fi}', 'kommentar til oversendelsen'],
    body: [
      '[har fått kopi av|fikk brevet der|leste brevet hvor] {fi} [sender klagen min videre|sender saken til dere] [og vil bare si at|og det stemmer ikke at|men] [de har ikke tatt med legeerkl.|jeg har aldri fått noe tilbud|det er ikke sant at jeg har takket nei] [så jeg står ved klagen|mvh|så ikke hør på dem]',
      '?[gjelder {lay}|saken om {lay}|dere har ref. {ourRef}]',
      '?[f.nr|fnr.] {fnr}',
    ],
  },
  {
    // Sending more: the writer posts the papers the office asked for, by hand on a slip.
    id: 'corr.nb.l1', type: 'correspondence', lang: 'nb', split: 'train', sender: 'note', areas: personalAreas, noPadding: true, weight: 0.5,
    titles: ['', 'ettersending', 'vedlegg til saken', 'papirer dere ba om'],
    body: [
      '[her er|sender] [papirene|kvitteringene|kopien av legeerkl.|timelista] [dere ba om|som manglet|jeg lovte] [i saken om|til saken med] {lay}[ ref. {ourRef}|] [håper det er greit|gi beskjed om noe mangler|mvh]',
      '?[har ny adr. fra neste mnd|ringer hvis jeg finner flere|resten kommer når jeg får det fra sykehuset]',
      '?[f.nr|fnr.] {fnr}',
    ],
  },
  {
    id: 'consent.nb.l1', type: 'consent', lang: 'nb', split: 'train', sender: 'note', areas: personalAreas, noPadding: true, weight: 0.5,
    titles: ['', 'samtykke', 'fullmakt/samtykke', 'ok å hente opplysninger'],
    body: [
      '[jeg samtykker i at|det er ok for meg at|jeg gir lov til at] [dere henter|klageinstansen innhenter|dere ber om] [journalen min|opplysninger fra fastlegen|papirene fra sykehuset] [i saken om|til klagen på] {lay}[ ref. {ourRef}|] [og at|+] [dere snakker med {fi}|legen kan svare på spørsmål|det sendes kopi til meg]',
      '?[dato {letterDate}|{letterDate}]',
      '[f.nr|fnr.|pers.nr] {fnr}',
    ],
  },
  // ───────────────────────── printed e-mails of follow-ups: comments, consent, sending more ─────────────────────────
  {
    id: 'comments.en.l2', type: 'comments', lang: 'en', split: 'train', sender: 'email', areas: personalAreas, noPadding: true, weight: 0.5,
    titles: ['RE: Your case {ourRef}', 'Comments on the transfer letter', 'My comments', 'RE: Copy of transfer'],
    body: [
      '[Hello,|Hi,|Dear case officer,]',
      '[Thank you for the copy of the letter in which|I have read the letter in which] {fi} [sends my appeal on to you|forwards my case]. [Here are my comments.|I would like to comment on it.]',
      '[They write that I did not send the papers, but I did.|They have not mentioned what my doctor wrote.|It is not true that I turned down the offer.] [I stand by my appeal about {lay}.|Everything else is in my appeal.]',
      '?[On {earlierDate}, {ourBody} wrote:|-----Original Message-----]',
      '?> [We enclose a copy of the transfer letter. You may send us comments within three weeks.|Your case {ourRef} has been received.]',
      '?[This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.|Sent from Outlook for Android]',
    ],
  },
  {
    id: 'comments.sv.l2', type: 'comments', lang: 'sv', split: 'train', sender: 'email', areas: personalAreas, noPadding: true, weight: 0.5,
    titles: ['SV: Ert ärende {ourRef}', 'Synpunkter på översändandet', 'Mina synpunkter'],
    body: [
      '[Hej,|Hej!]',
      '[Tack för kopian av brevet där|Jag har läst brevet där] {fi} [skickar min överklagan vidare till er|skickar över mitt ärende]. [Här är mina synpunkter.|Jag vill kommentera det.]',
      '[De skriver att jag inte skickade papperen, men det gjorde jag.|De nämner inte vad min läkare skrev.] [Jag står fast vid min överklagan om {lay}.|Resten står i min överklagan.]',
      '?[{ourBody} skrev {earlierDate}:|-----Ursprungligt meddelande-----]',
      '?> [Vi bifogar en kopia av översändelsebrevet. Du kan lämna synpunkter inom tre veckor.|Ditt ärende {ourRef} har kommit in.]',
    ],
  },
  {
    id: 'consent.en.l2', type: 'consent', lang: 'en', split: 'train', sender: 'email', areas: personalAreas, noPadding: true, weight: 0.5,
    titles: ['RE: Consent', 'Consent to obtain information', 'RE: Your case {ourRef}'],
    body: [
      '[Hello,|Hi,]',
      '[I consent to|I give my permission for|Yes, I agree to] [you obtaining my medical records|the appeals body getting information from my doctor|you asking the hospital for my journal] [for my appeal about|in my case on] {lay}.',
      '?[You may also contact {fi}.|My doctor knows about this.]',
      '?[On {earlierDate}, {ourBody} wrote:|-----Original Message-----]',
      '?> [To process your appeal we need your consent to obtain information. Please reply to this e-mail.|Please confirm that we may obtain your medical records.]',
    ],
  },
  {
    id: 'corr.da.l2', type: 'correspondence', lang: 'da', split: 'train', sender: 'email', areas: personalAreas, noPadding: true, weight: 0.5,
    titles: ['Eftersendelse af dokumenter', 'SV: Jeres sag {ourRef}', 'Bilag til min sag'],
    body: [
      '[Hej,|Hej!]',
      '[Hermed sender jeg|Vedhæftet er] [de papirer I bad om|kvitteringerne|lægeerklæringen] [til min sag om|vedrørende] {lay}.',
      '?[Sig endelig til hvis der mangler noget.|Resten kommer når jeg har fået det fra hospitalet.]',
      '?[{ourBody} skrev {earlierDate}:|-----Oprindelig meddelelse-----]',
      '?> [Vi mangler dokumentation i din sag. Send den venligst inden tre uger.|Din sag {ourRef} er modtaget.]',
    ],
  },
  {
    id: 'corr.en.l2', type: 'correspondence', lang: 'en', split: 'train', sender: 'email', areas: personalAreas, noPadding: true, weight: 0.5,
    titles: ['Documents for my case', 'RE: Your case {ourRef}', 'Sending more papers', 'Question about my case'],
    body: [
      '[Hello,|Hi,]',
      '[Attached are|Here are|I am sending] [the receipts|the papers you asked for|my doctor’s statement] [for my case about|regarding] {lay}[.|, as promised.]',
      '?[When can I expect an answer?|I have moved; please use my new address.|Let me know if anything is missing.]',
      '?[On {earlierDate}, {ourBody} wrote:|-----Original Message-----]',
      '?> [We are missing documentation in your case. Please send it within three weeks.|Your case {ourRef} has been received.]',
    ],
  },
];
