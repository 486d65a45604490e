import type { DocumentType } from '../../schemas/taxonomy.ts';

/**
 * Norwegian names of the document types, as SPEC.md's table gives them, for the printed cover
 * sheet. When the configuration carries display names per type (issue #10), read them from there.
 */
export const documentTypeNames: Record<DocumentType, string> = {
  case_transfer: 'Oversendelse av klagesak',
  appeal: 'Klage på vedtak',
  appeal_deadline_interrupting: 'Fristavbrytende klage',
  tribunal_appeal: 'Anke til Trygderetten',
  medical_declaration: 'Legeerklæring / medisinsk erklæring',
  expert_statement: 'Sakkyndig erklæring / uttalelse',
  consent: 'Samtykke til innhenting av opplysninger',
  comments: 'Merknader',
  reopening_request: 'Begjæring om gjenopptak / omgjøring',
  legal_costs_claim: 'Krav om dekning av saksomkostninger',
  tribunal_ruling: 'Kjennelse fra Trygderetten',
  invoice: 'Faktura',
  correspondence: 'Annen henvendelse / ettersendelse',
};
