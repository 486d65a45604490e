/**
 * The request fields by name, as a person reads them in a refusal: «Poststed: et poststed er et navn, uten
 * sifre», not «place: …». The schema's own key (the machine-readable path) goes in the problem's `errors[]`
 * (service/app.ts). Every field of every route's body, query and path has its words here: the test walks
 * the OpenAPI document's request schemas (test/service/validation-field-names.test.ts).
 */
import type { IssueWords } from './schema-issue-words.ts';

export const fieldWords: Record<string, IssueWords> = {
  area: { en: 'the area', nb: 'område' },
  batch: { en: 'the batch', nb: 'bunke' },
  before: { en: 'the day the deadlines fall before', nb: 'frister før' },
  case: { en: 'the case number', nb: 'saksnummer' },
  caseReferences: { en: 'the case reference', nb: 'saksreferanse' },
  confirmOtherPerson: { en: "the confirmation of another person's case", nb: 'bekreftelse av en annen persons sak' },
  contentType: { en: 'the file type', nb: 'filtype' },
  country: { en: 'the country', nb: 'land' },
  cursor: { en: 'the cursor', nb: 'markør' },
  date: { en: 'the letter date', nb: 'brevdato' },
  decisionDate: { en: 'the decision date', nb: 'vedtaksdato' },
  decisionReceivedDate: { en: 'the day the decision was received', nb: 'vedtaket mottatt' },
  document: { en: 'the document', nb: 'dokument' },
  documentId: { en: 'the document id', nb: 'dokument-id' },
  documentType: { en: 'the document type', nb: 'dokumenttype' },
  fields: { en: 'the fields', nb: 'felt' },
  fileName: { en: 'the file name', nb: 'filnavn' },
  firm: { en: 'the firm', nb: 'firma' },
  format: { en: 'the format', nb: 'filformat' },
  from: { en: 'the first day', nb: 'fra-dato' },
  handlerId: { en: 'the case handler', nb: 'saksbehandler' },
  item: { en: 'the attachment', nb: 'vedlegg' },
  keyword: { en: 'the keyword', nb: 'stikkord' },
  kind: { en: 'the deadline kind', nb: 'fristtype' },
  letterId: { en: 'the letter id', nb: 'brev-id' },
  limit: { en: 'the number per page', nb: 'antall per side' },
  name: { en: 'the name', nb: 'navn' },
  nationalId: { en: 'the national id', nb: 'fødselsnummer' },
  note: { en: 'the note', nb: 'merknad' },
  of: { en: 'the first copy', nb: 'første eksemplar' },
  on: { en: 'the day it was sent', nb: 'sendt dato' },
  openedOn: { en: 'the day the deadline opens', nb: 'fristen åpnes' },
  order: { en: 'the order', nb: 'rekkefølge' },
  page: { en: 'the page number', nb: 'sidenummer' },
  person: { en: 'the reader', nb: 'leser' },
  place: { en: 'the post town', nb: 'poststed' },
  postcode: { en: 'the postcode', nb: 'postnummer' },
  postmarkDate: { en: 'the postmark date', nb: 'poststempel' },
  postmarked: { en: 'the postmark date', nb: 'poststempel' },
  reason: { en: 'the reason', nb: 'grunn' },
  received: { en: 'the received date', nb: 'mottatt dato' },
  receivedDate: { en: 'the received date', nb: 'mottatt dato' },
  recipient: { en: 'the recipient', nb: 'mottaker' },
  resolution: { en: 'the outcome', nb: 'utfall' },
  role: { en: 'the role', nb: 'rolle' },
  since: { en: 'the last event id', nb: 'siste hendelses-id' },
  size: { en: 'the size', nb: 'størrelse' },
  specialCategory: { en: 'the special-category filter', nb: 'særlige kategorier' },
  status: { en: 'the letter status', nb: 'brevstatus' },
  street: { en: 'the street or post box', nb: 'gate eller postboks' },
  to: { en: 'the last day', nb: 'til-dato' },
  today: { en: 'the day', nb: 'dag' },
  type: { en: 'the document type', nb: 'dokumenttype' },
  why: { en: 'the reason for reading', nb: 'grunn til å lese' },
};

/** What the whole of a part of the request is called, where an issue is about all of it (no field). */
const wholeWords: Record<string, IssueWords> = {
  body: { en: 'the body', nb: 'innholdet' },
  querystring: { en: 'the query', nb: 'spørringen' },
  params: { en: 'the address', nb: 'adressen' },
  headers: { en: 'the headers', nb: 'hodefeltene' },
};

/**
 * A field by its words: the last named key of its path (fields.decisionDate is the decision date), an item
 * of a list by its number from 1; a key with no words is named as the schema spells it, quoted.
 */
export function fieldName(path: readonly (string | number)[], where: string): IssueWords {
  const last = path.findLastIndex((key) => typeof key === 'string' && !/^\d+$/.test(key));
  if (last < 0) return wholeWords[where] ?? { en: 'the request', nb: 'forespørselen' };
  const key = String(path[last]);
  const words = fieldWords[key] ?? { en: `the field "${key}"`, nb: `feltet «${key}»` };
  const index = path[last + 1];
  if (index === undefined || !/^\d+$/.test(String(index))) return words;
  return { en: `${words.en} no. ${Number(index) + 1}`, nb: `${words.nb} nr. ${Number(index) + 1}` };
}
