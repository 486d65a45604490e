import { isPersonName, isStreetLine, parsePostcodeLine, titleCase } from './lines.ts';
import { confirmedSurnameFirst, SURNAME_FIRST_LABEL, surnameFirst } from './name-order.ts';
import { leadThenAddress, parseOneLineAddress } from './one-line-address.ts';
import { samePerson } from './same-person.ts';
import { withoutTitle } from './titled-name.ts';

/**
 * Labelled fields, however a form or a table lays them out: "Navn: Kari Nordmann", boxes
 * ("| Fornavn: Kari | Etternavn: Nordmann |"), dot leaders ("Etternavn ....... Nordmann"), a label
 * column ("Navn            Kari Nordmann"), a label over its value, or a header row over a row of
 * values ("Navn | Fødselsnr. | Adresse"). The label says what a value is, wherever it stands, so a
 * person's name and address are read from the labels, not from their place on the page.
 */
export type FieldKind = 'name' | 'given' | 'family' | 'street' | 'postcode' | 'place' | 'postcodePlace' | 'nationalId' | 'role';

export interface Field {
  kind: FieldKind;
  value: string;
  /** 0-based line of the value. */
  line: number;
  /** The label asks for the surname first ("Navn (etternavn, fornavn):"). */
  surnameFirst?: boolean;
  /** The label names either the appellant or their representative ("Klager/fullmektig:"). */
  either?: boolean;
  /** The label asks for the person the case concerns ("Navn på den saken gjelder:"). */
  concerns?: boolean;
}

const CONCERNS_LABEL = /(?:gjelder|gjeld|gäller|concerns)$/iu;

const LABELS: [FieldKind, RegExp][] = [
  ['postcodePlace', /^(?:postnr|postnummer|post code|postcode|postal code|zip)\.?\s*(?:og|\/|&|och|and|,)\s*(?:post)?(?:sted|stad|ort|by|town|city)$/iu],
  ['given', /^(?:fornavn|førenamn|förnamn|fornamn|first names?|given names?|forename)$/iu],
  ['family', /^(?:etternavn|etternamn|efternamn|efternavn|surname|last name|family name)$/iu],
  ['name', /^(?:navn|namn|name|fullt navn|fullt namn|full name|klagers navn|klagar sitt namn|sökandens namn|klagandens namn|pasientens navn|navn på klager|namn på klagar|name of appellant|klager|klagar|klagande|klagende|appellant|pasient|patient|parten|ankende part|fullmaktsgiver|fullmaktsgjevar|fullmaktsgivar|fullmaktsgivare|fullmagtsgiver|søker|søkjar|sökande|gjelder|gjeld|saken gjelder|saka gjeld|vedrørende|vedr|angående|sak)$/iu],
  // A form's field for the person the decision concerns, when someone else may fill the form in.
  ['name', /^(?:navn|namn|name)\b.{0,40}\b(?:gjelder|gjeld|gäller|concerns)$/iu],
  ['street', /^(?:adressen?|adressa|adress|address)\b.{0,40}\b(?:gjelder|gjeld|gäller|concerns)$/iu],
  ['street', /^(?:adresse|adressa|adress|address|adr|gateadresse|postadresse|postadressa|utdelningsadress|bostedsadresse|bustadadresse|bostadsadress|bosatt|busett|bosted|bustad|hjemmeadresse|heimeadresse|home address|postal address|street address|brukerens adresse|brukarens adresse|klientens adresse|klagers adresse|klagars adresse|fullmaktsgivers adresse)$/iu],
  ['postcode', /^(?:postnr|postnummer|post code|postcode|postal code|zip(?: code)?)$/iu],
  ['place', /^(?:poststed|poststad|postort|ort|sted|stad|by|town|city)$/iu],
  // A table's role column ("Rolle | Navn | Adresse" over "Klager | Kari Nordmann | …"): whose row it is.
  ['role', /^(?:rolle|role|partsrolle|partsroll|roll|part role)$/iu],
  ['nationalId', /^(?:fødselsnummer|fødselsnr|fnr|f\.\s?nr|personnummer|personnr|norskt personnummer|norsk personnummer|norwegian id number|national id(?: number)?|d-nummer)$/iu],
];

/** "Klager/fullmektig", "Klagar eller fullmektig", "Søker/fullmektig": whoever fills the form in, the party or their representative. */
const EITHER_LABEL = /^(?:klager|klagar|klagande|klagende|søker|søkjar|sökande|appellant|parten?)\s*(?:\/|eller|or|eller\s+hans\/hennes)\s*(?:fullmektig|fullmäktig|ombud|representant|representative|verge)$/iu;

function labelKind(label: string): FieldKind | null {
  if (EITHER_LABEL.test(label.replace(/(?<![\s:.])[\s:.]+$/u, '').trim())) return 'name';
  const l = label.replace(/\s*\([^)]*\)\s*/gu, ' ').replace(/(?<![\s:.])[\s:.]+$/u, '').replace(/\s+/gu, ' ').trim();
  for (const [kind, re] of LABELS) if (re.test(l)) return kind;
  return null;
}

/** "Label: value", "Label ....... value", "Label     value". */
const LABELLED = [/^(?<label>[^:]{2,40}?)\s*:\s*(?<value>\S.*)$/u, /^(?<label>.{2,40}?)\s*\.{3,}\s*:?\s*(?<value>\S.*)$/u, /^(?<label>\S.{1,38}?)[ \t]{3,}(?<value>\S.*)$/u];

/** "Label: value" at the start of a cell. */
const LABEL_START = /^[^:]{2,40}?\s*:\s*\S/u;

/**
 * The cells of a line: a table's or boxes' bars, or two fields printed side by side ("Navn: Kari
 * Nordmann        Telefon: 22 33 44 55"), split where a wide gap is followed by another label.
 */
function cells(line: string): string[] {
  const t = line.trim();
  if (t.includes('|')) return t.split('|').map((c) => c.trim()).filter((c) => c !== '');
  const parts = t.split(/(?<![ \t])[ \t]{2,}(?=\p{L}[\p{L}\p{N} ./()-]{0,30}:[ \t]*\S)/u);
  return parts.length > 1 && LABEL_START.test(parts[0]!) ? parts : [t];
}

/** A line that is labels only ("Navn | Fødselsnr. | Adresse", "Postnr.   Poststed"), or null. */
function labelRow(line: string): FieldKind[] | null {
  const parts = line.includes('|') ? cells(line) : line.trim().split(/[ \t]{2,}/u);
  if (parts.length === 0 || parts[0] === '') return null;
  const kinds = parts.map((p) => labelKind(p.replace(/:$/u, '')));
  return kinds.every((k) => k !== null) ? (kinds as FieldKind[]) : null;
}

function valueRow(line: string, count: number): string[] | null {
  const parts = line.includes('|') ? cells(line) : line.trim().split(/[ \t]{2,}/u);
  return parts.length === count ? parts.map((p) => p.trim()) : null;
}

function readFields(text: string): Field[] {
  const lines = text.split('\n');
  const fields: Field[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '' || /^[+\-=_|\s]+$/u.test(raw)) continue;
    // A label row over a row of values (a table, or a form whose boxes the scan lost).
    const heads = labelRow(raw);
    if (heads) {
      // One row of values, or (a table with a role column) a row per party.
      for (;;) {
        const next = nextContent(lines, i);
        const values = next === null ? null : valueRow(lines[next]!, heads.length);
        if (!values || next === null || labelRow(lines[next]!) !== null) break;
        fields.push(...heads.map((kind, k) => ({ kind, value: values[k]!, line: next })));
        i = next;
        if (!heads.includes('role')) break;
      }
      continue;
    }
    for (const cell of cells(raw)) {
      for (const re of LABELLED) {
        const m = re.exec(cell);
        const kind = m?.groups ? labelKind(m.groups.label!) : null;
        if (kind && m?.groups) {
          const label = m.groups.label!;
          fields.push({ kind, value: m.groups.value!.replace(/(?<!\s)\s+$/u, ''), line: i, ...(SURNAME_FIRST_LABEL.test(label) ? { surnameFirst: true } : {}), ...(EITHER_LABEL.test(label.replace(/(?<![\s:.])[\s:.]+$/u, '').trim()) ? { either: true } : {}), ...(CONCERNS_LABEL.test(label.replace(/(?<![\s:.])[\s:.]+$/u, '').trim()) ? { concerns: true } : {}) });
          break;
        }
      }
    }
    // A street field's postcode line indented under it ("Adresse      Storgata 1" / "             0467 Oslo").
    const last = fields.at(-1);
    if (last?.kind === 'street' && last.line === i && i + 1 < lines.length && /^\s{8,}\S/u.test(lines[i + 1]!) && parsePostcodeLine(lines[i + 1]!.trim())) {
      fields.push({ kind: 'postcodePlace', value: lines[i + 1]!.trim(), line: i + 1 });
      i++;
    }
  }
  return fields;
}

function nextContent(lines: string[], from: number): number | null {
  for (let j = from + 1; j < Math.min(lines.length, from + 3); j++) if (lines[j]!.trim() !== '') return j;
  return null;
}

export interface FieldPerson {
  name: string;
  /** Street or box line(s), then the postcode line; empty when the fields give none. */
  address: string[];
  /** Set when address fields are there but do not read as an address. */
  doubt: string | null;
  /** The fields stand under a representative's heading ("Fullmektig:", "Ombud"). */
  representative: boolean;
  /** The name's label names either the party or their representative ("Klager/fullmektig:"). */
  either?: boolean;
  /** The name's label asks for the person the case concerns ("Navn på den saken gjelder:"). */
  concerns?: boolean;
  first: number;
  last: number;
}

const REPRESENTATIVE_HEADING = /^(?:eventuell\s+)?(?:fullmektig|fullmektigen|representative|ombud|verge|advokat)\b/iu;
/** A contact person's section ("Kontaktperson", a transfer's case worker): whom to call, neither the party nor a fullmektig. */
const CONTACT_HEADING = /^(?:kontaktperson|kontakt\s+person|contact\s+person|kontaktperson\s+hos)\b/iu;
/**
 * A label that starts another party's lines (session 24, issue #16 gap 2): «Arbeidsgiver: Bygg AS» over «Adresse: Industriveien 4
 * …» — the address is the employer's, never the appellant's above, whatever the value is (a company, a clinic, a person).
 * A bare «Kontakt:»/«Contact:» is no such label (session 24's review): it is most often the appellant's own phone or e-mail line.
 */
export const OTHER_PARTY_LABEL =
  /^(?:arbeidsgiver|arbeidsgjevar|arbeidsgivar|arbetsgivare|arbejdsgiver|employer|lege|legen|fastlege|fastlegen|lækare|läkare|læge|doctor|gp|behandler|behandlar|behandlende\s+lege|behandlande\s+läkare|sykehus|sjukehus|sjukhus|sygehus|hospital|kontaktperson|kontakt\s+person|contact\s+person|saksbehandler|saksbehandlar|handläggare|sagsbehandler|case\s+worker|pårørende|pårørande|anhörig|next\s+of\s+kin|verge|verje|god\s+man|værge|guardian|firma|company|virksomhet|verksamhet|skole|skule|school|barnehage|institusjon|sykehjem|sjukeheim)\s*:/iu;

/** Fields this many lines apart belong to different people. */
const GROUP_SPAN = 8;

/** The people the fields describe, in order: a name (or given and family names) and the address fields near it. */
export function fieldPeople(text: string): FieldPerson[] {
  const lines = text.split('\n');
  const fields = readFields(text);
  const people: FieldPerson[] = [];
  let group: Field[] = [];
  const flush = () => {
    const person = personOf(group, lines, text);
    if (person) people.push(person);
    group = [];
  };
  for (const f of fields) {
    // «Employer: Arctic Fish AS» / «Address: Kaia 1, …» over «Appellant: Mary Stone» (session 24): the employer's address, no one's here.
    if (!namesAPerson(f.kind) && underAnotherParty(lines, f.line)) continue;
    const named = group.some((g) => g.kind === 'name' || (g.kind === 'family' && group.some((h) => h.kind === 'given')));
    const startsAnother = named && namesAPerson(f.kind);
    if (group.length > 0 && (startsAnother || f.line - group.at(-1)!.line > GROUP_SPAN || headingBetween(lines, group.at(-1)!.line, f.line))) flush();
    group.push(f);
  }
  flush();
  return people;
}

/** A field that names a person (or their role) starts or belongs to that person's lines. */
const namesAPerson = (kind: string): boolean => kind === 'name' || kind === 'given' || kind === 'family' || kind === 'role';

/** The field's line is in another party's lines: above it, before any blank line or name field, that party's label. */
function underAnotherParty(lines: string[], line: number): boolean {
  for (let j = line - 1; j >= Math.max(0, line - 4); j--) {
    const l = lines[j]!.trim();
    if (l === '') return false;
    if (OTHER_PARTY_LABEL.test(l)) return true;
    const label = LABELLED[0]!.exec(l)?.groups?.label;
    const kind = label ? labelKind(label) : null;
    if (kind && namesAPerson(kind)) return false;
  }
  return false;
}

function headingBetween(lines: string[], from: number, to: number): boolean {
  return lines.slice(from + 1, to).some((l) => REPRESENTATIVE_HEADING.test(l.trim()) || CONTACT_HEADING.test(l.trim()) || OTHER_PARTY_LABEL.test(l.trim()) || anotherPersonLine(l));
}

/**
 * "Pårørende: Kari Hansen", "Fastlege: Kari Berg", "Mor: Astri Hansen": a label the form does not know,
 * followed by a person's name, introduces another person; the address fields under it are theirs.
 */
export function anotherPersonLine(line: string): boolean {
  const m = LABELLED[0]!.exec(line.trim());
  if (!m?.groups || labelKind(m.groups.label!) !== null) return false;
  const value = m.groups.value!.split(',')[0]!.replace(/\s*\([^)]*\)\s*$/u, '').trim();
  return isPersonName(value);
}

/** `text` is `lines` joined, passed in: joining them again for every group is quadratic on a long form. */
function personOf(group: Field[], lines: string[], text: string): FieldPerson | null {
  const get = (kind: FieldKind) => group.find((f) => f.kind === kind)?.value ?? null;
  const cased = (s: string | null) => (s && s === s.toUpperCase() ? titleCase(s) : s);
  const given = cased(get('given'));
  const family = cased(get('family'));
  const nameField = group.find((f) => f.kind === 'name') ?? null;
  // "Navn (etternavn, fornavn): Rindal, Tiril", or "Rindal, Tiril" signed "Tiril Rindal": the surname first.
  const reordered = nameField ? (nameField.surnameFirst ? surnameFirst(nameField.value) : confirmedSurnameFirst(nameField.value, text)) : null;
  const named = cased(get('name'));
  let name = reordered ?? (named === null ? null : withoutTitle(named)) ?? (given && family ? `${given} ${family}` : null);
  let street = get('street');
  // "Klager: Kari Nordmann, Storgata 1, 0467 Oslo": the name field carries the address too.
  const comma = name?.indexOf(',') ?? -1;
  if (name && !street && leadThenAddress(name)) [name, street] = [name.slice(0, comma).trim(), name.slice(comma + 1).trim()];
  // "Gjelder: Kari Nordmann, fnr. …": the name is what comes before the id.
  else if (name && comma > 0 && isPersonName(name.slice(0, comma).trim())) name = name.slice(0, comma).trim();
  if (!name || !isPersonName(name)) return null;
  const first = Math.min(...group.map((f) => f.line));
  const last = Math.max(...group.map((f) => f.line));
  const above = lines.slice(Math.max(0, first - 2), first + 1).map((l) => l.trim());
  if (above.some((l) => CONTACT_HEADING.test(l))) return null;
  const role = get('role');
  if (role && CONTACT_HEADING.test(role)) return null;
  // A heading stands alone ("Fullmektig", "Eventuell fullmektig:"); "Verge: Kari Nordmann" over "Klager: …"
  // is the representative's own line, and the fields under it are someone else's.
  const heading = above.some((l) => REPRESENTATIVE_HEADING.test(l) && !/:\s*\S/u.test(l)) || (role !== null && REPRESENTATIVE_HEADING.test(role));
  const code = get('postcode');
  const place = get('place');
  // "Poststed: 9008 Tromsø": a place field some writers fill with the code as well.
  const postcodePlace = get('postcodePlace') ?? (code && place ? `${code} ${place}` : place && parsePostcodeLine(place)?.street === null ? place : null);
  let address: string[] = [];
  let doubt: string | null = null;
  if (street) {
    const whole = postcodePlace ? null : parseOneLineAddress(street);
    if (whole) address = whole;
    else if (postcodePlace && isStreetLine(street) && parsePostcodeLine(postcodePlace)?.street === null) address = [street, postcodePlace];
    else doubt = 'the address fields could not be read with certainty';
  }
  return { name, address, doubt, representative: heading, first, last, ...(nameField?.either ? { either: true } : {}), ...(nameField?.concerns ? { concerns: true } : {}) };
}

/**
 * Whoever a "Klager/fullmektig:" field names is the representative when the letter names someone
 * else as the person the case concerns: a "saken gjelder" field, or "på vegne av …" (`others`).
 * The same person written twice (a middle name more, a letter misread) is nobody else.
 */
export function eitherRoles(people: FieldPerson[], others: readonly string[]): FieldPerson[] {
  return people.map((p) => {
    if (!p.either || p.representative) return p;
    const someoneElse = people.some((q) => q !== p && q.concerns && !q.representative && !samePerson(q.name, p.name)) || others.some((n) => !samePerson(n, p.name));
    return someoneElse ? { ...p, representative: true } : p;
  });
}

/**
 * Address fields no name field stands with ("Fra: Kari Nordmann" over "Adr.: Storgata 1, 0467 Oslo",
 * "Gjelder: …" over "Postadresse: …"): whose they are is for the caller to say, from the name above.
 */
export function labelledAddresses(text: string): { address: string[]; line: number }[] {
  const fields = readFields(text);
  const people = fieldPeople(text);
  const out: { address: string[]; line: number }[] = [];
  fields.forEach((f, i) => {
    if (f.kind !== 'street' || people.some((p) => f.line >= p.first && f.line <= p.last)) return;
    const next = fields[i + 1];
    const postcode = next && next.line - f.line <= 2 && next.kind === 'postcodePlace' ? next.value : null;
    const address = postcode ? (isStreetLine(f.value) && parsePostcodeLine(postcode)?.street === null ? [f.value, postcode] : null) : parseOneLineAddress(f.value);
    if (address) out.push({ address, line: f.line });
  });
  return out;
}
