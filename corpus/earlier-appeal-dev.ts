/**
 * A development slice for letters about an appeal sent earlier, written by hand in session 22 (earlier22): a party
 * who already appealed writes again and only asks or informs («Jeg sendte klage på vedtaket i mars. Skal jeg sende
 * begrunnelsen senere?», «Viser til min klage av 12.10.2026 …», sv «Jag skickade mitt överklagande …», en «I refer
 * to my appeal of …») — SPEC's correspondence, or comments when it adds arguments to the appeal, never a new
 * (deadline-interrupting) appeal — and near misses that must keep their type: grounds delivered for the appeal
 * sent earlier (an `appeal` that closes `grounds`), a writer who appeals again or appeals another decision now and
 * tells of an earlier appeal in passing, a Swedish «kommer att skicka» promise. Not an evaluation set (never scored
 * as one, never trained on): scripts/earlier-appeal-dev.ts and test/classify/earlier-appeal.test.ts read it.
 * Synthetic ids only (birth month + 80).
 */
import { type DevLetter, letter } from './correspondence-dev.ts';

/** A letter about an appeal already sent that only asks or informs (truth: correspondence). */
export const asksAboutEarlierAppeal: DevLetter[] = [
  letter('e01', 'nb', 'handwritten-note', 'correspondence', `
Til Nav klageinstans

Jeg sendte klage på vedtaket om arbeidsavklaringspenger i mars. Skal jeg sende begrunnelsen
senere, eller er det for sent nå?

Hilsen Tove Lie
Fnr 12857612345`),
  letter('e02', 'nb', 'email', 'correspondence', `
Emne: Klagen min

Hei. Jeg har tidligere klaget på vedtaket om sykepenger, hva skjer nå? Jeg har ikke hørt noe
fra dere siden september.

Mvh Arne Dahl
Fnr 03896512345`),
  letter('e03', 'nb', 'typed-letter', 'correspondence', `
Nav klageinstans
Postboks 123
0101 Oslo

Viser til min klage av 12.10.2026 på vedtaket om uføretrygd. Jeg har fortsatt ikke fått noe
svar, og lurer på når jeg kan forvente at saken blir behandlet.

Med vennlig hilsen
Grete Sunde
Fnr 21856812345`),
  letter('e04', 'nb', 'email', 'correspondence', `
Emne: Har dere fått klagen?

Jeg har sendt klage på avslaget på pasientreiser datert 3.9.2026. Den ble sendt i posten
20. september. Jeg lurer på om dere har mottatt den, for jeg har ikke fått noe brev.

Hilsen Nils Aas`),
  letter('e05', 'nb', 'handwritten-note', 'correspondence', `
Jeg klaget på vedtaket om arbeidsavklaringspenger i oktober.
Jeg har nå flyttet, og ny adresse er Storgata 4, 9008 Tromsø. Send brev dit.

Hilsen Lars Moe
Fnr 07887012345`),
  letter('e06', 'nb', 'typed-letter', 'correspondence', `
Advokatfirmaet Lund AS

Nav klageinstans

Deres klient: Ivar Holm, f.nr. 15895012345

Vi viser til vår klage av 14.10.2026 på vedtak om arbeidsavklaringspenger for vår klient.
Klagen ble sendt innen fristen. Vi ber opplyst om forventet saksbehandlingstid.

Med vennlig hilsen
Kristin Lund, advokat`),
  letter('e07', 'nn', 'email', 'correspondence', `
Emne: Klaga mi

Eg sende klage på vedtaket om sjukepengar 2.10.2026. Kva skjer no? Skal eg sende
grunngjevinga seinare, eller har de det de treng?

Helsing Sigrid Vik`),
  letter('e08', 'nn', 'handwritten-note', 'correspondence', `
Til klageinstansen

Eg har klaga på vedtaket om uføretrygd tidlegare. Eg vil berre seie frå at eg er innlagd på
sjukehuset no og ikkje kan ta telefonen før over jul.

Helsing Olav Berg
Fnr 19875512345`),
  letter('e09', 'sv', 'email', 'correspondence', `
Ämne: Mitt överklagande

Jag skickade mitt överklagande av beslutet om sjukpenning den 5 oktober 2026. Har ni fått det?
När kan jag räkna med besked?

Med vänliga hälsningar
Karin Ek`),
  letter('e10', 'sv', 'email', 'correspondence', `
Hej,

Jag har överklagat beslutet om arbetsavklaringspenger. Ska jag skicka min motivering nu eller
senare? Jag vet inte hur det fungerar.

Hälsningar
Per Lind`),
  letter('e11', 'da', 'email', 'correspondence', `
Emne: Min klage

Jeg sendte min klage over afgørelsen om sygedagpenge den 1.10.2026. Jeg vil gerne vide,
hvornår I behandler den.

Med venlig hilsen
Mette Hansen`),
  letter('e12', 'da', 'handwritten-note', 'correspondence', `
Jeg har klaget over afgørelsen om invalidepension tidligere. Skal jeg sende en begrundelse
senere, eller er det ikke nødvendigt?

Hilsen Jens Nielsen`),
  letter('e13', 'en', 'email', 'correspondence', `
Subject: My appeal

I sent my appeal against the decision of 2 October 2026 on my sickness benefit three weeks ago.
Have you received it? When will I hear from you?

Kind regards
Mark Evans`),
  letter('e14', 'en', 'email', 'correspondence', `
Hello,

I have appealed the decision on my disability benefit. Do I need to send my reasons later, or is
it too late for that now?

Best wishes
Anna Kowalska`),
  letter('e15', 'en', 'typed-letter', 'correspondence', `
Nav Appeals

I refer to my appeal of 12.10.2026 against the refusal of work assessment allowance. Please note
my new address from 1 December: 14 High Street, Aberdeen AB10 1AA, United Kingdom.

Yours sincerely
Tomasz Nowak`),
  letter('e16', 'nb', 'email', 'correspondence', `
Emne: Frist for begrunnelse

Jeg sendte en foreløpig klage på vedtaket om sykepenger i september og skrev at begrunnelsen
skulle komme senere. Hvor lang frist har jeg på å sende den?

Hilsen Heidi Strand
Fnr 25866912345`),
  letter('e17', 'nb', 'email', 'correspondence', `
Hei

Jeg har klaget på vedtaket om uføretrygd og sendte begrunnelsen i forrige uke. Har dere fått
den? Jeg fikk ingen kvittering.

Hilsen Bjørn Hauge`),
  letter('e18', 'nb', 'typed-letter', 'correspondence', `
Min klage av 3.11.2026 på vedtaket om arbeidsavklaringspenger

Jeg sendte klagen 3.11.2026 og skrev at jeg skulle ettersende begrunnelse. Jeg venter fortsatt
på journalen fra sykehuset. Kan jeg få utsatt frist?

Med hilsen
Eva Rønning
Fnr 11887312345`),
  letter('e19', 'nb', 'handwritten-note', 'correspondence', `
Jeg skrev til dere i oktober at jeg ikke var enig i vedtaket, og sendte klage.
Jeg har ikke fått svar. Hva skjer med saken?

Hilsen Ragnhild Foss`),
  letter('e20', 'da', 'email', 'correspondence', `
Emne: Lægeerklæring

Jeg har sendt en klage den 12.10.2026 over afgørelsen om sygedagpenge. Jeg vedlægger nu
lægeerklæringen, som jeg nævnte i klagen.

Med venlig hilsen
Lone Berg`),
  letter('e21', 'en', 'email', 'correspondence', `
Subject: Change of phone number

Following up on my appeal sent on 12 October 2026: my phone number has changed to +47 912 34 567.
Please use this number if you need to contact me.

Regards
Peter Brown`),
  letter('e22', 'nn', 'email', 'correspondence', `
Viser til klaga mi av 12.10.2026 på vedtaket om arbeidsavklaringspengar. Kor lang tid tek det før
eg får svar?

Helsing Ingrid Nes`),
  letter('e23', 'sv', 'handwritten-note', 'correspondence', `
Till Nav

Jag har redan skickat in ett överklagande av beslutet om sjukpenning. Jag kommer att skicka
läkarintyget senare när jag har fått det. Är det okej?

Hälsningar
Lena Berg`),
  letter('e24', 'nb', 'email', 'correspondence', `
Emne: Begrunnelse kommer

Jeg sendte klage på vedtaket om sykepenger den 2.11.2026. Jeg har ikke fått skrevet
begrunnelsen ennå, men den kommer så snart legen har skrevet en erklæring.

Hilsen Kjetil Lien`),
];

/** Near misses that must keep their type: grounds for the appeal sent earlier, a new lodging, a promise in sv. */
export const keepsItsType: DevLetter[] = [
  letter('k01', 'nb', 'typed-letter', 'appeal', `
Begrunnelse for klage

Her er begrunnelsen for klagen jeg sendte 3.11.2026 på vedtaket om arbeidsavklaringspenger. Jeg mener
vedtaket er feil fordi legen min har skrevet at jeg ikke kan jobbe, og Nav har ikke tatt hensyn til
uttalelsen fra fysioterapeuten.

Hilsen Ola Berg
Fnr 14897812345`),
  letter('k02', 'nb', 'typed-letter', 'appeal_deadline_interrupting', `
Klage på vedtak

Jeg sendte klage i mars, men har ikke hørt noe, og vet ikke om den kom fram. Jeg klager derfor på
nytt på vedtaket av 2.3.2026 om arbeidsavklaringspenger. Begrunnelsen kommer senere, når jeg har
fått journalen fra sykehuset.

Hilsen Kari Lund
Fnr 02857912345`),
  letter('k03', 'sv', 'typed-letter', 'appeal_deadline_interrupting', `
Överklagande

Jag överklagar Försäkringskassans beslut av den 3 november 2026 om sjukpenning. Jag kommer att
skicka mer om varför beslutet är fel när jag har fått läkarintyget från vårdcentralen.

Med vänliga hälsningar
Eva Holm`),
  letter('k04', 'nb', 'typed-letter', 'appeal_deadline_interrupting', `
Klage

Jeg har tidligere klaget på et annet vedtak om sykepenger. Nå klager jeg på vedtaket av 3.11.2026
om arbeidsavklaringspenger. Jeg rekker ikke å skrive alt nå, og sender begrunnelse senere.

Hilsen Per Aas
Fnr 08867712345`),
  letter('k05', 'en', 'typed-letter', 'appeal', `
Appeal – reasons

I sent a preliminary appeal on 1 October 2026 against the decision on my disability benefit. Here are
my reasons: my doctor has confirmed that I cannot work, and the decision does not mention the
specialist's report from the hospital.

Yours sincerely
John Smith`),
  letter('k06', 'da', 'typed-letter', 'appeal', `
Begrundelse

Jeg henviser til min foreløbige klage af 2.10.2026 over afgørelsen om sygedagpenge. Hermed følger
begrundelsen: min læge har skrevet, at jeg ikke kan arbejde, og det er ikke taget med i
afgørelsen.

Med venlig hilsen
Jens Jensen`),
  letter('k07', 'nn', 'typed-letter', 'appeal', `
Grunngjeving

Eg sende ei førebels klage på vedtaket om arbeidsavklaringspengar 1.10.2026. Her er
grunngjevinga: legen min har skrive at eg ikkje kan arbeide, og Nav har ikkje lese
spesialisterklæringa.

Helsing Per Hansen`),
  letter('k08', 'nb', 'typed-letter', 'appeal_deadline_interrupting', `
Klage

Jeg har klaget før på samme type vedtak og fikk medhold den gangen. Jeg klager nå på vedtaket av
3.11.2026 om uføretrygd. Jeg er innlagt og rekker ikke å skrive alt nå. Begrunnelse kommer.

Hilsen Anne Moe
Fnr 17856012345`),
  letter('k09', 'sv', 'typed-letter', 'appeal_deadline_interrupting', `
Överklagande

Jag har tidigare överklagat ett beslut om sjukpenning. Nu överklagar jag beslutet av den
3 november 2026 om aktivitetsersättning. Jag kommer att skicka in läkarintyg och min motivering
senare.

Hälsningar
Maria Lind`),
  letter('k10', 'nb', 'typed-letter', 'appeal', `
Klage på vedtak om sykepenger

Jeg klager på vedtaket av 3.11.2026 om sykepenger. Jeg mener vedtaket er feil fordi jeg var i
arbeid da jeg ble syk. Jeg har tidligere sendt inn legeerklæringen, som dere har.

Hilsen Odd Rønning
Fnr 22876612345`),
  letter('k11', 'en', 'typed-letter', 'appeal', `
Appeal

I hereby appeal the decision of 3 November 2026 refusing my sickness benefit. I was in work when I
fell ill, and my employer has confirmed it. I previously sent you my payslips.

Yours faithfully
David Jones`),
  letter('k12', 'da', 'typed-letter', 'appeal_deadline_interrupting', `
Klage

Jeg klager hermed over afgørelsen af 3.11.2026 om sygedagpenge. Jeg sendte tidligere en mail om
sagen, men har ikke fået svar. Begrundelsen følger senere.

Med venlig hilsen
Søren Holm`),
  letter('k13', 'nb', 'handwritten-note', 'appeal', `
Jeg sendte klage 3.11.2026 på vedtaket om arbeidsavklaringspenger, men glemte å skrive
begrunnelsen. Her kommer den: jeg har vondt i ryggen hver dag og kan ikke jobbe, og legen min
er enig.

Hilsen Siri Bakke`),
  letter('k14', 'sv', 'typed-letter', 'appeal_deadline_interrupting', `
Överklagande

Jag överklagar beslutet av den 10 november 2026 om sjukpenning. Jag kommer att skicka min
fullständiga motivering när jag har träffat min läkare.

Med vänlig hälsning
Sara Nilsson`),
  letter('k15', 'en', 'typed-letter', 'appeal_deadline_interrupting', `
Appeal

I appealed once before, in 2024, about my work assessment allowance. I now appeal the decision of
3 November 2026 on my disability benefit. I cannot write the full reasons now; I will send them
later.

Yours sincerely
Laura White`),
  letter('k16', 'nn', 'typed-letter', 'appeal_deadline_interrupting', `
Klage

Eg har klaga før, men no klagar eg på vedtaket av 3.11.2026 om sjukepengar. Eg har ikkje tid til
å skrive alt no, grunngjevinga kjem seinare.

Helsing Knut Vik`),
];

export const earlierAppealDevSlice: DevLetter[] = [...asksAboutEarlierAppeal, ...keepsItsType];
