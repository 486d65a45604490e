import type { Party } from '#schemas/parties';
import { findNationalIdMatches } from '../fields/national-id.ts';
import { prepareText } from '../fields/text.ts';
import { withCapitalisedSignature } from './lower-case-signature.ts';
import { withLabelColons, withoutFormBlanks } from './form-blanks.ts';
import { unflattenHeads } from './flattened-heads.ts';
import { findAddressBlocks, findInlineBlocks, type AddressBlock } from './address-blocks.ts';
import { addressPhrases, namedAddresses, namedAsKin, unreadMovedAddress, unreadReplyAddress, type AddressPhrase, type NamedAddress } from './address-phrases.ts';
import { anotherPersonLine, eitherRoles, fieldPeople, labelledAddresses, OTHER_PARTY_LABEL, type FieldPerson } from './fields.ts';
import { unfoldColumns, withoutQuotedReply } from './layout.ts';
import { cleanLine, isPersonName, PERSON_NAME, PROFESSIONAL, titleCase } from './lines.ts';
import { addressAfterName, appellantMentions, CLIENT_WORDS, movedFromBracketedAddress, kinMentions, relativesWithoutOwnCase, representedMentions, REPRESENTS, subjectMentions, swedishBehalf, writerActsForKinNamed, type NameMention } from './mentions.ts';
import { ADVOCACY, DEFAULT_OWN_NAMES, firstInstanceMentions, isCareHome, isLawyerFirm, organisationKind, type OrganisationKind } from './organisations.ts';
import { leadThenAddress } from './one-line-address.ts';
import { findSignature, isClosing, isLawyerTitle, ROLE_IN_BRACKETS, type Signature, signedBy, unclosedSignature } from './signature.ts';
import { distance as editDistance } from 'fastest-levenshtein';
import { idAnchors, type IdAnchor } from './anchors.ts';
import { postcodeConfirmed, type PostcodeTable } from './postcodes.ts';
import { ALL_KIN_WORDS } from './kin-and-roles.ts';
import { confirmedSurnameFirst } from './name-order.ts';
import { repairBrokenPostcodes } from './postcode-repair.ts';
import { splitContactTails } from './contact-tails.ts';
import { letterheadLeftColumn } from './letterhead-columns.ts';
import { conductsOwnCase } from './own-case.ts';
import { actsForNamedPerson, behalfNames, bodyActsFor, isCommunalBody, isMedicalPractice, signsAsRepresentative, withoutGrantsToOthers } from './acting-for.ts';
import { addressDoubt, gluedWordsDoubt, HOUSEHOLD_DOUBT, LABELLED_OTHER, markedNameDoubt, REPRESENTATIVES_ADDRESS, TWO_ADDRESSES } from './address-doubts.ts';
import { labelledPartyLines } from './labelled-party-lines.ts';
import { APPELLANTS_REPRESENTATIVE, forwardedRepresentative, labelledRepresentativeLine, representativeOn, type LetterSide } from './representative-line.ts';
import { labelledRuralLine, signedHead, signedRuralLine } from './signed-head.ts';
import { namedRepresentative, namedRepresentatives } from './named-representative.ts';
import { carerAppealsWithPower } from './carer-mandate.ts';
import { homeHoldsMandate } from './care-home-mandate.ts';
import { withoutDenials, writerIsNoRepresentative } from './denied-representation.ts';
import { livesWithWriter, sharedHomeStated, writtenWhole } from './same-home.ts';
import { parseOneLineAddress } from './one-line-address.ts';
import { appealsInFirstPerson, appealVerbInFirstPerson, namesThePerson, nearlyTheSame, PRACTICE_WORKPLACE_DOUBT, practiceAddress, sharesAName, writesAsEmployee } from './practice.ts';
import { introducedAsOthers } from './introduced-block.ts';
import { addressedToFirstInstance } from './addressed-to.ts';
import { isTransfer, withoutUnitsBox } from './first-instance-box.ts';
import { titledClinician } from './clinician-title.ts';
import { organisationOverDepartment } from './department-head.ts';
import { REPRESENTATION_SENTENCE, representedInText } from './represented-in-text.ts';
import { regExpLiteral } from '../text/regexp-literal.ts';

export { findAddressBlocks } from './address-blocks.ts';
export { placeNameCase, postcodeTable, type PostcodeTable } from './postcodes.ts';

export interface PartiesOptions {
  /** Turns a national id into its HMAC key; without it no nationalIdHash is given. */
  hashNationalId?: (nationalId: string) => string;
  /** The appeals body's own names (the recipient of every incoming letter). */
  ownNames?: readonly RegExp[];
  /** Posten's postcodes (config/postcodes.ts): an address whose code and place disagree is withheld. */
  postcodes?: PostcodeTable;
}

type BlockKind = OrganisationKind | 'person';

interface KindedBlock {
  block: AddressBlock;
  kind: BlockKind;
  /** The person's or the organisation's name as the block writes it. */
  name: string;
  /** Labelled as a representative's ("Fullmektig: …"). */
  representative?: boolean;
  /** Everyone the block names over its address: spouses ("Kari og Ola Nordmann") share it. */
  household?: string[];
}

/** "Kari Nordmann og Ola Nordmann", "Kari og Ola Nordmann": two people over one address, else null. */
function householdNames(line: string): string[] | null {
  const m = /^(?<a>.+?)\s+(?:og|och|and|&)\s+(?<b>.+)$/u.exec(line);
  if (!m?.groups) return null;
  const b = m.groups.b!;
  if (!isPersonName(b)) return null;
  if (isPersonName(m.groups.a!)) return [m.groups.a!, b];
  // "Kari og Ola Nordmann": the given name before "og" shares the surname after it.
  const surname = b.split(/\s+/u).at(-1)!;
  return /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(m.groups.a!) && isPersonName(`${m.groups.a} ${surname}`) ? [`${m.groups.a} ${surname}`, b] : null;
}

/** A label some writers put before their own or the patient's name in a head ("Fra:", "Pasient:"). */
const NAME_LABEL = /^(?:fra|frå|från|from|avsender|avsendar|pasient|patient|klager|klagar|klageren|klagaren|klagande|klagende|appellant|ankende part|søker|søkjar|sökande|navn|namn|name|til|to)\s*:\s*/iu;
const INVOICE = /^[ \t]*(?:faktura|invoice|regning|räkning|rechnung)\b/imu;
const ORGANISATION_NUMBER = /\borg\.?\s?(?:nr|nummer)\b|\borganisasjonsnummer\b/iu;
/** Lines at the top of a letter that are the writer's head; a block further down is in the body. */
const HEAD_LINES = 14;

/**
 * The parties of a letter (SPEC.md "Parties and outgoing letters") from its text, text layer or OCR.
 * Pure: no I/O and no logging (names, addresses and ids are personal data).
 *
 * When the letter's head cannot be read with certainty, the appellant is still named but the address
 * is left out and `addressWithheld` says why: the acknowledgement then waits for an archivist rather
 * than going to a wrong address.
 */
export function extractParties(text: string, options: PartiesOptions = {}): Party[] {
  return partiesWithCues(text, options).parties;
}

/**
 * How many independent cues of the letter support a field: 'corroborated' when two or more agree
 * (the head and the signature, a label and the id's line, a field and a sentence), 'single' when one
 * does. Measured by eval:parties against the truth; a reader of the letter cannot see it otherwise.
 */
export type CueSupport = 'corroborated' | 'single';

export interface FieldConfidence {
  name: CueSupport;
  nameCues: string[];
  /** Null when no address is given. */
  address: CueSupport | null;
  addressCues: string[];
  /** A Norwegian postcode whose place Posten's table writes as the letter does: the postcode line was read right. */
  postcodeConfirmed: boolean;
  /** Weak or conflicting evidence around the address given (measured by eval:parties, see `addressDoubtSignals`). */
  doubts: string[];
}

/** The parties, and for the appellant how well the letter's cues support the name and the address given. */
export function readParties(text: string, options: PartiesOptions = {}): { parties: Party[]; appellant: FieldConfidence | null } {
  const { parties, cues } = partiesWithCues(text, options);
  const appellant = parties.find((p) => p.role === 'appellant') ?? null;
  return { parties, appellant: appellant ? { ...appellantSupport(appellant, cues), doubts: addressDoubtSignals(text, appellant, parties, cues) } : null };
}

/** The parties, and the cues they were read from (weighed only when asked: the pipeline never does). */
function partiesWithCues(text: string, options: PartiesOptions): { parties: Party[]; cues: Cues } {
  // The letter's own text: a quoted reply is another letter, two columns are two blocks.
  // A signature typed all in lower case is given its capitals, so it reads as any other.
  const written = splitContactTails(letterheadLeftColumn(withLabelColons(withoutFormBlanks(withCapitalisedSignature(prepareText(text), options.postcodes)))));
  // Wide gaps first (a table's columns, a head beside the recipient's), then what a narrower flattening left.
  const prepared = unflattenHeads(unfoldColumns(withoutQuotedReply(options.postcodes ? repairBrokenPostcodes(written, options.postcodes) : written)));
  const lines = prepared.split('\n');
  const lineStarts = offsets(lines);
  // Labelled fields (a form, a table) say whose name and address they are wherever they stand.
  const people = eitherRoles(fieldPeople(prepared), [...behalfNames(prepared), ...optional(swedishBehalf(prepared)).map((m) => m.name)]);
  const fieldRepresentative = people.find((p) => p.representative) ?? null;
  const fieldBlocks = people.filter((p) => !p.representative && (p.address.length > 0 || p.doubt)).map(fieldBlock);
  // Where fields are, their labels say what each line is; a block read from the same lines is dropped.
  const unlabelled = (b: AddressBlock) => !fieldBlocks.some((p) => b.first <= p.last && b.last >= p.first);
  const signature = findSignature(prepared);
  // The signer's name says which lines of a head are the name and which the address, where the head alone cannot.
  const signedBlocks = (list: AddressBlock[]) => (signature ? list.map((b) => signedHead(prepared, b, signature.name) ?? b) : list);
  const addressBlocks = signedBlocks(findAddressBlocks(prepared).filter(unlabelled));
  const ruralLine = signature && !addressBlocks.some((b) => sameName(b.nameLines[0] ?? '', signature.name)) ? signedRuralLine(prepared, signature.name) : null;
  const found = [...addressBlocks, ...fieldBlocks, ...findInlineBlocks(prepared).filter(unlabelled), ...optional(ruralLine)].sort((a, b) => a.first - b.first);
  const blocks = found.map((b) => kindOf(b, options.ownNames ?? DEFAULT_OWN_NAMES, prepared, lines)).filter((b): b is KindedBlock => b !== null);
  const headTop = firstContentLine(lines);
  // The writer's head at the top; else (an e-mail, a note) the name and address under the signature.
  const headWriter =
    // Never a block the line over it gives as someone else's («Min granne …, hans adress är:», «Pårørende:»).
    // Nor the first instance's block the letter is sent to («Til Nav Alta», under a law firm's name).
    blocks.find((b) => b.kind !== 'own' && !b.block.labelled && b.block.first - headTop < HEAD_LINES && !introducedAsOthers(lines, b.block.first) && !(b.kind === 'first_instance' && addressedToFirstInstance(b.block, lines, headTop))) ??
    (signature ? (blocks.find((b) => b.kind === 'person' && sameName(b.name, signature.name) && b.block.first >= signature.line) ?? null) : null);
  // An invoice with an organisation number is a supplier's (an expert, a clinic): its head is never a party's.
  const head = lines.slice(0, HEAD_LINES * 2).join('\n');
  const writer: KindedBlock | null = headWriter?.kind === 'person' && INVOICE.test(head) && ORGANISATION_NUMBER.test(head) ? { ...headWriter, kind: 'organisation' } : headWriter;
  const fieldMentions = people.filter((p) => !p.representative).map((p) => ({ name: p.name, index: lineStarts[p.first]! }));
  // A first-person grant over records ("Jeg gir min sønn Arne Vold fullmakt til å hente post") names no party: read names without it.
  // "… er ikke lenger min fullmektig", "Jeg er ikke fullmektig for henne": denials are no words of representation.
  const granted = withoutDenials(withoutGrantsToOthers(prepared));
  const mentions = [...appellantMentions(granted), ...optional(swedishBehalf(prepared)), ...subjectMentions(prepared), ...fieldMentions].sort((a, b) => a.index - b.index);
  const fromLine = writerFromLine(lines);
  // A form's own "Fullmektig" section is a heading, not words of representation; its filled fields are.
  const ownWords = withoutDenials(withoutGrantsToOthers(fieldRepresentative ? withoutLines(lines, fieldRepresentative.first - 2, fieldRepresentative.last) : prepared));
  // "Klient: Ola Hansen", "klienten" from a psychologist or a social worker (or a person with no title) is the person treated:
  // a client makes the writer a representative only under a lawyer's title or a law firm's head.
  const clientOfALawyer = writer?.kind !== 'person' || isLawyerTitle(signature?.title ?? null) || LAW_FIRM_HEAD.test(lines[headTop] ?? '');
  const representsSomeone =
    REPRESENTS.test(ownWords) ||
    (clientOfALawyer && CLIENT_WORDS.test(ownWords)) ||
    kinMentions(granted).length > 0 ||
    fieldRepresentative !== null ||
    (writer?.kind === 'person' && signature !== null && signsAsRepresentative(lines[signature.line] ?? '', signature.title));
  const parties: Party[] = [];

  const firstInstance = firstInstanceParty(prepared, blocks, writer);
  if (firstInstance) parties.push(firstInstance);

  // A head that is a person, in a letter that names someone else as the party (a doctor's "Pasient:
  // Ola Nordmann", a helper's "på vegne av"), is not the appellant's head.
  // The writer names who holds their power to pursue the case ("Datteren min Hilde Vold har fullmakt til å
  // føre saken"): the holder represents the writer, whatever kin words or "på mine vegne" stand beside.
  // A person's letter that says «jeg klager selv» / «jeg fører saken selv»: a power it names is no representation now.
  const ownCase = writer?.kind === 'person' && conductsOwnCase(prepared);
  const holders = writer?.kind === 'person' ? namedRepresentatives(prepared, writer.name, sameName) : [];
  const holder = holders[0] ?? null;
  // «fullmakt til Kari Hansen og Per Olsen»: the second holder represents too, and is no one the writer writes for.
  const coHolder = holders[1] ?? null;
  const writerNamesOther =
    writer?.kind === 'person' &&
    (PROFESSIONAL.test(writer.block.nameLines.slice(1).join(' ')) || titledClinician(writer.name) || mentions.some((m) => !sameName(m.name, writer.name) && !holders.some((h) => sameName(m.name, h.name)) && (!signature || !sameName(m.name, signature.name) || !sameName(signature.name, writer.name))));
  const labelledRepresentative = blocks.find((b) => b.representative) ?? null;
  // A first instance's or an organisation's letter lists its own people and the case's; a labelled block in it is no fullmektig the appellant gave.
  const writtenByAnOffice = writer?.kind === 'first_instance' || writer?.kind === 'organisation';
  let representative: Party | null = null;
  let representativeLabelled = false;
  // A care home heading the letter, or standing under its signer's name and title (a nurse writing with no head).
  const careHome = signature ? (blocks.find((b) => b.kind === 'organisation' && isCareHome(b.name) && (b === writer || (b.block.first > signature.line && b.block.first <= signature.line + 3))) ?? null) : null;
  const closingLawyer = !writer && !signature && representsSomeone ? lawyerWithoutClosing(prepared) : null;
  if (writer?.kind === 'lawyer') {
    representative = lawyerParty(writer, signature, prepared);
  } else if (holder && !ownCase && !blocks.some((b) => b.representative)) {
    representative = holder;
    representativeLabelled = true;
  } else if (writer?.kind === 'person' && representsSomeone && !ownCase && !mentions.every((m) => sameName(m.name, writer.name)) && !writerIsNoRepresentative(prepared)) {
    representative = withAddress({ role: 'representative', name: writer.name }, writer.block, signature, writer.name);
  } else if (!writer && signature && ((representsSomeone && isLawyerTitle(signature.title)) || (LAW_FIRM_HEAD.test(lines[headTop] ?? '') && (isLawyerTitle(signature.title) || !signature.title) && !(appealsInFirstPerson(prepared) && !representsSomeone)))) {
    // A lawyer signs under a law firm's letterhead (its address line unread): the appellant's lawyer.
    representative = { role: 'representative', name: signature.name, ...(signature.firm ? { firm: signature.firm } : {}), address: [] };
  } else if (!writer && signature && !signature.title && kinMentions(granted).some((m) => !sameName(m.name, signature.name) && writerActsForKinNamed(granted, m)) && !writerIsNoRepresentative(prepared)) {
    // No head, a relative who signs and writes in words of representation for a relative it names («on behalf of my mother,
    // Solveig Lunde»): the signer acts for them, with no address of their own in the letter.
    representative = { role: 'representative', name: signature.name, address: [] };
  } else if (closingLawyer) {
    // A lawyer's letter that ends in the name and "advokat" with no closing: the lawyer acts for the client.
    representative = closingLawyer;
  } else if (writer?.kind === 'organisation' && (ADVOCACY.test(writer.name) || OF_ITS_MEMBER.test(prepared)) && (representsSomeone || (ADVOCACY.test(writer.name) && !isCommunalBody(writer.name) && bodyActsFor(ownWords, writer.name))) && signature && (!isLawyerTitle(signature.title) || (ADVOCACY.test(writer.name) && !isCommunalBody(writer.name) && !DOES_NOT_ACT.test(prepared))) && !PROFESSIONAL_CARER.test(signature.title ?? '') && (!isCommunalBody(writer.name) || actsForNamedPerson(prepared).some((n) => !sameName(n, signature.name)))) {
    // An ombud, an organisation's legal service or a municipality writes for someone: its signer acts for them, at its address
    // (a union's own lawyer too, "Fagforbundet, juridisk avdeling" signed "advokat", unless it says it does not act; never a
    // municipality's lawyer, who may answer someone else's appeal).
    representative = withAddress({ role: 'representative', name: signature.name, firm: writer.name }, writer.block, null, signature.name);
  } else if (writer?.kind === 'organisation' && !signature && ADVOCACY.test(writer.name) && !isCommunalBody(writer.name) && representsSomeone && signedByTheBodyAlone(lines, writer.name) && actsForNamedPerson(prepared).length > 0) {
    // A union or an ombud signs with its own name and no person («Med vennlig hilsen / Delta / Juridisk seksjon») for someone
    // it names: the body itself acts for them, at its address (session 17).
    representative = withAddress({ role: 'representative', name: writer.name, firm: writer.name }, writer.block, null, writer.name);
  } else if (careHome && signature && homeHoldsMandate(withoutDenials(prepared)) && actsForNamedPerson(prepared).some((n) => !sameName(n, signature.name))) {
    // A care home's nurse or head of unit writes on behalf of a named resident, with a power of attorney: they act for them
    // at the home's address, whatever their title. Without one («… har bedt meg klage for seg») a carer's letter may be a
    // statement, and the acknowledgement must not go to the home (review 14 H3): no representative.
    representative = withAddress({ role: 'representative', name: signature.name, firm: careHome.name }, careHome.block, null, signature.name);
  } else if (labelledRepresentative && !(writer?.kind === 'person' && sameName(writer.name, labelledRepresentative.name)) && !writtenByAnOffice) {
    representative = withAddress({ role: 'representative', name: labelledRepresentative.name }, labelledRepresentative.block, null, labelledRepresentative.name);
    representativeLabelled = true;
  } else if (fieldRepresentative) {
    representative = { role: 'representative', name: fieldRepresentative.name, address: fieldRepresentative.doubt ? [] : fieldRepresentative.address, ...(fieldRepresentative.doubt ? { addressWithheld: fieldRepresentative.doubt } : {}) };
  } else if (writer?.kind !== 'person') {
    // A transfer's or a ruling's "Fullmektig: Advokat …" line: the label says it is the appellant's.
    // Whoever signs a first instance's letter is its own case worker, whatever a line calls them.
    const side = lettersSide(lines, signature, firstInstanceParty(prepared, blocks, writer), writer);
    const line = labelledRepresentativeLine(prepared, side) ?? forwardedRepresentative(prepared, side) ?? representedInText(prepared, side);
    representative = line && !(signature && sameName(signature.name, line.name)) ? line : null;
  }
  // A signer whose title says they are the fullmektig ("rådgjevar / fullmektig"), in a letter that is not the first instance's: the representative.
  // A carer's title ("fastlege / fullmektig") or a practice's letterhead: the doctor reports on a patient, and acts for nobody.
  if (!representative && signature && /\bfullmektig\b/iu.test(signature.title ?? '') && !/advokatfullmektig/iu.test(signature.title ?? '') && !PROFESSIONAL_CARER.test(signature.title ?? '') && !(writer && isMedicalPractice(writer.name)) && writer?.kind !== 'first_instance' && writer?.kind !== 'person' && representsSomeone && !fromFirstInstance(lines, signature)) {
    representative = { role: 'representative', name: signature.name, address: [] };
  }
  // A doctor who writes that they themself appeal on the patient's behalf ("Jeg klager på vegne av pasienten, etter fullmakt")
  // acts for the patient, carer or not: the first person and the verb of appeal say so, not the title.
  if (!representative && signature && PROFESSIONAL_CARER.test(signature.title ?? '') && (carerAppealsFor(prepared) || carerAppealsWithPower(withoutDenials(prepared))) && !fromFirstInstance(lines, signature)) {
    // Who signs says who the letter is from; a head read as the first instance's may be the recipient's block.
    const practice = writer?.kind === 'organisation' ? writer : null;
    representative = practice ? withAddress({ role: 'representative', name: signature.name, firm: practice.name }, practice.block, null, signature.name) : { role: 'representative', name: signature.name, address: [] };
  }
  // «Fullmektig: advokat Per Lie» over «Adresse: …» in a run under «Klager:» (session 23): the address is the representative's, and
  // a signer so labelled in a letter with no head of its own is the appellant's representative. Never in a first instance's letter.
  const partyLines = labelledPartyLines(prepared);
  const labelledOnLine = partyLines.find((p) => p.role === 'representative') ?? null;
  if (labelledOnLine && !writtenByAnOffice && writer?.kind !== 'first_instance' && !(signature && fromFirstInstance(lines, signature))) {
    if (!representative && !writer && signature && sameName(signature.name, labelledOnLine.name)) representative = { role: 'representative', name: labelledOnLine.name, address: labelledOnLine.address };
    else if (representative && representative !== holder && sameName(representative.name, labelledOnLine.name) && representative.address.length === 0 && !representative.addressWithheld) representative = { ...representative, address: labelledOnLine.address };
  }
  if (representative) parties.push(representative);
  if (representative && representative === holder && coHolder) parties.push(coHolder);

  const notAppellant = new Set([representative?.name, representative?.firm, signature && isLawyerTitle(signature.title) ? signature.name : undefined].filter((n): n is string => !!n).map(key));
  let appellant: Party | null = null;
  // «Jeg klager selv, men min datter … hjelper meg»: in the writer's own case a person named beside is no appellant.
  if (writer?.kind === 'person' && (!representative || representativeLabelled) && (!writerNamesOther || (ownCase && !REPRESENTS.test(ownWords)))) {
    const name = signature && sameName(signature.name, writer.name) ? signature.name : writer.name;
    // "Skrevet av meg, Kari, på vegne av min far Ola Nordmann" under Ola's own head: the head is the
    // person written for, and a signer of another name is the helper, not a contradiction.
    const spokenFor = representedMentions(prepared);
    const headSpokenFor = spokenFor.some((m) => sameName(m.name, writer.name)) && spokenFor.every((m) => sameName(m.name, writer.name));
    appellant = withAddress({ role: 'appellant', name }, writer.block, headSpokenFor ? null : signature, writer.name, prepared);
    // Words of representation with nobody else named: the head may be a helper's, not the appellant's.
    // A representative labelled as such, with a name of their own, is the someone else: the head is the appellant's.
    // A writer who says they are no one's representative, and appeals in no first person, writes for someone: their head is no
    // appellant's when nobody else is read. ("Eg klagar …" over a helper's «Eg er ikkje fullmektig» is the appellant's own letter.)
    if ((representsSomeone || (writerIsNoRepresentative(prepared) && !appealVerbInFirstPerson(prepared))) && !ownCase && appellant.address.length > 0 && !representativeLabelled && !headSpokenFor) appellant = { ...appellant, address: [], addressWithheld: 'the letter may be written on behalf of someone else' };
    // A relative named in a letter that speaks of no case of the writer's own: the letter may be about them.
    // The holders of the writer's own power («Jeg gir fullmakt til min sønn … til å klage på mine vegne») are not whom it is about.
    const holdsThePower = (name: string) => representative === holder && holders.some((h) => sameName(name, h.name));
    if (appellant.address.length > 0 && !headSpokenFor && relativesWithoutOwnCase(prepared).some((m) => !sameName(m.name, appellant!.name) && !(signature && sameName(m.name, signature.name)) && !holdsThePower(m.name))) appellant = { ...appellant, address: [], addressWithheld: 'the letter may be about a relative it names' };
    if (headSpokenFor && !representative && signature && !signedBy(signature, writer.name)) {
      representative = { role: 'representative', name: signature.name, address: [] };
      parties.push(representative);
    }
    // Two people over the head's address and nothing that says which of them appeals: the name is a guess.
    if (writer.household && appellant.address.length > 0 && !mentions.some((m) => writer.household!.some((n) => sameName(n, m.name)))) {
      appellant = { ...appellant, address: [], addressWithheld: HOUSEHOLD_DOUBT };
    }
  } else {
    const named = mentions.find((m) => !notAppellant.has(key(m.name)) && !isOrganisationName(m.name));
    const name = named?.name ?? (!representative && !writer && fromLine ? fromLine : null) ?? (!representative && !writer && firstPerson(prepared) && signature && !isLawyerTitle(signature.title) ? signature.name : null) ?? (appealsUnderOthersHead(writer, representative, representsSomeone, signature, prepared, mentions.length) ? signature!.name : null);
    if (name) {
      // The person's own block, or the one they share with the writer (spouses over one address).
      const own = blocks.find((b) => b.kind === 'person' && b !== writer && sameName(b.name, name)) ?? blocks.find((b) => b.kind === 'person' && b.household?.some((n) => sameName(n, name)));
      // The address written after the name where the letter names the party ("Vi representerer …, bosatt …").
      const inline = [...new Map(occurrences(prepared, name).map((m) => addressAfterName(prepared, m)).filter((a) => a !== null).map((a) => [a.join('|'), a])).values()];
      appellant = own
        ? withAddress({ role: 'appellant', name: sameName(own.name, name) ? own.name : name }, own.block, null, name, prepared)
        : inline.length > 1 || occurrences(prepared, name).some((m) => movedFromBracketedAddress(prepared, m))
          ? { role: 'appellant', name, address: [], addressWithheld: TWO_ADDRESSES }
          : inline.length === 1 && spelledTwoWays(name, prepared, 1, [writer?.name, signature?.name, fromLine])
            ? // The address after a name the letter writes once more one letter apart ("Asmund"/"Åsmund"): which reading is right
              // cannot be told (as for a head). The letter's other people are no misread of it ("Siri Holm" for "Astri Holm").
              { role: 'appellant', name, address: [], addressWithheld: NAME_TWO_WAYS }
            : { role: 'appellant', name, address: inline[0] ?? [] };
    }
  }
  const anchors = idAnchors(prepared);
  // A practitioner (or a self-employed person) appealing for themself from their own business.
  const signer = signature ?? unclosedSignature(prepared);
  const practitioner = !representative && !representsSomeone && signer && !isLawyerTitle(signer.title) && !INVOICE.test(head) ? practitionerAppellant(prepared, lines, blocks, signer, mentions, anchors, headTop) : null;
  const practiceUsed = practitioner !== null && (!appellant || (!sameName(appellant.name, practitioner.name) && sharesAName(appellant.name, practitioner.name)) || (sameName(appellant.name, practitioner.name) && appellant.address.length === 0 && !appellant.addressWithheld));
  if (practiceUsed) appellant = practitioner;
  const anchored = anchoredAppellant(appellant, anchors, notAppellant, { representative, writerName: writer?.kind === 'person' ? writer.name : (fromLine ?? signature?.name ?? null) });
  appellant = anchored.appellant;
  if (appellant) {
    const writerNames = [writer?.kind === 'person' ? writer.name : null, fromLine, signature?.name ?? null].filter((n): n is string => n !== null);
    const isWriter = !representative && writerNames.some((n) => sameName(n, appellant!.name));
    const held = appellant.address;
    const writersName = (line: string) => isWriter && writerNames.some((n) => sameName(n, line));
    // A parent's address by the kin word alone is the appellant's only where the letter names the appellant as that parent.
    const phrases = addressPhrases(prepared, held, writersName).filter((p) => !p.kin || namedAsKin(prepared, appellant!.name, p.kin));
    appellant = phraseAddress(appellant, phrases, isWriter ? 'writer' : writerNames.length > 0 ? 'other' : null);
    // The writer asks the answer to go to an address nothing could read: the head's may not be where they want it.
    if (isWriter && appellant.address.length > 0 && unreadReplyAddress(prepared) && !addressPhrases(prepared, held).some((p) => p.replyTo)) appellant = { ...appellant, address: [], addressWithheld: TWO_ADDRESSES };
    // The writer has moved and the new address could not be read: the head may be the old one (session 17).
    if (isWriter && appellant.address.length > 0 && unreadMovedAddress(prepared, held) && !addressPhrases(prepared, held).some((p) => p.replyTo)) appellant = { ...appellant, address: [], addressWithheld: 'the writer has moved and the new address could not be read' };
    appellant = labelledAddressUnderName(appellant, prepared, lineStarts);
    appellant = namedAddress(appellant, namedAddresses(prepared));
    if (appellant.address.length === 0 && !appellant.addressWithheld) appellant = { ...appellant, address: labelledRuralLine(prepared, appellant.name)?.address ?? [] };
    appellant = withoutUnitsBox(appellant, prepared, firstInstance !== null && (FIRST_INSTANCE_WORD.test(lines[headTop] ?? '') || fromFirstInstance(lines, signature) || isTransfer(prepared)));
    appellant = checkedAddress(appellant, options.postcodes);
    // The «Adresse:» under a representative's labelled line is theirs, never the appellant's (session 23).
    const theirs = appellant.address.length > 0 ? partyLines.find((p) => p.role === 'representative' && !sameName(p.name, appellant!.name) && addressKey(p.address) === addressKey(appellant!.address)) : undefined;
    if (theirs && !partyLines.some((p) => p.role === 'appellant' && sameName(p.name, appellant!.name) && addressKey(p.address) === addressKey(appellant!.address))) appellant = { ...appellant, address: [], addressWithheld: REPRESENTATIVES_ADDRESS };
    // A «Klager:» line naming someone else: the address read may be the other person's (or the name a misread).
    if (appellant.address.length > 0 && labelledAppellants(lines).some((n) => !sameName(n, appellant!.name))) appellant = { ...appellant, address: [], addressWithheld: LABELLED_OTHER };
  }
  // Who the letter says acts for the appellant, wherever it says so ("…, ved verge Kristin Sætre", "Marit
  // Haugli har fullmakt til å føre saka for meg"), or a law firm's letter that ends in its lawyer's name.
  if (!representative) {
    representative = (appellant && !(ownCase && writer?.kind === 'person' && sameName(appellant.name, writer.name)) ? namedRepresentative(prepared, appellant.name, sameName) : null) ?? (LAW_FIRM_HEAD.test(lines[headTop] ?? '') ? endingName(lines, appellant?.name ?? null) : null);
    if (representative) parties.push(representative);
  }
  // A parent writing for a child "som bor sammen med meg": the child's address is the writer's head, which the representative has.
  if (appellant && appellant.address.length === 0 && !appellant.addressWithheld && representative && representative.address.length > 0 && writer?.kind === 'person' && sameName(representative.name, writer.name) && livesWithWriter(prepared, appellant.name) && writtenWhole(prepared, appellant.name)) {
    appellant = checkedAddress({ ...appellant, address: representative.address }, options.postcodes);
  }
  // «Jeg skriver på vegne av min mann, Kjell Strøm … Vi bor sammen i Granveien 3, 1410 Kolbotn» (session 24): a relative who writes
  // for the appellant names their shared home. Never an office's letter, and never against an address the writer's head gives.
  if (appellant && appellant.address.length === 0 && !appellant.addressWithheld && representative && !representative.firm && !representative.addressWithheld && writer?.kind !== 'organisation' && writer?.kind !== 'lawyer' && kinMentions(granted).some((m) => sameName(m.name, appellant!.name))) {
    const home = sharedHomeStated(prepared, appellant.name, parseOneLineAddress);
    if (home && (representative.address.length === 0 || addressKey(representative.address) === addressKey(home))) {
      appellant = checkedAddress({ ...appellant, address: home }, options.postcodes);
      const at = parties.indexOf(representative);
      representative = { ...representative, address: home };
      parties[at] = representative;
    }
  }
  if (representative) parties[parties.indexOf(representative)] = checkedAddress(representative, options.postcodes);
  if (appellant) {
    const hash = appellantIdHash(prepared, appellant, blocks, mentions, lineStarts, options, anchors);
    parties.unshift(hash ? { ...appellant, nationalIdHash: hash } : appellant);
  }

  const ownPractice = practiceUsed && parties.some((p) => p.role === 'appellant' && sameName(p.name, practitioner!.name));
  if (ownPractice) {
    // The head is the appellant's own practice: no sender of its own.
  } else if (anchored.displaced && !representative && representsSomeone && writer?.kind === 'person' && sameName(anchored.displaced.name, writer.name)) {
    // The writer's head, words of representation, and someone else's id: the writer acts for them.
    parties.push(checkedAddress(withAddress({ role: 'representative', name: writer.name }, writer.block, signature, writer.name), options.postcodes));
  } else if (anchored.displaced && writer?.kind === 'person' && sameName(anchored.displaced.name, writer.name)) {
    parties.push({ ...anchored.displaced, role: 'sender' });
  }
  else if (writer?.kind === 'person' && !representative && writerNamesOther) {
    parties.push(withAddress({ role: 'sender', name: writer.name }, writer.block, null, writer.name));
  }
  // An e-mail from a person who writes for the appellant ("Mvh Bjørn Eide, for Knut Eide"): its sender
  // is the representative. Read after the appellant, so it never changes whom the letter is about.
  // A first instance's case worker forwarding the case ("Fra: Arne Vik <arne.vik@nav.no> … Mvh Arne Vik /
  // NAV Vest") writes of the appellant's fullmektig, not as one: the sender must say whom they write for.
  // Without other words of acting for someone, only for a person ("Mvh Trond Moe, for Borettslaget Solsiden" signs for a board).
  if (!writer && fromLine && !representative && !ownPractice && appellant && !sameName(appellant.name, fromLine) && !parties.some((p) => p.role !== 'appellant' && sameName(p.name, fromLine)) && (representsSomeone || isNamedPerson(appellant.name)) && writesFor(lines, signature, appellant.name) && !fromFirstInstance(lines, signature)) {
    parties.push({ role: 'representative', name: fromLine, address: [] });
  }
  if (writer?.kind === 'organisation' && !ownPractice && representative?.firm !== writer.name) {
    parties.push({ role: 'sender', name: writer.name, address: writer.block.doubt ? [] : writer.block.address, ...(writer.block.doubt ? { addressWithheld: writer.block.doubt } : {}) });
  }
  return { parties, cues: { prepared, lineStarts, blocks, people, signature, fromLine, mentions, anchors, practice: practiceUsed ? practitioner : null, postcodes: options.postcodes } };
}

/**
 * The signer as the appellant at their practice's address, when the letter appeals in the first
 * person (or writes the signer's own id) and names no other person as a party.
 */
function practitionerAppellant(text: string, lines: string[], blocks: KindedBlock[], signature: Signature, mentions: NameMention[], anchors: IdAnchor[], headTop: number): Party | null {
  const signer = signature.name;
  // A case worker or an engaged expert writes for an office, never as the party.
  if (/saksbehandl|rådgiv|konsulent|sakkyndig|sekretær|advokat|jurist/iu.test(signature.title ?? '')) return null;
  const own = (n: string | null) => n === null || sameName(n, signer) || (namesThePerson(n, signer) && !kinOfSigner(n, signer));
  if (!mentions.every((m) => own(m.name)) || !anchors.every((a) => own(a.name))) return null;
  if (!appealsInFirstPerson(text) && !anchors.some((a) => a.name !== null && sameName(a.name, signer))) return null;
  const practiceBlocks = blocks.filter((b) => (b.kind === 'organisation' && !nearlyTheSame(b.name, signer)) || (b.kind === 'person' && !b.block.labelled && !b.household && sharesAName(b.block.nameLines.join(' '), signer) && !sameName(b.name, signer))).map((b) => b.block);
  const practice = practiceAddress(lines, practiceBlocks, signature, headTop, HEAD_LINES);
  if (!practice) return null;
  if (writesAsEmployee(text)) return { role: 'appellant', name: signer, address: [], addressWithheld: PRACTICE_WORKPLACE_DOUBT };
  // A self-employed practitioner's practice bears their name (the business or the head names them). A
  // practitioner's title alone ties them to a workplace, not an address of theirs (an employed nurse's
  // hospital); nothing at all ties a patient's appeal on a clinic's letterhead to the clinic.
  if (!practice.bearsSignersName) return PROFESSIONAL.test(signature.title ?? '') ? { role: 'appellant', name: signer, address: [], addressWithheld: PRACTICE_WORKPLACE_DOUBT } : null;
  return practice.doubt ? { role: 'appellant', name: signer, address: [], addressWithheld: practice.doubt } : { role: 'appellant', name: signer, address: practice.address };
}

/**
 * «Olav Berg» in a letter signed «Hanne Berg»: another given name before the signer's surname is a relative, not a title
 * before the signer's name («Fysioterapeut Lunde», «Dr. Rahimi»). The practice rule took the daughter writing for her
 * father as a practitioner appealing for herself (session 19, s19-35).
 */
function kinOfSigner(name: string, signer: string): boolean {
  const words = name.trim().split(/\s+/u);
  const own = signer.trim().split(/\s+/u);
  if (words.length < 2 || own.length < 2 || words.at(-1)!.toLowerCase() !== own.at(-1)!.toLowerCase()) return false;
  const first = words[0]!;
  return /^\p{Lu}\p{Ll}+$/u.test(first) && !own.some((w) => w.toLowerCase() === first.toLowerCase()) && !PROFESSIONAL.test(first) && !titledClinician(name) && !/^(?:dr|prof|frisør|frisor|advokat|tannlege)$/iu.test(first);
}

interface Cues {
  prepared: string;
  lineStarts: number[];
  blocks: KindedBlock[];
  people: FieldPerson[];
  signature: Signature | null;
  fromLine: string | null;
  mentions: NameMention[];
  anchors: IdAnchor[];
  /** The appellant read as a practitioner at their practice, when that rule gave the appellant. */
  practice: Party | null;
  postcodes: PostcodeTable | undefined;
}

/** Which of the letter's independent cues name the appellant, and which write the address given. */
function appellantSupport(appellant: Party, c: Cues): Omit<FieldConfidence, 'doubts'> {
  const same = (n: string | null | undefined) => !!n && sameName(n, appellant.name);
  const nameCues = [
    c.blocks.some((b) => b.kind === 'person' && !b.block.labelled && same(b.name)) && 'head',
    c.people.some((p) => same(p.name)) && 'fields',
    same(c.signature?.name) && 'signature',
    same(c.fromLine) && 'from-header',
    c.mentions.some((m) => same(m.name)) && 'named-in-text',
    c.anchors.some((a) => same(a.name)) && 'with-national-id',
  ].filter((cue): cue is string => cue !== false);
  let addressCues: string[] = [];
  if (appellant.address.length > 0) {
    const given = addressKey(appellant.address);
    const is = (a: readonly string[] | null | undefined) => !!a && a.length > 0 && addressKey(a) === given;
    addressCues = [
      c.blocks.some((b) => b.kind === 'person' && same(b.name) && !b.block.doubt && is(b.block.address)) && 'block',
      c.anchors.some((a) => same(a.name) && is(a.address)) && 'with-national-id',
      addressPhrases(c.prepared).some((p) => is(p.address)) && 'sentence',
      labelledAddresses(c.prepared).some((a) => is(a.address)) && 'address-field',
      occurrences(c.prepared, appellant.name).some((m) => is(addressAfterName(c.prepared, m))) && 'after-name',
      c.practice !== null && same(c.practice.name) && is(c.practice.address) && 'practice',
    ].filter((cue): cue is string => cue !== false);
  }
  const level = (cues: string[]): CueSupport => (cues.length >= 2 ? 'corroborated' : 'single');
  return { name: level(nameCues), nameCues, address: appellant.address.length > 0 ? level(addressCues) : null, addressCues, postcodeConfirmed: appellant.address.length > 0 && !!c.postcodes && postcodeConfirmed(appellant.address, c.postcodes) };
}

const APPELLANT_LABEL = /^(?:klager|klagar|klageren|klagaren|klagande|klagende|appellant|ankende part)\s*:\s*(?<name>[^,\n]+)/iu;

/** The people the letter's «Klager:»-style lines name (a person's name only: «Klager: Borettslaget …» is a body). */
function labelledAppellants(lines: readonly string[]): string[] {
  return lines.map((l) => APPELLANT_LABEL.exec(cleanLine(l))?.groups?.name?.trim()).filter((n): n is string => !!n && isPersonName(n));
}
const squeeze = (s: string) => s.replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * Signs that the address given to the appellant rests on weak or conflicting evidence: measured per slice
 * against the truth (eval:parties --outcomes) to choose which of them should withhold.
 */
function addressDoubtSignals(text: string, appellant: Party, parties: readonly Party[], c: Cues): string[] {
  if (appellant.address.length === 0) return [];
  const same = (n: string | null | undefined) => !!n && sameName(n, appellant.name);
  const lines = c.prepared.split('\n');
  const signals: string[] = [];
  if (c.signature && !same(c.signature.name) && !signedBy(c.signature, appellant.name)) signals.push(isLawyerTitle(c.signature.title) ? 'signed-by-lawyer' : 'signed-by-another');
  const original = squeeze(prepareText(text));
  if (appellant.address.some((l) => !original.includes(squeeze(l)))) signals.push('repaired');
  const addressLine = lines.findIndex((l) => squeeze(l).includes(squeeze(appellant.address[0]!)));
  const surname = appellant.name.split(/\s+/u).at(-1)!.toLowerCase();
  const nameLines = lines.flatMap((l, i) => (l.toLowerCase().includes(surname) ? [i] : []));
  if (addressLine >= 0 && nameLines.length > 0 && Math.min(...nameLines.map((i) => Math.abs(i - addressLine))) > 3) signals.push('far-from-name');
  if (addressLine > 0) {
    const above = cleanLine(lines[addressLine - 1] ?? '');
    if (isPersonName(above) && !same(above) && !above.toLowerCase().includes(surname)) signals.push('another-name-above');
  }
  const given = addressKey(appellant.address);
  if (parties.some((p) => p.role !== 'appellant' && p.address.length > 0 && addressKey(p.address) === given)) signals.push('another-partys-address');
  if (c.postcodes && !postcodeConfirmed(appellant.address, c.postcodes) && appellant.address.some((l) => /^\d{4}\s+\p{L}/u.test(l.trim()))) signals.push('postcode-unconfirmed');
  return signals;
}

/** "Gjelder: Kari Nordmann" over an address: whom the letter is about, never its writer's head. */
const REGARDING_LABEL = /^(?:gjelder|gjeld|saken gjelder|saka gjeld|angående|angår|vedrørende|vedrører|vedr\.?|re|regarding|ärende|gäller)\s*:\s*/iu;
/**
 * "Fullmektig: Ola Hansen" over an address: the representative's block, labelled as such (bokmål,
 * nynorsk, Swedish, Danish, English). A "Kontaktperson:" is whom to call, no representative.
 */
const REPRESENTATIVE_LABEL = /^(?:fullmektig|fullmektigen|fullmäktig|fuldmægtig|ombud|ombudet|representative|verge|verja|verje|værge|god man|guardian)\s*:\s*/iu;

/** `lines` is `text` split, passed in: splitting it again for every block is quadratic on a long text. */
function kindOf(block: AddressBlock, ownNames: readonly RegExp[], text: string, lines: readonly string[]): KindedBlock | null {
  // «Klager er representert ved advokat …, Postboks 233 Sentrum,⏎4001 Stavanger.»: a sentence, never a head (QA L27).
  if (REPRESENTATION_SENTENCE.test(block.nameLines[0] ?? '')) return null;
  const regarding = REGARDING_LABEL.test(block.nameLines[0] ?? '');
  const representing = REPRESENTATIVE_LABEL.test(block.nameLines[0] ?? '');
  if (regarding || representing) {
    // The label says whose block it is: not a head, whatever its place on the page.
    const name = block.nameLines[0]!.replace(REGARDING_LABEL, '').replace(REPRESENTATIVE_LABEL, '');
    const cased = name === name.toUpperCase() ? titleCase(name) : name;
    return isPersonName(cased) && block.nameLines.length === 1 ? { block: { ...block, labelled: true }, kind: 'person', name: cased, representative: representing } : null;
  }
  // "Aarhus Kommune" over "Borgerservice – Pensionsrådgivning" over the address: a department under its organisation's name.
  const above = block.nameLines.length === 1 && block.first > 0 ? (lines[block.first - 1] ?? '').trim() : '';
  // «FELLESFORBUNDET» over «Juridisk avdeling»: the department is no firm of its own (QA L26).
  const unit = above ? organisationOverDepartment(above, block.nameLines[0]!, text) : null;
  const unitKind = unit ? (organisationKind([above], ownNames) ?? 'organisation') : null;
  if (unit && (unitKind === 'organisation' || unitKind === 'lawyer')) return { block: { ...block, nameLines: [above, ...block.nameLines], first: block.first - 1 }, kind: unitKind, name: unit };
  if (above && !isPersonName(block.nameLines[0]!) && organisationKind([above], ownNames) === 'organisation' && organisationKind([block.nameLines[0]!, ...block.address], ownNames) === null) {
    return { block, kind: 'organisation', name: `${above}, ${block.nameLines[0]}` };
  }
  const kinded = kindOfHead(block, ownNames, text) ?? signedForHead(block, text);
  // "Tone Vestby" over "v/ Solbakken sykehjem" (or "c/o …"): where the person is reached, a line of their address.
  const via = block.nameLines[1];
  if (kinded?.kind === 'person' && via !== undefined && sameName(kinded.name, block.nameLines[0]!.replace(NAME_LABEL, '')) && /^(?:v\/|c\/o)\s?\p{Lu}/iu.test(via)) {
    return { ...kinded, block: { ...block, nameLines: [block.nameLines[0]!], address: [via, ...block.address] } };
  }
  return kinded;
}

/**
 * "LHL Trøndelag" over its address, the letter signed "for LHL Trøndelag" over a person's name: a head whose
 * name nothing else tells as a body's is one when the signer signs for it.
 */
function signedForHead(block: AddressBlock, text: string): KindedBlock | null {
  const name = block.nameLines[0]?.trim();
  if (!name || block.nameLines.length !== 1 || isPersonName(name)) return null;
  const signsFor = new RegExp(`^[ \\t]*(?:for|p\\.p\\.|on behalf of)[ \\t]+${regExpLiteral(name)}[ \\t]*$`, 'imu');
  return signsFor.test(text) ? { block, kind: 'organisation', name } : null;
}

function kindOfHead(block: AddressBlock, ownNames: readonly RegExp[], text: string): KindedBlock | null {
  const names = block.nameLines.map((l) => l.replace(NAME_LABEL, '').replace(ROLE_IN_BRACKETS, ''));
  const kind = organisationKind([...names, ...block.address], ownNames);
  if (kind) return { block, kind, name: names[0]! };
  const last = names[names.length - 1]!;
  if (isPersonName(last)) return { block, kind: 'person', name: last, ...(block.alsoNamed ? { household: [...block.alsoNamed, last] } : {}) };
  const household = names.length === 1 ? householdNames(last) : null;
  if (household) return { block, kind: 'person', name: household[1]!, household };
  if (names.length > 1 && isPersonName(names[0]!)) return { block, kind: 'person', name: names[0]! };
  // "Sunde, Ragnvald" over the address, signed "Ragnvald Sunde": the head writes the surname first.
  const reordered = names.length === 1 ? confirmedSurnameFirst(last, text) : null;
  if (reordered) return { block, kind: 'person', name: reordered };
  // A head in capitals ("KARI NORDMANN"): a name when written in ordinary case it is one.
  if (last === last.toUpperCase() && isPersonName(titleCase(last))) return { block, kind: 'person', name: titleCase(last) };
  return null;
}

/**
 * The writer's own address goes on the party only when the head was read with certainty and nothing
 * contradicts it: a signature under another name means the head may be someone else's.
 */
function withAddress(party: Omit<Party, 'address'>, block: AddressBlock, signature: Signature | null, name: string, text = ''): Party {
  if (block.doubt) return { ...party, address: [], addressWithheld: block.doubt };
  if (text && spelledTwoWays(name, text)) return { ...party, address: [], addressWithheld: NAME_TWO_WAYS };
  if (signature && !signedBy(signature, name) && !isLawyerTitle(signature.title) && party.role === 'appellant' && !REPRESENTS_SIGNER.test(signature.title ?? '')) {
    return { ...party, address: [], addressWithheld: 'the name in the letter head and the signature differ' };
  }
  return { ...party, address: block.address };
}
/**
 * The lawyer of a letter that ends in a name and a lawyer's title with no closing ("Anne Vik" over
 * "advokat"); the firm and address from a head that names the same lawyer ("Advokat Anne Vik" over
 * "Vik Advokatkontor, Dronningens gate 10, 7011 Trondheim"), else none.
 */
function lawyerWithoutClosing(text: string): Party | null {
  const signer = unclosedSignature(text);
  if (!signer || !isLawyerTitle(signer.title)) return null;
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const named = lines.slice(0, 3).findIndex((l) => sameName(l.replace(/^(?:advokat|advokatfullmektig|adv\.)\s+/iu, ''), signer.name) && l !== signer.name);
  const firmLine = named >= 0 ? leadThenAddress(lines[named + 1] ?? '') : null;
  return firmLine && isLawyerFirm(firmLine.lead) ? { role: 'representative', name: signer.name, firm: firmLine.lead, address: firmLine.address } : { role: 'representative', name: signer.name, address: [] };
}

/** A letterhead's first line that is a law firm ("ADVOKATFIRMAET LORENTZEN DA", "Advokatkontoret Vik"). */
const LAW_FIRM_HEAD = /^\s*(?:\p{Lu}[\p{L}&]*\s+){0,3}(?:advokatfirma(?:et|n)?|advokatkontor(?:et)?|advokatene|advokatbyrå(?:n)?)\b/iu;
const REPRESENTS_SIGNER = /fullmektig|verge|guardian/iu;
/** "vi representerer henne ikke", "we do not represent her": the organisation says it does not act for the person. */
const DOES_NOT_ACT = /(?<![\p{L}])(?:(?:representerer|representerar|fører)(?:[ \t]+\p{L}+){0,2}?[ \t]+(?:ikke|ikkje|inte)|(?:do|does)[ \t]+not[ \t]+(?:represent|act))(?![\p{L}])/iu;
/** An organisation that writes of its member ("vårt medlem", "på medlemmets vegne", "Medlem: …") is an interest organisation, whatever its name. */
const OF_ITS_MEMBER = /(?<![\p{L}])(?:vårt\s+medlem|medlemmet|medlemmets|medlem\s+hos\s+oss|our\s+member|medlem\s*:)(?![\p{L}])/iu;
/**
 * "Jeg klager på vegne av pasienten", "Eg klagar på vegner av …", "Jeg klager for Kari Vold": the writer appeals, in
 * the first person, for someone. ("Jeg skriver på vegne av Kari Vold" is not read: a GP's or a nurse's statement says it
 * too, review 14 H3.) No i flag: a name's \p{Lu} must stay a capital ("Jeg klager for egen del" acts for
 * nobody), and "for" only before the patient or a person's name ("Jeg klager for Sentrum legekontor" is the doctor's own).
 */
const PATIENT = '(?:pasienten|pasientens|min\\s+pasient|patienten)(?![\\p{L}])';
const CARER_APPEALS_FOR = new RegExp(
  `(?<![\\p{L}])(?:[Jj]eg|[Ee]g|[Jj]ag)\\s+(?:\\p{Ll}+\\s+)?(?:(?:klager|klagar|anker|ankar|påklager|överklagar)\\s+(?:herved\\s+|med\\s+dette\\s+)?(?:(?:[Pp]å\\s+vegne?r?\\s+av|[Pp]å\\s+uppdrag\\s+av)\\s+(?:${PATIENT}|\\p{Lu})|for\\s+(?:${PATIENT}|(?<name>${PERSON_NAME}))))`,
  'gu',
);
/** Quoted words ("«Jeg klager for Kari Vold»") are someone else's: never the writer's own act. */
const QUOTED = /«[^»\n]*»|"[^"\n]*"|“[^”\n]*”/gu;

function carerAppealsFor(text: string): boolean {
  const unquoted = text.replace(QUOTED, ' ');
  for (const m of unquoted.matchAll(CARER_APPEALS_FOR)) {
    const name = m.groups?.name;
    if (!name || (name.trim().split(/\s+/u).length >= 2 && isPersonName(name.trim()))) return true;
  }
  return false;
}
/** Carers who write about a patient (a municipality's nurse, its doctor): they report, they do not act for them. */
const PROFESSIONAL_CARER = /lege|sykepleier|sjukepleiar|fysioterapeut|psykolog|ergoterapeut|helsesykepleier|doctor|nurse|(?<![\p{L}])gp(?![\p{L}])/iu;

const NAME_TWO_WAYS = 'the name is written in two ways in the letter (a misread?)';

/**
 * Whether the letter writes the name once more in a nearly equal way ("Synnøve Grønli" and
 * "Synnøve Granli") and no more often the head's way: one of them is a misread, and which one
 * cannot be told.
 */
function spelledTwoWays(name: string, text: string, maxDistance = 2, otherPeople: readonly (string | null | undefined)[] = []): boolean {
  const others = new Set(otherPeople.filter((n): n is string => !!n).map((n) => n.toLowerCase()));
  const words = name.split(/\s+/u);
  // Names are written on one line: a line break between two capitalised words ("Hilsen\nKari") is no name.
  const pattern = new RegExp(`(?<![\\p{L}])${words.map(() => "\\p{Lu}[\\p{L}'’-]*").join('[ \\t]+')}(?![\\p{L}])`, 'gu');
  let same = 0;
  let variants = 0;
  for (const m of text.matchAll(pattern)) {
    const [x, y] = [m[0].replace(/\s+/gu, ' ').toLowerCase(), name.toLowerCase()];
    if (x === y) same++;
    // «Per Arne Dahls klage», «Anders' sak»: the name in the genitive is the same name, no second spelling (QA L21).
    else if ([`${y}s`, `${y}'s`, `${y}’s`, `${y}'`, `${y}’`].includes(x)) continue;
    else if (!others.has(x) && editDistance(x, y) <= maxDistance) variants++;
  }
  // Written the same way more often than any misread (the head and the signature agree): the other
  // spelling is the misread, not the head.
  return variants > 0 && same <= variants;
}

function lawyerParty(writer: KindedBlock, signature: Signature | null, text: string): Party {
  const firm = writer.block.nameLines[0]!;
  const attention = writer.block.nameLines[1]?.replace(/^(?:v\/|att\.?:?|attn\.?:?)\s*(?:advokat\s+)?/iu, '');
  const named = attention && isPersonName(attention) ? attention : signature && signature.name !== firm ? signature.name : lawyerInText(text);
  const party: Party = { role: 'representative', name: named ?? firm, firm, address: [] };
  return writer.block.doubt ? { ...party, addressWithheld: writer.block.doubt } : { ...party, address: writer.block.address };
}

function lawyerInText(text: string): string | null {
  const m = /\badvokat(?:fullmektig)?\s+(?<name>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,3})/u.exec(text);
  return m?.groups?.name ?? null;
}

function firstInstanceParty(text: string, blocks: KindedBlock[], writer: KindedBlock | null): Party | null {
  const head = writer?.kind === 'first_instance' ? writer : blocks.find((b) => b.kind === 'first_instance');
  const mentions = firstInstanceMentions(text);
  if (head) {
    const fromHead = firstInstanceMentions(head.block.nameLines.join('\n'))[0]?.name ?? head.name;
    // The letterhead often says only "Helfo" or shouts "NAV ARBEID OG YTELSER"; the text may name the
    // unit ("Helfo Tannhelse") or write it in ordinary case.
    const same = (n: string) => n.toLowerCase() === fromHead.toLowerCase();
    const unit = mentions.map((m) => m.name).filter((n) => n.toLowerCase().startsWith(fromHead.toLowerCase()) && n.length > fromHead.length).sort((a, b) => b.length - a.length)[0];
    const written = mentions.map((m) => m.name).find((n) => same(n) && n !== n.toUpperCase());
    const party: Party = { role: 'first_instance', name: unit ?? written ?? fromHead, address: head.block.doubt ? [] : head.block.address };
    return head.block.doubt ? { ...party, addressWithheld: head.block.doubt } : party;
  }
  if (mentions.length === 0) return null;
  // The unit named most specifically among the most often named first instance.
  const byBase = new Map<string, string[]>();
  for (const m of mentions) {
    const base = m.name.split(' ')[0]!.toLowerCase();
    byBase.set(base, [...(byBase.get(base) ?? []), m.name]);
  }
  const names = [...byBase.values()].sort((a, b) => b.length - a.length)[0]!;
  const name = [...names].sort((a, b) => b.length - a.length)[0]!;
  return { role: 'first_instance', name, address: [] };
}

/**
 * The national id's holder is the case's appellant, whoever writes (a mother for her son, a lawyer,
 * Nav in a transfer): when the letter writes one person's name with its id, that person is the
 * appellant, and the address written with the id is theirs. Two readings of the address that
 * disagree (the head and the id's line) give none, with the reason.
 */
function anchoredAppellant(found: Party | null, anchors: IdAnchor[], notAppellant: Set<string>, context: { representative: Party | null; writerName: string | null }): { appellant: Party | null; displaced: Party | null } {
  // A signature's name over the id (signed-with-id.ts) yields to an appellant read otherwise: a GP signs a patient's id.
  const named = anchors.filter((a) => a.name !== null && !notAppellant.has(key(a.name)) && !(a.bySignature && found && !sameName(found.name, a.name)));
  const names = new Set(named.map((a) => key(a.name!)));
  const addresses = (list: IdAnchor[]) => [...new Map(list.filter((a) => a.address.length > 0).map((a) => [addressKey(a.address), a.address])).values()];
  if (names.size === 1) {
    const name = named[0]!.name!;
    const written = addresses(named);
    if (!found || !sameName(found.name, name)) {
      const appellant: Party = written.length > 1 ? { role: 'appellant', name, address: [], addressWithheld: TWO_ADDRESSES } : { role: 'appellant', name, address: written[0] ?? [] };
      return { appellant, displaced: found };
    }
    if (found.addressWithheld || written.length === 0) return { appellant: found, displaced: null };
    if (written.length > 1 || (found.address.length > 0 && addressKey(found.address) !== addressKey(written[0]!))) {
      return { appellant: { ...found, address: [], addressWithheld: TWO_ADDRESSES }, displaced: null };
    }
    return { appellant: { ...found, address: written[0]! }, displaced: null };
  }
  // "ID number: …" over "Address: …" in the appellant's own e-mail: the only id, the writer's.
  const nameless = anchors.filter((a) => a.name === null);
  const written = addresses(nameless);
  const oneId = new Set(anchors.map((a) => a.nationalId)).size === 1;
  if (names.size === 0 && found && found.address.length === 0 && !found.addressWithheld && !context.representative && oneId && written.length === 1 && context.writerName && sameName(context.writerName, found.name)) {
    return { appellant: { ...found, address: written[0]! }, displaced: null };
  }
  return { appellant: found, displaced: null };
}

/**
 * An address the letter writes in a sentence ("Svar sendes til meg på …", "Hun bor i …") for the
 * appellant: the writer's own phrases when the appellant writes, the third person's when someone
 * writes for them. One that asks for the answer to go there wins over the head; any other that
 * disagrees with the address already read leaves none (two readings, and which is right is unknown).
 */
function phraseAddress(appellant: Party, phrases: AddressPhrase[], owner: AddressPhrase['owner'] | null): Party {
  if (owner === null || appellant.addressWithheld) return appellant;
  const theirs = phrases.filter((p) => p.owner === owner);
  if (theirs.length === 0) return appellant;
  const distinct = (list: AddressPhrase[]) => [...new Map(list.map((p) => [addressKey(p.address), p.address])).values()];
  const replies = distinct(theirs.filter((p) => p.replyTo));
  const all = distinct(theirs);
  if (replies.length === 1) return { ...appellant, address: replies[0]! };
  // «Til 31. oktober bor jeg i …, deretter i …»: the letter gives the address being left and another (review s19, r06).
  if (all.length > 1 || theirs.some((p) => p.leaving)) return { ...appellant, address: [], addressWithheld: TWO_ADDRESSES };
  // A second address alone ("en annen adresse, …" may be where the decision went astray) is no address to give.
  if (appellant.address.length === 0) return theirs.some((p) => !p.second) ? { ...appellant, address: all[0]! } : appellant;
  return addressKey(appellant.address) === addressKey(all[0]!) ? appellant : { ...appellant, address: [], addressWithheld: TWO_ADDRESSES };
}

/**
 * An address field right under a line that names the appellant ("Gjelder: Kari Nordmann" over
 * "Adresse: Storgata 1, 0467 Oslo"): theirs. Only when no address was read; two such fields that
 * disagree give none.
 */
/** "Min datter ", "sønnen min, ": the text before a name that makes it a relative named in a sentence. */
const KIN_WINDOW = 40;
const AFTER_KIN_WORD = new RegExp(`(?<![\\p{L}])(?:${ALL_KIN_WORDS.join('|')})(?:\\s+(?:min|mi|mitt))?\\s*,?\\s*$`, 'iu');

/**
 * "Min datter Kari Hansen", "sønnen min, Per": a line that opens with a relative; an address field under it is the
 * relative's. A relative further on in the line ("Kontaktperson er min datter Kari Vold") is named in passing.
 */
const RELATIVE_NAMED = new RegExp(`^[ \\t]*(?:(?:min|mi|mitt|vår|my|our)\\s+(?:${ALL_KIN_WORDS.join('|')})|(?:${ALL_KIN_WORDS.join('|')})\\s+(?:min|mi|mitt|vår))\\s*,?\\s+\\p{Lu}`, 'iu');

/**
 * «Fullmektig: advokat Per Lie» naming someone else: the address under it is theirs. «Fullmektig: Ingen», «Ikke aktuelt», «Se
 * vedlagt fullmakt» name nobody, and «Fullmektig: Hanne Dahl» under «Klager: Hanne Dahl» is herself (session 23's review, X01–X05).
 */
function representativeLineOther(line: string, appellantName: string): boolean {
  const rest = APPELLANTS_REPRESENTATIVE.exec(line.trim())?.groups?.rest;
  const found = rest === undefined ? null : representativeOn(rest);
  return found !== null && !sameName(found.name, appellantName);
}

function labelledAddressUnderName(appellant: Party, text: string, lineStarts: number[]): Party {
  if (appellant.address.length > 0 || appellant.addressWithheld) return appellant;
  // The name as a field's value or a line of its own ("Fra: Kari Nordmann", "Kari Nordmann, f. …"); never "Min datter
  // Kari Hansen" in a letter whose writer names someone: the address under that line is the sentence's person's.
  // Only the few words before each mention: the line so far, read once per mention, made a long line quadratic (review 12, M1).
  const asField = (m: NameMention) => !AFTER_KIN_WORD.test(text.slice(Math.max(lineStarts[lineOf(lineStarts, m.index)]!, m.index - KIN_WINDOW), m.index));
  const nameLines = occurrences(text, appellant.name).filter(asField).map((m) => lineOf(lineStarts, m.index));
  const lines = text.split('\n');
  // "Pasient: Synne Fosse" / "Datter: Emma Fosse" / "Bosatt: …": a line naming another person between makes the address theirs.
  const under = labelledAddresses(text).filter((a) => nameLines.some((l) => a.line > l && a.line - l <= 3 && !lines.slice(l + 1, a.line).some((x) => anotherPersonLine(x) || RELATIVE_NAMED.test(x) || representativeLineOther(x, appellant.name) || OTHER_PARTY_LABEL.test(x.trim()))));
  const distinct = [...new Map(under.map((a) => [addressKey(a.address), a.address])).values()];
  if (distinct.length === 1) return { ...appellant, address: distinct[0]! };
  return distinct.length > 1 ? { ...appellant, addressWithheld: TWO_ADDRESSES } : appellant;
}

/**
 * An address a sentence says is the appellant's by name ("Adressen til Vilde er …", "Einar Aune har
 * adresse …"): the whole name, or the given name alone when no other party shares it. It fills an
 * address not yet read; one that disagrees with the address read leaves none.
 */
function namedAddress(appellant: Party, named: NamedAddress[]): Party {
  if (appellant.addressWithheld) return appellant;
  const given = appellant.name.split(/\s+/u)[0]!;
  const theirs = named.filter((n) => sameName(n.name, appellant.name) || (!n.name.includes(' ') && n.name === given));
  const distinct = [...new Map(theirs.map((n) => [addressKey(n.address), n.address])).values()];
  if (distinct.length === 0) return appellant;
  if (distinct.length > 1 || (appellant.address.length > 0 && addressKey(appellant.address) !== addressKey(distinct[0]!))) return { ...appellant, address: [], addressWithheld: TWO_ADDRESSES };
  return { ...appellant, address: distinct[0]! };
}

function lineOf(starts: number[], at: number): number {
  let i = 0;
  while (i + 1 < starts.length && starts[i + 1]! <= at) i++;
  return i;
}

function fieldBlock(p: FieldPerson): AddressBlock {
  return { nameLines: [p.name], address: p.doubt ? [] : p.address, doubt: p.doubt, labelled: true, first: p.first, last: p.last };
}

function withoutLines(lines: string[], from: number, to: number): string {
  return lines.filter((_, i) => i < from || i > to).join('\n');
}

function checkedAddress(party: Party, postcodes: PostcodeTable | undefined): Party {
  const doubt = addressDoubt(party.address, postcodes) ?? gluedWordsDoubt(party.name, party.address) ?? markedNameDoubt(party.name, party.address);
  return doubt ? { ...party, address: [], addressWithheld: doubt } : party;
}

const addressKey = (address: readonly string[]) => address.join(' ').toLowerCase().replace(/[\s,]+/gu, ' ').trim();

function appellantIdHash(text: string, appellant: Party, blocks: KindedBlock[], mentions: NameMention[], lineStarts: number[], options: PartiesOptions, anchors: IdAnchor[]): string | undefined {
  if (!options.hashNationalId) return undefined;
  const anchored = anchors.find((a) => a.name !== null && sameName(a.name, appellant.name));
  if (anchored) return options.hashNationalId(anchored.nationalId);
  const ids = findNationalIdMatches(text);
  if (ids.length === 0) return undefined;
  const block = blocks.find((b) => b.kind === 'person' && sameName(b.name, appellant.name));
  const near = (from: number, to: number) => ids.find((m) => m.start >= from && m.start <= to);
  const byBlock = block ? near(lineStarts[block.block.first]!, (lineStarts[block.block.last + 4] ?? text.length)) : undefined;
  const byMention = mentions.filter((m) => sameName(m.name, appellant.name)).map((m) => near(m.index, m.index + m.name.length + 80)).find(Boolean);
  const only = new Set(ids.map((m) => m.value)).size === 1 ? ids[0] : undefined;
  const id = byBlock ?? byMention ?? only;
  return id ? options.hashNationalId(id.value) : undefined;
}

function writerFromLine(lines: string[]): string | null {
  for (const raw of lines.slice(0, HEAD_LINES)) {
    const m = /^(?:fra|frå|från|from|avsender|avsendar)\s*:\s*(?<name>.+)$/iu.exec(cleanLine(raw));
    // An e-mail's "Fra: Kari Nordmann <kari@example.no>": the name before the address.
    const name = m?.groups?.name?.replace(/<[^>]*>|\[[^\]]*\]|"/gu, '').trim();
    if (name && isPersonName(name)) return name;
    // "Fra: Nordmann, Kari <…>": an address book's surname first.
    const reordered = name?.match(/^(?<family>[^,]+),\s*(?<given>[^,]+)$/u)?.groups;
    if (reordered && isPersonName(`${reordered.given} ${reordered.family}`)) return `${reordered.given} ${reordered.family}`;
  }
  return null;
}

/**
 * Who the letter is from: its first instance, its writer's organisation, and the signature's lines
 * (every signer, the unit they sign for). A representative line naming any of them is the letter's own side.
 */
function lettersSide(lines: string[], signature: Signature | null, firstInstance: Party | null, writer: KindedBlock | null): LetterSide {
  const signed = signature ? lines.slice(Math.max(0, signature.line - 3)).map(cleanLine).filter((l) => l !== '') : [];
  const signers = [...signed.filter((l) => isPersonName(l)), ...(signature ? [signature.name, ...(signature.cosigners ?? [])] : [])];
  const units = signed.filter((l) => !isPersonName(l) && /^\p{Lu}/u.test(l) && l.length > 3 && !/^(?:med|mvh|hilsen|vennlig|venleg)/iu.test(l));
  const organisations = [firstInstance?.name, writer && writer.kind !== 'person' ? writer.name : null, signature?.firm, ...units].filter((n): n is string => !!n);
  return { organisations, signers };
}

const FIRST_INSTANCE_DOMAIN = /@(?:[\w-]+\.)*(?:nav|helfo|pasientreiser)\.no\b/iu;
/** A line of running text: long, with a sentence's full stop inside or at its end. */
const BODY_SENTENCE = /^.{60,}$|\p{Ll}{2,}\.(?:\s|$)/u;
const FIRST_INSTANCE_WORD = /(?<![\p{L}])(?:nav|helfo|pasientreiser)(?![\p{L}])/iu;

/** "Mvh Bjørn Eide, for Knut Eide", "på vegne av min far, Knut Eide": the sender says they write for the appellant. */
function writesFor(lines: string[], signature: Signature | null, appellant: string): boolean {
  const name = regExpLiteral(appellant).replace(/\s+/gu, '\\s+');
  const cue = new RegExp(`(?<![\\p{L}])(?:for|på\\s+vegne?r?\\s+av|on\\s+behalf\\s+of|för)\\s+(?:(?:min|mi|mitt|vår|my|our)\\s+\\p{L}+,?\\s+)?${name}(?![\\p{L}])`, 'iu');
  // The closing and what follows it only: a body's "legeerklæring for Knut Eide" says whom the papers are about.
  const from = signature ? Math.max(0, signature.line - 1) : Math.max(0, lines.length - 3);
  const near = lines.slice(from).join('\n');
  // Anywhere in the body only the unmistakable "på vegne av <appellant>": "legeerklæring for Knut Eide" is no such cue.
  const behalf = new RegExp(`(?<![\\p{L}])(?:på\\s+vegne?r?\\s+av|on\\s+behalf\\s+of)\\s+(?:(?:min|mi|mitt|vår|my|our)\\s+\\p{L}+,?\\s+)?${name}(?![\\p{L}])`, 'iu');
  return cue.test(near) || behalf.test(lines.join('\n'));
}

/** Words of a body's name that a person's name never holds ("Borettslaget Solsiden", "Styret i Vel", "Vik Bygg AS"). */
const BODY_WORD = /(?<![\p{L}])(?:borettslag\p{L}*|sameie\p{L}*|styret|stiftelse\p{L}*|selskap\p{L}*|laget)(?![\p{L}])/iu;
const COMPANY_FORM = /(?<![\p{L}])(?:AS|ASA|SA|BA|DA|ANS)(?![\p{L}])/u;

/** A person's name, not an organisation's that looks like one (two capitalised words). */
function isNamedPerson(name: string): boolean {
  return isPersonName(name) && !BODY_WORD.test(name) && !COMPANY_FORM.test(name) && !ADVOCACY.test(name) && !isMedicalPractice(name);
}

/** A sender at a first instance: its e-mail domain, or its name in the signature's lines. */
function fromFirstInstance(lines: string[], signature: Signature | null): boolean {
  if (lines.slice(0, HEAD_LINES).some((l) => /^(?:fra|frå|från|from|avsender|avsendar)\s*:/iu.test(l.trim()) && FIRST_INSTANCE_DOMAIN.test(l))) return true;
  // With no signature read, the last lines, but not a sentence of the body ("Vi har fått brevet fra Helfo …"): a unit signs on a short line.
  const signed = signature ? lines.slice(signature.line) : lines.slice(-4).filter((l) => !BODY_SENTENCE.test(l));
  return signed.some((l) => FIRST_INSTANCE_WORD.test(l));
}

/**
 * A person who appeals in the first person about their own matter («Jeg klager på vedtaket om mine sykepenger», «Jeg skriver
 * dette på jobben») under a head that is not theirs — an employer's letterhead, the first instance's address copied to the
 * top — and names nobody else: the signer is the appellant, with no address (the head's is someone else's). Never a titled
 * signer, never in a letter with words of representation, never under a care home's or a practice's head (its staff write
 * about residents and patients, or its own refund), and never where the letter points at someone unnamed («en ansatt»,
 * «beboerne våre», «pasienten», «bedriften»): an HR person's or a GP's name filed as the appellant is a wrong case (review
 * s16 HIGH-1). Otherwise no appellant is read and the letter goes to review.
 */
function appealsUnderOthersHead(writer: KindedBlock | null, representative: Party | null, representsSomeone: boolean, signature: Signature | null, text: string, mentioned: number): boolean {
  if (!writer || writer.kind === 'person' || writer.kind === 'lawyer' || representative || representsSomeone || !signature || signature.title || mentioned > 0) return false;
  if (isCareHome(writer.name) || isMedicalPractice(writer.name) || ABOUT_AN_UNNAMED_OTHER.test(text)) return false;
  return appealVerbInFirstPerson(text) && OWN_MATTER.test(text);
}
/** Words that point at a person the letter does not name, or at the organisation's own matter ("vår", "our"). */
const ABOUT_AN_UNNAMED_OTHER = /(?<![\p{L}])(?:beboer\p{L}*|boende|pasient\p{L}*|patient\p{L}*|ansatt\p{L}*|anställd\p{L}*|ansat|ansatte|medarbeider\p{L}*|arbeidstaker\p{L}*|employee\p{L}*|resident\p{L}*|bruker(?:en|ne)?|brukar(?:en|ane)?|bedrift\p{L}*|firma\p{L}*|selskap\p{L}*|company|legekontor\p{L}*|vår|våre|vårt|vores|vårat|våra|our|ours|us|oss|os)(?![\p{L}])/iu;
/**
 * The appeal is about the signer's own matter: their own case in the possessive or the object, written from work, or the
 * signer as the one who was ill or refused («Jeg var syk hele perioden», «I was refused»).
 */
const OWN_MATTER = /(?<![\p{L}])(?:min|mitt|mine|mi|mina|my|meg|mig|me|(?:på|fra|frå|från|from|at)\s+(?:jobben|jobbet|arbeidet|work)|(?:jeg|eg|jag|I)\s+(?:var|er|är|har\s+vært|har\s+vore|har\s+varit|was|am|have\s+been)\s+(?:\p{L}+\s+)?(?:syk|sjuk|ill|sick)|(?:jeg|eg|jag|I)\s+(?:fikk|fekk|fick|got|was)\s+(?:\p{L}+\s+)?(?:avslag|nei|refused|denied))(?![\p{L}])/iu;

/** A letter written in the first person singular: its signer speaks for themself. */
function firstPerson(text: string): boolean {
  return /(?<![\p{L}])(?:[Jj]eg|[Ee]g|[Jj]ag|I)(?![\p{L}])/u.test(text);
}

function isOrganisationName(name: string): boolean {
  return !isPersonName(name);
}

const key = (name: string) => name.toLowerCase().replace(/\s+/gu, ' ').trim();
const sameName = (a: string, b: string) => key(a) === key(b);

/** Every place the letter writes the name, as written. */
function occurrences(text: string, name: string): NameMention[] {
  const pattern = new RegExp(`(?<![\\p{L}])${regExpLiteral(name).replace(/\s+/gu, '[ \\t]+')}(?![\\p{L}])`, 'gu');
  return [...text.matchAll(pattern)].map((m) => ({ name: m[0], index: m.index! }));
}

function offsets(lines: string[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const l of lines) {
    out.push(at);
    at += l.length + 1;
  }
  return out;
}

/** The name a letter ends in with no closing and no title (a law firm's lawyer), when it is not the appellant's. */
function endingName(lines: string[], appellantName: string | null): Party | null {
  const last = [...lines].reverse().map(cleanLine).find((l) => l !== '');
  return last && isPersonName(last) && !(appellantName && sameName(last, appellantName)) ? { role: 'representative', name: last, address: [] } : null;
}

function firstContentLine(lines: string[]): number {
  const i = lines.findIndex((l) => cleanLine(l) !== '');
  return i === -1 ? 0 : i;
}

function optional<T>(value: T | null): T[] {
  return value === null ? [] : [value];
}

/** The letter's last closing is followed by the writing body's own name and no person's: the body signs alone. */
function signedByTheBodyAlone(lines: readonly string[], bodyName: string): boolean {
  const closing = lines.findLastIndex((l) => isClosing(l));
  if (closing < 0) return false;
  const after = lines.slice(closing + 1).map((l) => l.trim()).filter((l) => l !== '');
  const key = (n: string) => n.toLowerCase().replace(/\s+/gu, ' ').trim();
  return after.length > 0 && key(after[0]!) === key(bodyName) && !after.slice(1).some((l) => isPersonName(l));
}
