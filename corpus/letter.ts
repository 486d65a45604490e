import type { DocumentType, Language } from '../schemas/taxonomy.ts';
import type { ExtractedFields } from '../schemas/fields.ts';
import { areaSpec, type AreaText, type Lang } from './areas.ts';
import { areaExtras } from './area-extras.ts';
import type { Family, SenderKind } from './families.ts';
import { expand, type Rng, type Slots } from './rng.ts';
import { fillers } from './fillers.ts';
import { voices } from './letter-voices.ts';
import {
  accountNumber, addDays, firstNames, helfoRef, lastNames, lawyerRef, navRef, ourCaseNumber, person,
  randomDate, streets, towns, tribunalRef, writeDate, writeNationalId, type Person,
} from './people.ts';

/** One generated document with its ground truth. */
export interface CorpusDoc {
  id: string;
  split: 'train' | 'eval';
  family: string;
  documentType: DocumentType;
  area: string;
  language: Language;
  /** Lines per page, as printed. */
  pages: string[][];
  truth: ExtractedFields;
  /** Rendering choices, fixed at generation so a re-render gives the same scan. */
  style: { fontSize: number; serif: boolean };
  /** Who the letter names as its parties, as the writer wrote them (scripts/eval-parties.ts). */
  parties?: PartiesTruth;
}

/** The parties' ground truth, in the shape of the unseen-writer set's truth. */
export interface PartiesTruth {
  appellant: { name: string; address: string[] } | null;
  representative: { name: string; firm: string | null; address: string[] } | null;
  firstInstance: string | null;
}

const ourBodies = ['Nasjonalt klageorgan for helsetjenesten', 'Nasjonalt klageorgan for helsetjenesten (Helseklage)', 'Klageorganet for helse og trygd'];
const ourAddress = [['Postboks 6355 Etterstad', '0604 Oslo'], ['Postboks 6355 Etterstad, 0604 Oslo']];

const closings: Record<Lang, string[]> = {
  nb: ['Med vennlig hilsen', 'Vennlig hilsen', 'Mvh', 'Med hilsen', 'Hilsen'],
  nn: ['Med venleg helsing', 'Venleg helsing', 'Helsing'],
  sv: ['Med vänliga hälsningar', 'Vänliga hälsningar', 'Hälsningar'],
  da: ['Med venlig hilsen', 'Venlig hilsen', 'Mange hilsner'],
  en: ['Yours sincerely', 'Kind regards', 'Yours faithfully'],
};
const labels: Record<Lang, { yourRef: string[]; ourRef: string[]; caseNo: string[]; date: string; attachments: string[]; fnr: string[]; page: string }> = {
  nb: { yourRef: ['Deres ref.', 'Deres ref:', 'Deres referanse:'], ourRef: ['Vår ref.', 'Vår ref:', 'Vår referanse:'], caseNo: ['Saksnr.', 'Saksnummer:', 'Saksnummer'], date: 'Dato:', attachments: ['Vedlegg:', 'Vedlegg', 'VEDLEGG'], fnr: ['Fødselsnummer:', 'Fnr.:', 'F.nr.', 'Fødselsnr.:'], page: 'Side' },
  nn: { yourRef: ['Dykkar ref.', 'Dykkar ref:'], ourRef: ['Vår ref.', 'Vår ref:'], caseNo: ['Saksnr.', 'Saksnummer:'], date: 'Dato:', attachments: ['Vedlegg:'], fnr: ['Fødselsnummer:', 'Fnr.:'], page: 'Side' },
  sv: { yourRef: ['Er referens:', 'Er ref.'], ourRef: ['Vår referens:'], caseNo: ['Ärendenummer:', 'Diarienr:'], date: 'Datum:', attachments: ['Bilagor:', 'Bilaga:'], fnr: ['Norskt personnummer:', 'Fødselsnummer:'], page: 'Sida' },
  da: { yourRef: ['Jeres ref.', 'Deres ref.'], ourRef: ['Vores ref.', 'Vor ref.'], caseNo: ['Sagsnr.', 'Saksnummer:'], date: 'Dato:', attachments: ['Bilag:'], fnr: ['Norsk personnummer:', 'Fødselsnummer:'], page: 'Side' },
  en: { yourRef: ['Your ref.', 'Your ref:', 'Your reference:'], ourRef: ['Our ref.', 'Our ref:'], caseNo: ['Case no.', 'Case number:'], date: 'Date:', attachments: ['Enclosures:', 'Attachments:'], fnr: ['Norwegian ID number:', 'National ID no.:'], page: 'Page' },
};

const subjectLabels: Record<Lang, string[]> = {
  nb: ['Gjelder:', 'Vedr.:', 'Sak:', 'Vedrørende:'],
  nn: ['Gjeld:', 'Sak:'],
  sv: ['Angående:', 'Ärende:'],
  da: ['Vedrørende:', 'Sag:'],
  en: ['Re:', 'Subject:'],
};

const diagnoses: Record<string, string[]> = {
  pharmacy: ['E11.9 Diabetes mellitus type 2', 'K50.9 Crohns sykdom', 'M05.9 Revmatoid artritt', 'G43.9 Migrene', 'L40.0 Psoriasis', 'F90.0 ADHD'],
  medical: ['R10.4 Magesmerter', 'H81.1 Godartet paroksysmal vertigo', 'F41.1 Generalisert angstlidelse', 'K58 Irritabel tarm', 'ICPC-2 P74 Angstlidelse'],
  dental: ['K05.3 Kronisk periodontitt', 'K02.9 Karies', 'R68.2 Munntørrhet', 'K08.1 Tanntap som følge av sykdom'],
  physiotherapy: ['M54.5 Lumbago', 'S83.5 Korsbåndskade', 'I63.9 Hjerneinfarkt', 'M75.1 Rotatorcuffsyndrom', 'ICPC-2 L03 Korsryggsymptomer'],
  treatment_abroad: ['M16.1 Hofteartrose', 'I21.9 Akutt hjerteinfarkt', 'C50.9 Brystkreft', 'H25.9 Katarakt'],
  patient_travel: ['N18.5 Kronisk nyresykdom', 'C34.9 Lungekreft', 'G30.9 Alzheimers sykdom', 'M62.8 Nedsatt gangfunksjon'],
  sick_pay: ['M54.5 Lumbago', 'F32.1 Moderat depressiv episode', 'ICPC-2 L84 Ryggsyndrom', 'S82.2 Brudd i leggen', 'F43.2 Tilpasningsforstyrrelse'],
  work_assessment: ['F33.1 Tilbakevendende depressiv lidelse', 'M79.7 Fibromyalgi', 'G93.3 Postviralt utmattelsessyndrom', 'ICPC-2 P76 Depresjon'],
  disability: ['M79.7 Fibromyalgi', 'G35 Multippel sklerose', 'F20.0 Paranoid schizofreni', 'I50.9 Hjertesvikt', 'G93.3 Kronisk utmattelsessyndrom'],
  occupational_injury: ['S32.0 Brudd i lendevirvel', 'T52.9 Løsemiddelskade', 'S06.0 Hjernerystelse', 'H83.3 Støyskade i indre øre'],
  practitioner_sanctions: ['Z00.0 Generell undersøkelse'],
};

const clinics = ['Sentrum legekontor', 'Fjordheim legesenter', 'Bjølsen legekontor', 'Kvaløya legesenter', 'Nordbyen medisinske senter', 'Storgata legesenter', 'Legene på Torget'];
const hospitals = [
  ['Helse Bergen HF', 'Haukeland universitetssjukehus', 'Ortopedisk klinikk'], ['Oslo universitetssykehus HF', 'Ullevål', 'Medisinsk klinikk'],
  ['St. Olavs hospital HF', 'Klinikk for kirurgi'], ['Universitetssykehuset Nord-Norge HF', 'Nevrologisk avdeling'], ['Sykehuset Innlandet HF', 'Hamar', 'Revmatologisk poliklinikk'],
];
const firms = ['Advokatfirmaet Berg & Lunde AS', 'Advokat Kristin Haugen', 'Advokatfirmaet Trygdeadvokatene', 'ADVOKATFIRMAET NORD DA', 'Advokatkontoret Solberg og Moen', 'Advokat Per Eide MNA'];
const foreignClinics: Record<string, string[][]> = {
  sv: [['Vårdcentralen Östermalm', 'Karlavägen 40, 114 49 Stockholm'], ['Sahlgrenska Universitetssjukhuset', 'Ortopedmottagningen, 413 45 Göteborg']],
  da: [['Lægehuset Nørrebro', 'Nørrebrogade 12, 2200 København N'], ['Aarhus Universitetshospital', 'Ortopædkirurgisk afdeling, 8200 Aarhus N']],
  en: [['Clínica Costa del Sol', 'Avenida del Mar 18, 29600 Marbella, Spain'], ['Riga Medical Centre', 'Brivibas iela 40, Riga, Latvia'], ['St Mary’s Medical Practice', '14 High Street, Aberdeen, UK']],
};
const tribunalJudges = ['Rettens leder: Anne Vik, rettsfullmektig', 'Rettens leder: Tore Strand, ankeleder', 'Rettens leder: Jon Hagen, trygderettsdommer'];

function fiAddress(fi: string, rng: Rng): string[] {
  if (/helfo/i.test(fi)) return rng.pick([['Postboks 2415', '3104 Tønsberg'], ['Postboks 2415, 3104 Tønsberg'], ['Postboks 2415, 3104 TØNSBERG', 'Telefon 23 32 70 00']]);
  if (/pasientreiser/i.test(fi)) return rng.pick([['Postboks 2563', '3702 Skien'], ['Postboks 2563, 3702 Skien']]);
  return rng.pick([['Postboks 5 St. Olavs plass', '0130 Oslo'], ['Postadresse: NAV skanning, Postboks 1400', '0109 Oslo'], ['Postboks 6600 Etterstad', '0607 Oslo']]);
}

function randName(rng: Rng): string {
  return `${rng.pick(firstNames)} ${rng.pick(lastNames)}`;
}

/** Wraps a paragraph to the line width a page of this font size holds. */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const properNouns = /^(Helfo|NAV|Nav|Pasientreiser|HELFO|AAP|EØS|I |I'|Helse)/;
const lowerFirst = (s: string) => (properNouns.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));

/** Train letters also draw on the train-only phrasings of area-extras.ts; eval letters never do. */
function withExtras(text: AreaText, area: string, lang: Lang, split: 'train' | 'eval'): AreaText {
  const extra = areaExtras[area];
  if (split !== 'train' || !extra) return text;
  return {
    benefit: [...text.benefit, ...(extra.benefit?.[lang] ?? [])],
    subject: [...text.subject, ...(extra.subject?.[lang] ?? [])],
    details: { train: [...text.details.train, ...(extra.details[lang] ?? [])], eval: text.details.eval },
  };
}

export interface ComposeInput {
  id: string;
  family: Family;
  area: string;
  rng: Rng;
  /** Extra detail paragraphs (long letters). */
  extraParagraphs: number;
}

export function composeLetter({ id, family, area, rng, extraParagraphs }: ComposeInput): CorpusDoc {
  const lang = family.lang;
  const spec = areaSpec(area);
  const split = family.split;
  const text = withExtras(spec.text[lang] ?? spec.text.nb!, area, lang, split);
  const foreignLang = lang === 'sv' || lang === 'da' || lang === 'en';
  const party: Person = person(rng, foreignLang && rng.chance(0.7));
  const fi = expand(rng.pick(spec.firstInstance), {}, rng);
  const ourBody = rng.pick(ourBodies);
  const ourCase = ourCaseNumber(rng, rng.pick([2024, 2025, 2025]));
  const fiRefValue = /helfo/i.test(fi) ? helfoRef(rng) : /pasientreiser/i.test(fi) ? helfoRef(rng) : navRef(rng);

  const isTribunal = family.type === 'tribunal_appeal' || family.type === 'tribunal_ruling';
  const firstDecision = randomDate(rng, '2023-09-01', 560);
  const ourDecision = addDays(firstDecision, rng.int(70, 220));
  const decision = isTribunal || family.type === 'reopening_request' || family.type === 'legal_costs_claim' ? ourDecision : firstDecision;
  const decisionReceived = addDays(decision, rng.int(1, 8));
  const letterDate = addDays(decision, rng.int(5, 40));
  const numericOnly = foreignLang;

  const truth: ExtractedFields = { nationalIds: [], caseReferences: [], decisionDate: null, decisionReceivedDate: null };
  const addRef = (ref: string) => {
    if (!truth.caseReferences.includes(ref)) truth.caseReferences.push(ref);
    return ref;
  };
  const addId = (id: string) => {
    if (!truth.nationalIds.includes(id)) truth.nationalIds.push(id);
  };
  const dateIn = (iso: string) => writeDate(rng, iso, lang, numericOnly);
  const details = text.details[split].length ? text.details[split] : text.details.train;
  const medicalBase = spec.medical[split].length ? spec.medical[split] : details;
  const medical = split === 'train' && areaExtras[area] ? [...medicalBase, ...areaExtras[area]!.medical] : medicalBase;
  const unusedDetails = rng.shuffle(details);
  const unusedFillers = rng.shuffle(fillers[lang][split]);
  // Each detail once; when they run out, the writer's circumstances, then repeats as a last resort.
  const nextDetail = (r: Rng) => expand(unusedDetails.pop() ?? unusedFillers.pop() ?? r.pick(details), {}, r);
  const nextFiller = (r: Rng) => unusedFillers.pop() ?? nextDetail(r);

  const slots: Slots = {
    name: party.name,
    street: party.street,
    postcode: party.postcode,
    town: party.town,
    fnr: (r) => {
      addId(party.nationalId);
      return writeNationalId(r, party.nationalId);
    },
    foreignId: (r) => (lang === 'da' ? `${party.nationalId.slice(0, 2)}${r.int(10, 12)}${r.int(50, 90)}-${r.int(1000, 9999)}` : `19${r.int(50, 90)}${String(r.int(1, 12)).padStart(2, '0')}${r.int(10, 28)}-${r.int(1000, 9999)}`),
    benefit: (r) => expand(r.pick(text.benefit), {}, r),
    benefitUpper: (r) => expand(r.pick(text.benefit), {}, r).toUpperCase(),
    subject: (r) => expand(r.pick(text.subject), {}, r),
    fi,
    law: (r) => r.pick(spec.law),
    detail: (r) => nextDetail(r),
    detailLower: (r) => lowerFirst(nextDetail(r)),
    medical: (r) => expand(r.pick(medical), {}, r),
    diagnosis: (r) => r.pick(diagnoses[area] ?? diagnoses.medical!),
    decisionDate: () => {
      truth.decisionDate = decision;
      return dateIn(decision);
    },
    firstDecisionDate: () => dateIn(firstDecision),
    listDecisionDate: () => dateIn(decision),
    decisionReceived: () => {
      truth.decisionReceivedDate = decisionReceived;
      return dateIn(decisionReceived);
    },
    otherDate: (r) => dateIn(addDays(decision, r.int(-90, 30))),
    birthDate: (r) => dateIn(randomDate(r, '1950-01-01', 15000)),
    letterDate: () => dateIn(letterDate),
    dueDate: () => dateIn(addDays(letterDate, 30)),
    ourBody,
    ourRef: () => addRef(ourCase),
    tribunalRefRec: (r) => addRef(tribunalRef(r)),
    amount: (r) => `${r.int(4, 95)} ${String(r.int(0, 999)).padStart(3, '0')},${r.pick(['00', '50'])}`,
    hours: (r) => String(r.int(3, 40)),
    account: (r) => accountNumber(r),
    invoiceNo: (r) => String(r.int(10000, 99999)),
  };
  // The newer writers' slots and heads; nothing is drawn unless a template or head uses them.
  const voice = voices({ lang, area, party, ourBody, fiRefValue, decision, letterDate, addRef, dateIn });
  Object.assign(slots, voice.slots);

  const lines: string[] = [];
  const push = (...l: string[]) => lines.push(...l);
  const L = labels[lang];
  const recipient = () => {
    push(ourBody, ...rng.pick(ourAddress), '');
  };
  const refLine = (parts: string[]) => {
    const sep = rng.pick(['   ', '     ', '  |  ']);
    if (rng.chance(0.6)) push(parts.join(sep));
    else push(...parts);
  };
  const sender: SenderKind = family.sender;
  // Recorded as the head is written; the draws below stay exactly as they were, so the corpus is unchanged.
  const parties: PartiesTruth = { appellant: null, representative: null, firstInstance: null };
  let signature: string[] = [];
  const closing = rng.pick(closings[lang]);
  let titleInHead = false;
  const namesArea = /\{(benefit|subject|benefitUpper|detail|detailLower|medical|lay)\}/.test([...family.titles, ...family.body].join(' '));
  const indent = rng.chance(0.3) ? ' '.repeat(rng.int(30, 50)) : '';
  const dateLine = (place: string) => (rng.chance(0.5) ? `${indent}${place}, ${dateIn(letterDate)}` : `${indent}${L.date} ${dateIn(letterDate)}`);

  switch (sender) {
    case 'person': {
      if (rng.chance(0.85)) {
        push(party.name, party.street, `${party.postcode} ${party.town}`);
        parties.appellant = { name: party.name, address: [party.street, `${party.postcode} ${party.town}`] };
      } else {
        push(`Fra: ${party.name}`);
        parties.appellant = { name: party.name, address: [] };
      }
      if (!foreignLang && rng.chance(0.6)) push(`${rng.pick(L.fnr)} ${slots.fnr instanceof Function ? slots.fnr(rng) : ''}`);
      if (foreignLang && rng.chance(0.5)) push(`${rng.pick(L.fnr)} ${(slots.fnr as (r: Rng) => string)(rng)}`);
      push('');
      if (rng.chance(0.8)) recipient();
      push(dateLine(party.town));
      if (rng.chance(0.5)) push(`${rng.pick(L.yourRef)} ${addRef(ourCase)}`);
      else if (rng.chance(0.4)) push(`${rng.pick(L.caseNo)} ${addRef(fiRefValue)} (${fi})`);
      push('');
      signature = [closing, '', rng.chance(0.3) ? '(signert)' : '', party.name];
      break;
    }
    case 'lawyer': {
      const firm = rng.pick(firms);
      const lawyer = randName(rng);
      const firmHead = firm.toUpperCase() === firm ? firm : rng.chance(0.5) ? firm.toUpperCase() : firm;
      const firmAddress = `${rng.pick(streets)} ${rng.int(1, 60)}, ${rng.pick(towns).join(' ')}`;
      parties.representative = { name: lawyer, firm, address: [firmAddress] };
      push(firmHead, firmAddress, `Tlf. ${rng.int(20, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}   Org.nr. ${rng.int(900, 999)} ${rng.int(100, 999)} ${rng.int(100, 999)}`, '');
      recipient();
      const refs = [`${rng.pick(labels.nb.ourRef)} ${addRef(lawyerRef(rng))}`];
      if (rng.chance(0.75)) refs.push(`${rng.pick(labels.nb.yourRef)} ${addRef(rng.chance(0.6) ? ourCase : fiRefValue)}`);
      refs.push(`${L.date} ${dateIn(letterDate)}`);
      refLine(refs);
      push('');
      if (rng.chance(0.5)) push(`Vedr.: ${party.name} – ${(slots.benefit as (r: Rng) => string)(rng)}`, '');
      signature = [closing, firm, '', lawyer, rng.pick(['advokat', 'Advokat', 'advokatfullmektig'])];
      break;
    }
    case 'first_instance': {
      parties.firstInstance = fi;
      push(rng.chance(0.3) ? fi.toUpperCase() : fi, ...fiAddress(fi, rng), '');
      recipient();
      const refs = [`${rng.pick(L.ourRef)} ${addRef(fiRefValue)}`];
      if (rng.chance(0.3)) refs.push(`${rng.pick(L.yourRef)}`);
      refs.push(`${L.date} ${dateIn(letterDate)}`);
      refLine(refs);
      if (rng.chance(0.5)) push(`Saksbehandler: ${randName(rng)}`);
      push('');
      signature = [closing, fi, '', randName(rng), rng.pick(['saksbehandler', 'rådgiver', 'seniorrådgiver']), '', rng.chance(0.5) ? `Kopi: ${party.name}` : ''];
      break;
    }
    case 'doctor': {
      const clinic = rng.pick(clinics);
      push(clinic, `${rng.pick(streets)} ${rng.int(1, 60)}, ${rng.pick(towns).join(' ')}`, `Tlf. ${rng.int(20, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`, '');
      if (rng.chance(0.6)) recipient();
      push(dateLine(party.town), '');
      signature = [closing, '', `${randName(rng)}`, rng.pick(['lege', 'fastlege', 'spesialist i allmennmedisin', 'Lege / spesialist i allmennmedisin']), `HPR-nr. ${rng.int(1000000, 9999999)}`];
      break;
    }
    case 'hospital': {
      push(...rng.pick(hospitals), '');
      push(`${L.date} ${dateIn(letterDate)}`, '');
      signature = [closing, '', `${randName(rng)}`, rng.pick(['overlege', 'lege i spesialisering', 'avdelingsoverlege']), '', `Kopi: fastlege`];
      break;
    }
    case 'expert': {
      const expert = randName(rng);
      push(`${rng.pick(['Dr. med. ', 'Spesialist ', '', 'Farmasøyt ', 'Tannlege '])}${expert}`, rng.pick(['Spesialist i psykiatri', 'Spesialist i ortopedisk kirurgi', 'Spesialist i arbeidsmedisin', 'Spesialist i periodonti', 'Klinisk farmasøyt', 'Spesialist i nevrologi']), '');
      recipient();
      refLine([`${rng.pick(L.yourRef)} ${addRef(ourCase)}`, `${L.date} ${dateIn(letterDate)}`]);
      push('');
      signature = [closing, '', expert, rng.pick(['sakkyndig', 'rådgivende lege', 'spesialist'])];
      break;
    }
    case 'tribunal': {
      push('TRYGDERETTEN', rng.pick(['Postboks 8024 Dep, 0030 Oslo', 'Tollbugata 10, 0152 Oslo']), '');
      push(`${rng.pick(['Avsagt', 'Dato:', 'Kjennelse avsagt'])} ${dateIn(letterDate)}`, '');
      signature = ['', rng.pick(tribunalJudges), `${randName(rng)}, rettsmedlem`, `${randName(rng)}, ${rng.pick(['lege', 'rettsmedlem med attføringskyndighet'])}`];
      break;
    }
    case 'foreign_doctor': {
      const [clinic, address] = rng.pick(foreignClinics[lang] ?? foreignClinics.en!);
      push(clinic!, address!, '');
      push(`${L.date} ${dateIn(letterDate)}`, '');
      signature = [closing, '', `${rng.pick(['Dr. ', 'Leg. läkare ', ''])}${randName(rng).split(' ')[1]} ${rng.pick(['Andersson', 'Nielsen', 'Smith'])}`, lang === 'en' ? 'Consultant physician' : lang === 'sv' ? 'Specialistläkare' : 'Speciallæge'];
      break;
    }
    case 'foreign_clinic':
    case 'expert_invoice': {
      const expert = randName(rng);
      push(rng.pick([`${expert} – sakkyndig`, `Dr. ${expert} AS`, `${expert}, spesialist`]), `Org.nr. ${rng.int(900, 999)} ${rng.int(100, 999)} ${rng.int(100, 999)}`, `${rng.pick(streets)} ${rng.int(1, 60)}, ${rng.pick(towns).join(' ')}`, '');
      break;
    }
    case 'email':
    case 'note':
    case 'relative':
    case 'organisation':
    case 'municipality':
    case 'hospital_department':
    case 'insurer': {
      // An e-mail's subject line is its only heading: a message that names its matter nowhere else names it there.
      const subject = () => {
        const title = family.titles.length ? expand(rng.pick(family.titles), slots, rng) : '';
        if (namesArea) return title;
        const matter = (slots.benefit as (r: Rng) => string)(rng);
        return title ? `${title} – ${matter}` : matter;
      };
      const head = voice.head(sender, rng, closing, subject);
      push(...head.lines);
      signature = head.signature;
      Object.assign(parties, head.parties);
      titleInHead = head.titleInHead;
      break;
    }
  }

  // Most letters name their matter in a subject line; one that names it nowhere else always does.
  if (!titleInHead && sender !== 'tribunal' && rng.chance(namesArea ? 0.35 : 1)) {
    push(`${rng.pick(subjectLabels[lang])} ${(slots.benefit as (r: Rng) => string)(rng)}`, '');
  }
  const title = !titleInHead && family.titles.length ? expand(rng.pick(family.titles), slots, rng) : '';
  if (title) push(title, '');

  const style = { fontSize: rng.pick([10, 10.5, 11, 11, 12]), serif: rng.chance(0.35) };
  const width = Math.floor(460 / (style.fontSize * 0.6));
  const paragraphs: string[] = [];
  for (const template of family.body) {
    if (template.startsWith('?')) {
      if (rng.chance(0.5)) paragraphs.push(expand(template.slice(1), slots, rng));
    } else paragraphs.push(expand(template, slots, rng));
  }
  // Long letters: more of the same kind of content, in the family's own voice.
  // The party writing (on paper, by e-mail or by hand) pads with their own circumstances.
  const partyWrites = sender === 'person' || sender === 'email' || sender === 'note';
  const extras = family.noPadding || ['invoice', 'consent', 'tribunal_ruling', 'appeal_deadline_interrupting'].includes(family.type) ? 0 : partyWrites ? extraParagraphs : Math.min(2, extraParagraphs);
  for (let i = 0; i < extras; i++) {
    const at = Math.min(paragraphs.length - 1, 2 + i);
    // Only a private person pads a letter with their own circumstances; an office adds more facts.
    const more = partyWrites ? nextFiller : (r: Rng) => expand(r.pick(details), {}, r);
    paragraphs.splice(at, 0, more(rng) + (rng.chance(0.5) ? ` ${more(rng)}` : ''));
  }
  for (const p of paragraphs) {
    push(...wrap(capitalize(p.trim()), width), '');
  }
  if (family.attachments && rng.chance(0.55)) {
    push(rng.pick(L.attachments));
    const items = rng.some(family.attachments, 0.5, 1);
    const bullet = rng.pick(['n', '- ', '• ', '']);
    items.forEach((item, i) => {
      push(`${bullet === 'n' ? `${i + 1}. ` : bullet}${expand(item, slots, rng)}`);
    });
    push('');
  }
  push(...signature.filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== '')));

  // What the mailroom and handwriting add: a received stamp, a note in the margin.
  if (rng.chance(0.25)) {
    const stamp = rng.pick([`MOTTATT ${writeDate(rng, addDays(letterDate, rng.int(2, 6)), 'nb', true)}`, `Mottatt: ${writeDate(rng, addDays(letterDate, rng.int(2, 6)), 'nb', true)}`, 'SKANNET', 'Journalført']);
    lines.splice(rng.int(0, 3), 0, `${' '.repeat(rng.int(35, 55))}${stamp}`);
  }
  if (rng.chance(0.15)) lines.push('', rng.pick(['Kopi sendt pasient', 'OK – se vedlegg', 'Haster!', 'Ring meg gjerne på tlf. 9' + rng.int(1000000, 9999999)]));

  const perPage = Math.floor(713 / (style.fontSize * 1.45)) - 2;
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += perPage) pages.push(lines.slice(i, i + perPage));
  if (pages.length > 1 && rng.chance(0.6)) {
    pages.forEach((p, i) => {
      p.push('', `${' '.repeat(40)}${L.page} ${i + 1} av ${pages.length}`.replace(' av ', lang === 'en' ? ' of ' : lang === 'sv' ? ' av ' : ' av '));
    });
  }
  // A writer other than the party names them in the text (or not at all, as a doctor's invoice may).
  if (!parties.appellant && lines.some((l) => l.includes(party.name))) parties.appellant = { name: party.name, address: [] };
  if (!parties.firstInstance && sender !== 'first_instance' && lines.some((l) => l.includes(fi))) parties.firstInstance = fi;
  return { id, split, family: family.id, documentType: family.type, area, language: lang, pages, truth, style, parties };
}
