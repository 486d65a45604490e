/**
 * A development slice for appeals written in English, Danish and Swedish (session 23, issue 13): writers living
 * abroad, or writing in their own language, lodge the appeal in words the Norwegian templates never used — «I wish
 * to appeal against your decision of …», «I am writing to contest …», «I disagree with the decision and ask that it
 * be reviewed», da «Jeg klager hermed over afgørelsen …», «Jeg er uenig i jeres afgørelse og ønsker den prøvet»,
 * sv «Jag begär omprövning av beslutet …», «Jag vill överklaga …». And the must-nots that only mention appealing: a
 * doctor's «the patient intends to appeal», a lawyer's costs claim «in the appeal against …», a question «how do I
 * appeal?», «I do not wish to appeal», a conditional «if you do not change it I will appeal», words reported or
 * quoted, an appeal sent earlier. Not an evaluation set (never scored as one, never trained on):
 * scripts/eea-appeal-types.ts and test/classify/lodged-appeal-eea.test.ts read it. Synthetic ids only (month + 80).
 */
export interface EeaLetter {
  id: string;
  language: 'sv' | 'da' | 'en';
  documentType: 'appeal' | 'medical_declaration' | 'legal_costs_claim' | 'correspondence' | 'comments';
  text: string;
}

const letter = (id: string, language: EeaLetter['language'], documentType: EeaLetter['documentType'], text: string): EeaLetter => ({ id, language, documentType, text: text.trim() });

/** Letters that lodge the appeal and so open its case. */
export const eeaAppeals: EeaLetter[] = [
  letter('e01', 'en', 'appeal', `
Michael Brennan
14 Harcourt Street
Dublin 2, Ireland

NAV Arbeid og ytelser Utland
Postboks 6600 Etterstad
0607 Oslo, Norway

Dublin, 12 November 2026

National identity number: 15895012345

I wish to appeal against your decision of 20 October 2026 refusing my application for disability benefit.
I worked in Stavanger for eleven years before my back injury, and the Irish medical board has assessed my
capacity for work as permanently reduced by more than half. I enclose their report and ask that the Norwegian
period is counted.

Yours faithfully,
Michael Brennan`),
  letter('e02', 'en', 'appeal', `
From: anna.kowalska@wp.pl
To: nav.utland@nav.no
Date: 18 November 2026
Subject: Decision on sickness benefit, ref 26/441870

Dear Sir or Madam,
I am writing to contest the decision of 4 November 2026 to stop my sickness benefit from 1 November. I was still
on sick leave from my doctor in Gdansk and I sent the certificate to you on 28 October. Please consider the
certificate again; it is attached once more.
Kind regards
Anna Kowalska
national identity number 03875512345`),
  letter('e03', 'en', 'appeal', `
Sara Lindqvist
Vasagatan 12
411 24 Göteborg
Sweden

Helfo
Postboks 2415
3104 Tønsberg

2 December 2026

Your reference: 26/398114

I disagree with the decision of 9 November 2026 and ask that it be reviewed. Helfo refused to refund the
treatment I had at Sahlgrenska University Hospital in September, saying I should have applied for prior
approval. The surgery was urgent, and my Norwegian GP had referred me because the waiting time in Norway was
eight months.

Sincerely,
Sara Lindqvist`),
  letter('e04', 'en', 'appeal', `
To: Pasientreiser Vest
Date: 25 November 2026

Complaint about decision of 10 November 2026

I hereby appeal your decision of 10 November 2026 refusing to cover my taxi from Haukeland to Voss after my
eye operation. I could not drive and there was no bus that evening. Please reconsider.

Tom Richards
Voss, national id 21857912345`),
  letter('e05', 'en', 'appeal', `
Dear NAV,

I want to appeal the decision from 30 October 2026 about my work assessment allowance (AAP). You say I did not
attend the meeting on 14 October, but I was in hospital in Lisbon that week. I have the discharge letter and
send it with this e-mail.

Best wishes,
Joao Pereira
D-number 45897312345`),
  letter('e06', 'en', 'appeal', `
Dr. Emily Carter
Fjellveien 3, 5019 Bergen

To Helfo

Appeal – decision of 6 November 2026, reimbursement of dental treatment

I appeal against Helfo's decision of 6 November 2026 refusing support for my periodontal treatment. My dentist
has documented periodontitis with bone loss, which is covered under the rules for dental treatment. The
dentist's statement and the X-rays are enclosed.

Yours sincerely,
Emily Carter
national identity number 07846912345`),
  letter('e07', 'en', 'appeal', `
Hans de Vries
Keizersgracht 40, Amsterdam

NAV Klageinstans

9 November 2026

Re: your decision of 21 October 2026 on occupational injury

I am writing to appeal your decision of 21 October 2026 not to recognise my fall on the oil platform on 3 March
2025 as an occupational injury. The fall happened during my shift, as the platform's incident report shows.

Regards,
Hans de Vries`),
  letter('e08', 'en', 'appeal', `
From: li.wang@gmail.com
To: post@helfo.no
Subject: Request for review of decision 26/512003

Hello,
I do not accept the decision of 13 November 2026 refusing to cover my blue prescription medicine for migraine,
and I ask that it be reviewed. My neurologist has tried three other medicines without effect.
Li Wang`),
  letter('e09', 'da', 'appeal', `
Jens Mikkelsen
Søndergade 14
8000 Aarhus C
Danmark

NAV Arbeid og ytelser Utland
Postboks 6600 Etterstad
0607 Oslo

Aarhus, 19. november 2026

Klage over afgørelse af 28. oktober 2026

Jeg klager hermed over afgørelsen af 28. oktober 2026, hvor I har afslået min ansøgning om uføretrygd. Jeg
arbejdede i Norge i ni år og har ikke kunnet arbejde siden ulykken i 2024. Jeg vedlægger lægeerklæring fra min
egen læge.

Med venlig hilsen
Jens Mikkelsen`),
  letter('e10', 'da', 'appeal', `
Til Helfo

København, 3. december 2026

Jeg er uenig i jeres afgørelse af 14. november 2026 og ønsker den prøvet. I har afslået at dække min
behandling på Rigshospitalet i september, men behandlingen var akut, og ventetiden i Norge var over et halvt år.

Venlig hilsen
Mette Holm
personnummer 12866412345`),
  letter('e11', 'da', 'appeal', `
Fra: peter.lund@mail.dk
Til: pasientreiser@helse-vest.no
Emne: Afgørelse om rejseudgifter

Jeg vil gerne klage over jeres afgørelse af 5. november 2026 om rejseudgifter til behandlingen i Bergen. Jeg
kan ikke køre bil efter operationen, og der går ingen bus fra Florø på det tidspunkt.

Venlig hilsen
Peter Lund`),
  letter('e12', 'da', 'appeal', `
Aalborg, 20. november 2026

Til NAV

Vedr. sygedagpenge, jeres ref. 26/377412

Jeg påklager hermed NAVs afgørelse af 2. november 2026 om standsning af mine sygedagpenge. Jeg var stadig
sygemeldt, og min læge har sendt attesten. Jeg beder om, at afgørelsen ændres.

Med venlig hilsen
Lone Kristensen`),
  letter('e13', 'da', 'appeal', `
Til Helfo

Jeg klager over afgørelsen fra Helfo af 12. november 2026 om tandbehandling. Tandlægen har dokumenteret, at
behandlingen var nødvendig efter sygdom.

Søren Berg
personnummer 03827112345`),
  letter('e14', 'da', 'appeal', `
Kære NAV

Jeg ønsker at klage over afgørelsen af 27. oktober 2026 om arbejdsafklaringspenge. Jeg mødte op til alle
samtaler, men jeg fik aldrig indkaldelsen til mødet den 8. oktober, fordi den blev sendt til min gamle adresse.

Med venlig hilsen
Hanne Dahl`),
  letter('e15', 'sv', 'appeal', `
Karin Svensson
Storgatan 8
852 30 Sundsvall
Sverige

NAV Arbeid og ytelser Utland
Postboks 6600 Etterstad
0607 Oslo

Sundsvall den 16 november 2026

Överklagande av beslut

Jag överklagar härmed beslutet av den 30 oktober 2026 om avslag på uføretrygd. Jag arbetade i Norge i tolv år
och min arbetsförmåga är varaktigt nedsatt enligt intyg från min läkare, som jag bifogar.

Med vänlig hälsning
Karin Svensson`),
  letter('e16', 'sv', 'appeal', `
Till Helfo

Göteborg den 24 november 2026

Jag begär omprövning av ert beslut den 8 november 2026 om ersättning för behandling utomlands. Operationen på
Sahlgrenska var akut och jag hann inte ansöka om förhandstillstånd.

Med vänlig hälsning
Erik Nyström
personnummer 21886112345`),
  letter('e17', 'sv', 'appeal', `
Från: maria.olsson@telia.se
Till: post@nav.no
Ämne: Beslut om sjukpenning

Hej,
jag vill överklaga beslutet från den 3 november 2026 om att mina sykepenger stoppas. Jag är fortfarande
sjukskriven och läkarintyget är bifogat.
Maria Olsson`),
  letter('e18', 'sv', 'appeal', `
Till Pasientreiser

Jag överklagar ert beslut av den 12 november 2026 att inte ersätta min resa från Strömstad till Oslo för
behandling. Det fanns ingen annan möjlighet än taxi den dagen.

Anders Berg
Strömstad`),
  letter('e19', 'sv', 'appeal', `
Luleå den 1 december 2026

Till NAV

Jag är inte nöjd med beslutet av den 18 november 2026 om arbetsavklaringspenger och överklagar det härmed. Jag
har deltagit i alla aktiviteter som står i min aktivitetsplan.

Lena Holm`),
  letter('e20', 'sv', 'appeal', `
Till Helfo

Härmed överklagar jag Helfos beslut av den 9 november 2026 om stöd till tandbehandling. Tandläkaren har
intygat att behandlingen var nödvändig efter strålbehandling.

Med vänlig hälsning
Olof Lind`),
];

/** Letters that only mention appealing: none of them lodges an appeal. */
export const eeaMustNots: EeaLetter[] = [
  letter('n01', 'en', 'medical_declaration', `
Medical statement

Patient: Robert Miles, national id 15895012345

I have been Mr Miles's general practitioner since 2018. He has severe rheumatoid arthritis with deformities
of both hands and cannot grip or carry. His capacity for work is reduced by at least two thirds.

The patient intends to appeal the decision of 20 October 2026 and has asked me to describe his condition.

Dr Helen Price, GP`),
  letter('n02', 'en', 'legal_costs_claim', `
Claim for legal costs

Client: Paul Nowak, national id 03875512345

We refer to NAV's decision of 5 November 2026, which reversed the refusal of work assessment allowance in our
client's favour. In the appeal against the decision of 2 June 2026 we spent 9 hours. We claim our costs under
section 36 of the Public Administration Act: 9 hours at NOK 1 650, NOK 14 850.

Nordic Law AS
lawyer Ingrid Dahl`),
  letter('n03', 'en', 'correspondence', `
From: jan.kral@seznam.cz
To: post@nav.no
Subject: Question

Hello, I got your decision of 4 November 2026 about my sickness benefit. How do I appeal against the
decision? Do I write to you or to another office, and how long do I have?
Jan Kral`),
  letter('n04', 'en', 'correspondence', `
Dear Helfo,

Thank you for the decision of 3 November 2026. I have read it and I do not wish to appeal against the decision.
I only want to give you my new address: 22 Park Road, Leeds LS1 2AB, United Kingdom.

Best regards
Claire Hughes`),
  letter('n05', 'en', 'correspondence', `
Dear NAV,

Your decision of 28 October 2026 says my work assessment allowance stops. I think this is a mistake, because
I sent the employment form in time. If you do not change the decision, I will appeal against it. Please check
your records and write to me.

Regards
David Moore`),
  letter('n06', 'en', 'medical_declaration', `
Medical certificate

Patient: Lisa Grant, born 1971

The patient has multiple sclerosis with increasing fatigue and reduced walking distance. MRI in September showed
new lesions.

She told me: "I wish to appeal against the decision of 2 October 2026." She will write the appeal herself.

Dr Mark Evans`),
  letter('n07', 'en', 'correspondence', `
From: olga.ivanova@mail.ee
To: post@nav.no

I sent my appeal against the decision of 7 October 2026 on 20 October. When will I get an answer? It is now
six weeks.

Olga Ivanova`),
  letter('n08', 'en', 'medical_declaration', `
Medical report – sickness benefit

Patient: George Hall, national id 21857912345

Mr Hall has had a lumbar disc herniation since March. Surgery is planned in January. He is fully unfit for work
until then.

I support his appeal against the decision of 12 October 2026.

Dr Sarah Lee, orthopaedic surgeon`),
  letter('n09', 'da', 'medical_declaration', `
Lægeerklæring

Patient: Birgitte Nielsen, personnummer 12866412345

Patienten har svær slidgigt i begge knæ og kan ikke gå mere end 200 meter. Hun venter på knæoperation.

Patienten overvejer at klage over afgørelsen af 30. oktober 2026 og har bedt mig beskrive hendes tilstand.

Med venlig hilsen
Læge Anne Mortensen`),
  letter('n10', 'da', 'correspondence', `
Til NAV

Jeg har modtaget jeres afgørelse af 10. november 2026. Hvordan klager jeg over afgørelsen, og hvor lang tid
har jeg?

Venlig hilsen
Kim Larsen`),
  letter('n11', 'da', 'correspondence', `
Til Helfo

Tak for afgørelsen af 6. november 2026. Jeg klager ikke over afgørelsen, men jeg vil gerne have en kopi af
min sag sendt til min nye adresse: Vestergade 3, 5000 Odense C.

Venlig hilsen
Pia Jensen`),
  letter('n12', 'da', 'correspondence', `
Til NAV

Hvis I ikke ændrer afgørelsen af 2. november 2026, vil jeg klage over den. Kan I ringe til mig først? Mit
telefonnummer er +45 20 30 40 50.

Ole Hansen`),
  letter('n13', 'da', 'legal_costs_claim', `
Krav om dækning af sagsomkostninger

Klient: Jonas Friis

Vi henviser til NAVs afgørelse af 9. november 2026, hvor klagen over afgørelsen af 3. juni 2026 fik medhold. I
klagesagen har vi brugt 7 timer. Vi kræver dækning af sagsomkostninger, i alt NOK 11 550.

Advokat Sanne Bech`),
  letter('n14', 'da', 'correspondence', `
Til NAV

Jeg klagede over afgørelsen af 1. oktober 2026 den 15. oktober. Hvornår får jeg svar?

Med venlig hilsen
Rasmus Møller`),
  letter('n15', 'sv', 'medical_declaration', `
Läkarintyg

Patient: Ingrid Sjöberg, född 1965

Patienten har svår hjärtsvikt med EF 25 procent och orkar inte gå i trappor. Arbetsförmågan är varaktigt
nedsatt.

Patienten avser att överklaga beslutet av den 5 oktober 2026 och har bett mig beskriva sitt tillstånd.

Dr Per Ek, distriktsläkare`),
  letter('n16', 'sv', 'correspondence', `
Till NAV

Jag har fått ert beslut av den 2 november 2026. Hur överklagar jag beslutet? Vart ska jag skicka det?

Hälsningar
Johan Ström`),
  letter('n17', 'sv', 'correspondence', `
Till Helfo

Jag överklagar inte beslutet av den 4 november 2026, men jag vill ha en kopia av läkarintyget som ni fick från
Sahlgrenska.

Hälsningar
Sofia Berg`),
  letter('n18', 'sv', 'correspondence', `
Till Pasientreiser

Om ni inte ändrar beslutet av den 9 november 2026 kommer jag att överklaga det. Jag ber er först titta på
kvittona igen.

Nils Åberg`),
  letter('n19', 'sv', 'correspondence', `
Till NAV

Jag överklagade beslutet av den 1 oktober 2026 den 20 oktober. Har ni fått mitt överklagande? Jag har inte hört
något.

Ulla Karlsson`),
  letter('n20', 'sv', 'medical_declaration', `
Läkarintyg

Patient: Bo Lindgren

Patienten har kronisk ländryggssmärta och kan inte sitta mer än en halvtimme.

Patienten skrev till mig: Jag begär omprövning av beslutet av den 3 november 2026. Han skickar själv sin
begäran till NAV.

Dr Karin Holm`),
];

export const eeaDevSlice: EeaLetter[] = [...eeaAppeals, ...eeaMustNots];
