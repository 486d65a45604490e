import type { Lang } from './areas.ts';
import { layWordsFor } from './lay-words.ts';
import { addDays, firstNames, lastNames, lawyerRef, streets, towns, type Person } from './people.ts';
import type { Rng, Slots } from './rng.ts';

/**
 * Writers who are neither the party on letter paper nor an office (issue 13, new writers): a printed
 * e-mail, a note written by hand, a relative or guardian writing for the party, and a union or patient
 * organisation's representative. Their head and signature are written here; their slots (the first
 * instance's reference in the text, an e-mail address, a fee table that adds up, case law, ICPC-2 codes)
 * are drawn only when a template uses them, so the letters of the older families stay byte for byte
 * what they were.
 */
export type VoiceKind = 'email' | 'note' | 'relative' | 'organisation' | OfficeKind;
/**
 * An office that writes about the party without being the first instance (session 9, writer kinds the
 * corpus lacked, from the issue's list): a municipality's caseworker, a hospital department's office,
 * an insurance company's claims handler. Their letters are nb/nn.
 */
export type OfficeKind = 'municipality' | 'hospital_department' | 'insurer';

/** Every area but practitioner sanctions: a practitioner's own case is not written by a relative, on a note or by a union. */
export const personalAreas = ['pharmacy', 'medical', 'dental', 'physiotherapy', 'treatment_abroad', 'patient_travel', 'sick_pay', 'work_assessment', 'disability', 'occupational_injury'];

export interface VoiceContext {
  lang: Lang;
  area: string;
  party: Person;
  ourBody: string;
  fiRefValue: string;
  /** The decision the letter is about (ISO), so a date written between it and the letter is in order. */
  decision: string;
  letterDate: string;
  addRef: (ref: string) => string;
  dateIn: (iso: string) => string;
}

export interface VoiceHead {
  lines: string[];
  signature: string[];
  /** As letter.ts's PartiesTruth: who the head names (the letter's own check adds a party named only in the text). */
  parties: {
    appellant?: { name: string; address: string[] } | null;
    representative?: { name: string; firm: string | null; address: string[] } | null;
  };
  /** The family's title is the e-mail's subject line, so the letter writes no title of its own. */
  titleInHead: boolean;
}

/** A value drawn on first use and the same every time after (a relative's name is one person). */
function once<T>(make: (rng: Rng) => T): (rng: Rng) => T {
  let value: { v: T } | null = null;
  return (rng) => {
    value ??= { v: make(rng) };
    return value.v;
  };
}

const plain = (s: string) =>
  s.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a').replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/[^a-z]+/g, '.');

const weekdays: Record<Lang, string[]> = {
  nb: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  nn: ['sundag', 'måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag'],
  sv: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
  da: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

const mailLabels: Record<Lang, { from: string; sent: string; to: string; subject: string; at: string }> = {
  nb: { from: 'Fra:', sent: 'Sendt:', to: 'Til:', subject: 'Emne:', at: 'kl.' },
  nn: { from: 'Frå:', sent: 'Sendt:', to: 'Til:', subject: 'Emne:', at: 'kl.' },
  sv: { from: 'Från:', sent: 'Skickat:', to: 'Till:', subject: 'Ämne:', at: 'kl.' },
  da: { from: 'Fra:', sent: 'Sendt:', to: 'Til:', subject: 'Emne:', at: 'kl.' },
  en: { from: 'From:', sent: 'Sent:', to: 'To:', subject: 'Subject:', at: 'at' },
};

const sentFrom: Record<Lang, string[]> = {
  nb: ['Sendt fra min iPhone', 'Sendt fra min iPad', 'Sendt fra min Samsung Galaxy-smarttelefon.', 'Hent Outlook for Android'],
  nn: ['Sendt frå min iPhone', 'Sendt fra min iPhone'],
  sv: ['Skickat från min iPhone', 'Skickat från Outlook för Android'],
  da: ['Sendt fra min iPhone', 'Sendt fra min iPad'],
  en: ['Sent from my iPhone', 'Sent from my Galaxy', 'Get Outlook for iOS'],
};

const organisations: Record<Lang, { name: string; titles: string[] }[]> = {
  nb: [
    { name: 'Fagforbundet [Oslo|Bergen|Trondheim|Tromsø]', titles: ['hovedtillitsvalgt', 'forbundssekretær', 'rådgiver'] },
    { name: 'Fellesorganisasjonen (FO)', titles: ['rådgiver', 'advokatfullmektig'] },
    { name: 'Norsk Sykepleierforbund [Trøndelag|Vestland|Oslo]', titles: ['fylkestillitsvalgt', 'rådgiver'] },
    { name: 'LO Stat', titles: ['organisasjonssekretær'] },
    { name: 'Delta', titles: ['rådgiver', 'regionleder'] },
    { name: 'Funksjonshemmedes Fellesorganisasjon (FFO) – Rettighetssenteret', titles: ['jurist', 'rådgiver'] },
    { name: 'Mental Helse [Norge|Rogaland|Agder]', titles: ['likeperson', 'rådgiver'] },
    { name: 'LHL – Landsforeningen for hjerte- og lungesyke', titles: ['rettighetsrådgiver'] },
    { name: 'Norsk Revmatikerforbund', titles: ['rådgiver'] },
    { name: 'Pasient- og brukerombudet i [Vestland|Oslo og Viken|Nordland|Agder]', titles: ['rådgiver', 'seniorrådgiver', 'pasient- og brukerombud'] },
    { name: 'Norges Handikapforbund', titles: ['interessepolitisk rådgiver'] },
    { name: 'Kreftforeningen, Juss og rettigheter', titles: ['jurist'] },
  ],
  nn: [
    { name: 'Pasient- og brukarombodet i [Vestland|Møre og Romsdal]', titles: ['rådgjevar', 'seniorrådgjevar'] },
    { name: 'Fagforbundet [Sogn og Fjordane|Sunnmøre|Hardanger]', titles: ['hovudtillitsvald', 'rådgjevar'] },
    { name: 'Norsk Sjukepleiarforbund Møre og Romsdal', titles: ['fylkestillitsvald'] },
    { name: 'Mental Helse Vestland', titles: ['likeperson'] },
  ],
  sv: [
    { name: 'Unionen', titles: ['ombudsman', 'förhandlare'] },
    { name: 'Kommunal avdelning [Väst|Mitt|Norr]', titles: ['ombudsman'] },
    { name: 'Fackförbundet ST', titles: ['förbundsjurist'] },
    { name: 'Funktionsrätt Sverige', titles: ['handläggare'] },
  ],
  da: [
    { name: 'FOA – Fag og Arbejde', titles: ['faglig konsulent'] },
    { name: '3F [Aarhus|Odense|København]', titles: ['faglig sekretær', 'socialrådgiver'] },
    { name: 'HK Danmark', titles: ['juridisk konsulent'] },
    { name: 'Danske Handicaporganisationer', titles: ['rådgiver'] },
  ],
  en: [
    { name: 'Citizens Advice [Aberdeen|Hull|Newcastle]', titles: ['adviser', 'caseworker'] },
    { name: 'Unite the Union, [North East|Scotland] region', titles: ['regional officer'] },
    { name: 'International Workers’ Association Norway', titles: ['volunteer adviser', 'legal adviser'] },
  ],
};

const offices: Record<OfficeKind, { names: string[]; units: string[]; titles: string[]; titlesNn: string[] }> = {
  municipality: {
    names: ['Bærum kommune', 'Trondheim kommune', 'Tromsø kommune', 'Stavanger kommune', 'Drammen kommune', 'Voss herad', 'Ørsta kommune', 'Lillehammer kommune', 'Bodø kommune', 'Kristiansand kommune'],
    units: ['Tildelingskontoret', 'Helse- og omsorgstjenesten', 'Tjenestekontoret', 'Koordinerende enhet', 'Hjemmetjenesten', 'Psykisk helse og rus', 'Flyktningtjenesten'],
    titles: ['saksbehandler', 'konsulent', 'koordinator', 'sosionom', 'ergoterapeut', 'avdelingsleder'],
    titlesNn: ['sakshandsamar', 'konsulent', 'koordinator', 'sosionom', 'ergoterapeut', 'avdelingsleiar'],
  },
  hospital_department: {
    names: ['Oslo universitetssykehus HF', 'Haukeland universitetssjukehus', 'St. Olavs hospital HF', 'Sykehuset Innlandet HF', 'Universitetssykehuset Nord-Norge HF', 'Helse Førde HF', 'Sørlandet sykehus HF', 'Vestre Viken HF'],
    units: ['Pasientkontoret', 'Nevrologisk avdeling', 'Medisinsk klinikk', 'Avdeling for fysikalsk medisin og rehabilitering', 'Kreftavdelingen', 'Ortopedisk avdeling', 'Dokumentasjonssenteret', 'Sosionomtjenesten'],
    titles: ['sosionom', 'konsulent', 'avdelingssjef', 'merkantil leder', 'overlege', 'seksjonsleder'],
    titlesNn: ['sosionom', 'konsulent', 'avdelingssjef', 'merkantil leiar', 'overlege', 'seksjonsleiar'],
  },
  insurer: {
    names: ['Gjensidige Forsikring ASA', 'If Skadeforsikring NUF', 'Tryg Forsikring', 'Storebrand Livsforsikring AS', 'KLP Skadeforsikring AS', 'Fremtind Forsikring AS', 'Frende Forsikring'],
    units: ['Personskade', 'Yrkesskade', 'Personforsikring', 'Skadeavdelingen', 'Uføre og helse'],
    titles: ['skadebehandler', 'seniorrådgiver', 'skadekonsulent', 'spesialrådgiver personskade'],
    titlesNn: ['skadehandsamar', 'seniorrådgjevar', 'skadekonsulent'],
  },
};

const icpc: Record<string, string[]> = {
  pharmacy: ['T90 Diabetes type 2', 'D94 Kronisk tarmbetennelse', 'L88 Revmatoid artritt', 'N89 Migrene', 'S91 Psoriasis', 'P81 Hyperkinetisk forstyrrelse'],
  medical: ['D01 Generelle magesmerter', 'H82 Vertigosyndrom', 'P74 Angstlidelse', 'D93 Irritabel tarm', 'R75 Bihulebetennelse kronisk'],
  dental: ['D19 Tegn/symptomer tenner/tannkjøtt', 'D82 Sykdom i tenner/tannkjøtt'],
  physiotherapy: ['L03 Korsryggsymptomer', 'L96 Akutt kneskade', 'K90 Hjerneslag', 'L92 Skuldersyndrom', 'L01 Nakkesymptomer'],
  treatment_abroad: ['L89 Hofteartrose', 'K75 Akutt hjerteinfarkt', 'X76 Brystkreft', 'F92 Katarakt'],
  patient_travel: ['U99 Nyresykdom', 'R84 Lungekreft', 'P70 Demens', 'L28 Funksjonshemning bevegelsesapparat'],
  sick_pay: ['L03 Korsryggsymptomer', 'P76 Depresjon', 'L84 Ryggsyndrom uten smerteutstråling', 'P02 Akutt stressreaksjon', 'L76 Brudd annet'],
  work_assessment: ['P76 Depresjon', 'L18 Muskelsmerter', 'A04 Slapphet/tretthet', 'P74 Angstlidelse', 'P29 Psykiske symptomer/plager IKA'],
  disability: ['L18 Muskelsmerter', 'N86 Multippel sklerose', 'P72 Schizofreni', 'K77 Hjertesvikt', 'A04 Slapphet/tretthet'],
  occupational_injury: ['L76 Brudd annet', 'A86 Toksisk effekt', 'N79 Hjernerystelse', 'H84 Aldersrelatert hørselstap'],
  practitioner_sanctions: ['A97 Ingen sykdom'],
};

function phone(rng: Rng): string {
  return `${rng.pick(['9', '4'])}${rng.int(0, 9)}${rng.int(0, 9)} ${rng.int(10, 99)} ${rng.int(100, 999)}`;
}

function caseLaw(rng: Rng): string {
  return rng.pick([
    `Rt. ${rng.int(1990, 2015)} s. ${rng.int(100, 1999)}`,
    `HR-${rng.int(2016, 2024)}-${rng.int(100, 2500)}-A`,
    `LB-${rng.int(2015, 2024)}-${rng.int(10000, 199999)}`,
    `LG-${rng.int(2015, 2024)}-${rng.int(10000, 99999)}`,
  ]);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

function kroner(n: number): string {
  const [whole, cents] = n.toFixed(2).split('.') as [string, string];
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${cents}`;
}

/** A writer other than the party, met in several slots and the head: drawn once. */
interface Relative {
  name: string;
  street: string;
  postcode: string;
  town: string;
}

export interface Voices {
  slots: Slots;
  head: (kind: VoiceKind, rng: Rng, closing: string, title: () => string) => VoiceHead;
}

export function voices(ctx: VoiceContext): Voices {
  const { lang, party } = ctx;
  const partyLast = party.name.split(' ').slice(-1)[0]!;
  // A relative or representative is someone else, even when the names are drawn from the same lists.
  const otherThanParty = (r: Rng, last: string): string => {
    let name = `${r.pick(firstNames)} ${last}`;
    while (name === party.name) name = `${r.pick(firstNames)} ${last}`;
    return name;
  };
  const email = once((r) => `${plain(party.name)}${r.chance(0.4) ? String(r.int(1, 99)) : ''}@${r.pick(['gmail.com', 'online.no', 'hotmail.com', 'outlook.com', 'icloud.com'])}`.replace(/\.@/, '@'));
  const time = once((r) => `${String(r.int(6, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`);
  const sentDate = once((r) => `${weekdays[lang][new Date(`${ctx.letterDate}T12:00:00Z`).getUTCDay()]} ${ctx.dateIn(ctx.letterDate)} ${mailLabels[lang].at} ${time(r)}`);
  const relative = once<Relative>((r) => {
    const [postcode, town] = r.pick(towns);
    const last = r.chance(0.6) ? partyLast : r.pick(lastNames);
    return { name: otherThanParty(r, last), street: `${r.pick(streets)} ${r.int(1, 140)}`, postcode, town };
  });
  const organisation = once((r) => {
    const org = r.pick(organisations[lang]);
    const expandOrg = org.name.replace(/\[([^\]]+)\]/g, (_, alts: string) => r.pick(alts.split('|')));
    return { name: expandOrg, title: r.pick(org.titles), rep: otherThanParty(r, r.pick(lastNames)), address: `${r.pick(streets)} ${r.int(1, 60)}, ${r.pick(towns).join(' ')}` };
  });
  const office = once((r) => {
    const [postcode, town] = r.pick(towns);
    return { person: otherThanParty(r, r.pick(lastNames)), address: [`Postboks ${r.int(1, 9999)}`, `${postcode} ${town}`], ref: `${r.int(2024, 2026)}/${r.int(100, 29999)}-${r.int(1, 40)}` };
  });
  const fee = once((r) => {
    const rate = r.pick([1275, 1550, 1850, 2100, 2400, 2750]);
    const hours = r.int(4, 32) + r.pick([0, 0.5]);
    const fees = rate * hours;
    const expenses = r.pick([0, 0, 350, 780, 1240]);
    const vat = Math.round((fees + expenses) * 25) / 100;
    return { rate, hours, fees, expenses, vat, total: fees + expenses + vat };
  });

  const slots: Slots = {
    fiRef: () => ctx.addRef(ctx.fiRefValue),
    email: (r) => email(r),
    sentDate: (r) => sentDate(r),
    time: (r) => time(r),
    earlierDate: (r) => ctx.dateIn(addDays(ctx.letterDate, -r.int(2, 20))),
    // The appeal a transfer letter forwards came after the decision and before the letter.
    appealDate: (r) => ctx.dateIn(addDays(ctx.decision, r.int(1, Math.max(1, daysBetween(ctx.decision, ctx.letterDate) - 2)))),
    phone: (r) => phone(r),
    relName: (r) => relative(r).name,
    orgName: (r) => organisation(r).name,
    caseLaw: (r) => caseLaw(r),
    officePerson: (r) => office(r).person,
    trrCase: (r) => `TRR-${r.int(2015, 2024)}-${String(r.int(100, 4999)).padStart(5, '0')}`,
    icpc: (r) => r.pick(icpc[ctx.area] ?? icpc.medical!),
    lay: (r) => {
      const words = layWordsFor(ctx.area, lang);
      if (!words) throw new Error(`corpus/lay-words.ts has no words for ${ctx.area} in ${lang}`);
      return r.pick(words);
    },
    hpr: (r) => String(r.int(1000000, 9999999)),
    feeRate: (r) => kroner(fee(r).rate),
    feeHours: (r) => String(fee(r).hours).replace('.', ','),
    feeFees: (r) => kroner(fee(r).fees),
    feeExpenses: (r) => kroner(fee(r).expenses),
    feeVat: (r) => kroner(fee(r).vat),
    feeTotal: (r) => kroner(fee(r).total),
  };

  const head = (kind: VoiceKind, rng: Rng, closing: string, title: () => string): VoiceHead => {
    const L = mailLabels[lang];
    switch (kind) {
      case 'email': {
        const to = rng.pick(['postmottak@helseklage.no', 'post@helseklage.no', `${ctx.ourBody} <postmottak@helseklage.no>`]);
        const subject = title();
        const lines = rng.chance(0.35)
          ? // A web mail's print view: the subject on top, then the message.
            [`${rng.pick(['Gmail', 'Outlook', 'Yahoo Mail'])}${' '.repeat(rng.int(20, 40))}${party.name} <${email(rng)}>`, '', subject, '', `${party.name} <${email(rng)}>${' '.repeat(rng.int(4, 12))}${sentDate(rng)}`, `${L.to} ${to}`, '']
          : [`${L.from} ${party.name} <${email(rng)}>`, `${L.sent} ${sentDate(rng)}`, `${L.to} ${to}`, `${L.subject} ${subject}`, ''];
        const signature = [rng.chance(0.5) ? closing : '', party.name];
        if (rng.chance(0.3)) signature.push(`${lang === 'en' ? 'Tel.' : 'Tlf'} ${phone(rng)}`);
        if (rng.chance(0.45)) signature.push('', rng.pick(sentFrom[lang]));
        return { lines, signature, parties: { appellant: { name: party.name, address: [] } }, titleInHead: true };
      }
      case 'note': {
        const lines: string[] = [];
        let address: string[] = [];
        const where = rng.int(0, 2);
        if (where === 1) lines.push(party.name);
        if (where === 2) {
          address = [party.street, `${party.postcode} ${party.town}`];
          lines.push(party.name, ...address);
        }
        if (rng.chance(0.5)) lines.push(`${' '.repeat(rng.int(20, 45))}${rng.chance(0.5) ? `${party.town} ` : ''}${ctx.dateIn(ctx.letterDate)}`);
        if (rng.chance(0.3)) lines.push(rng.pick(lang === 'en' ? ['To the appeals body', 'Dear Sir/Madam'] : lang === 'sv' ? ['Till klagoinstansen', 'Hej'] : lang === 'da' ? ['Til klageinstansen', 'Hej'] : ['Til klagenemnda', 'Til Helseklage', 'Til dere som har saken min', 'Hei']));
        lines.push('');
        const signature = [rng.pick(lang === 'en' ? ['regards', 'thanks', ''] : lang === 'sv' ? ['hälsningar', 'mvh', ''] : ['hilsen', 'mvh', 'Hilsen', '']), party.name];
        if (where === 0 && rng.chance(0.5)) {
          address = [party.street, `${party.postcode} ${party.town}`];
          signature.push(...address);
        }
        if (rng.chance(0.4)) signature.push(`tlf ${phone(rng)}`);
        return { lines, signature, parties: { appellant: where === 0 && address.length === 0 ? null : { name: party.name, address } }, titleInHead: false };
      }
      case 'relative': {
        const rel = relative(rng);
        const address = [rel.street, `${rel.postcode} ${rel.town}`];
        const lines = [rel.name, ...address];
        if (rng.chance(0.5)) lines.push(`${lang === 'en' ? 'Tel.' : 'Tlf.'} ${phone(rng)}`);
        lines.push('');
        if (rng.chance(0.7)) lines.push(ctx.ourBody, 'Postboks 6355 Etterstad', '0604 Oslo', '');
        lines.push(`${rel.town}, ${ctx.dateIn(ctx.letterDate)}`, '');
        return { lines, signature: [closing, '', rel.name], parties: { representative: { name: rel.name, firm: null, address } }, titleInHead: false };
      }
      case 'municipality':
      case 'hospital_department':
      case 'insurer': {
        const desk = offices[kind];
        const o = office(rng);
        const name = rng.pick(desk.names);
        // An insurer's occupational-injury desk writes about occupational injuries only (review of model9).
        const unit = rng.pick(desk.units.filter((u) => u !== 'Yrkesskade' || ctx.area === 'occupational_injury'));
        const title = rng.pick(lang === 'nn' ? desk.titlesNn : desk.titles);
        const lines = [rng.chance(0.3) ? name.toUpperCase() : name, unit, ...o.address, ''];
        if (rng.chance(0.7)) lines.push(ctx.ourBody, 'Postboks 6355 Etterstad', '0604 Oslo', '');
        const ourRefLabel = lang === 'nn' ? 'Vår ref.' : rng.pick(['Vår ref.', 'Vår referanse:', 'Saksnr.']);
        const refs = kind === 'insurer' ? [`Skadenummer ${rng.int(10000000, 99999999)}`] : rng.chance(0.6) ? [`${ourRefLabel} ${o.ref}`] : [];
        refs.push(`Dato: ${ctx.dateIn(ctx.letterDate)}`);
        if (rng.chance(0.5)) refs.push(`${lang === 'nn' ? 'Sakshandsamar:' : 'Saksbehandler:'} ${o.person}`);
        lines.push(refs.join('   '), '');
        // Only a municipality's caseworker acts for the party here (its families say so, with a power of attorney).
        const representative = kind === 'municipality' ? { name: o.person, firm: `${name}, ${unit}`, address: o.address } : null;
        return { lines, signature: [closing, '', o.person, title, unit, name], parties: { representative }, titleInHead: false };
      }
      case 'organisation': {
        const org = organisation(rng);
        const lines = [rng.chance(0.4) ? org.name.toUpperCase() : org.name, org.address, `${lang === 'en' ? 'Tel.' : 'Tlf.'} ${phone(rng)}`, ''];
        lines.push(ctx.ourBody, 'Postboks 6355 Etterstad', '0604 Oslo', '');
        const ourRefLabel = lang === 'en' ? 'Our ref.' : lang === 'sv' ? 'Vår referens:' : lang === 'da' ? 'Vores ref.' : 'Vår ref.';
        const refs = rng.chance(0.6) ? [`${ourRefLabel} ${ctx.addRef(lawyerRef(rng))}`] : [];
        refs.push(`${lang === 'en' ? 'Date:' : lang === 'sv' ? 'Datum:' : 'Dato:'} ${ctx.dateIn(ctx.letterDate)}`);
        lines.push(refs.join('   '), '');
        return {
          lines,
          signature: [closing, org.name, '', org.rep, org.title],
          parties: { representative: { name: org.rep, firm: org.name, address: [org.address] } },
          titleInHead: false,
        };
      }
    }
  };
  return { slots, head };
}
