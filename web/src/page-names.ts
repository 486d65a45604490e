/**
 * Words the page shows for codes that labels.ts (shared with the command line) does not name: a role
 * in the header, a case's own status (NY, ATRY), what an access-log entry was.
 */
export const roleNames: Record<string, string> = { archivist: 'arkivar', caseworker: 'saksbehandler', reader: 'leser', system: 'system', auditor: 'revisor' };

/** The appeals body's case status (config setsStatus) by its name; a status the table lacks is shown as it is. */
const caseStatusNames: Record<string, string> = { NY: 'Ny', ATRY: 'Anket til Trygderetten' };
export const caseStatusName = (status: string | null | undefined): string => (status ? (caseStatusNames[status] ?? status) : '–');

export const accessActionNames: Record<string, string> = {
  'case:read': 'Leste saken',
  'document:read': 'Leste dokumentet',
  'document:text': 'Leste dokumentets tekst eller sider',
  'document:original': 'Hentet originalen',
  'review:read': 'Åpnet dokumentet til kontroll',
  'letter:read': 'Leste utgående brev',
};

/** 12038512345 -> 120385*****, as the service masks ids for readers: a free-text «why» never shows a whole national id. */
export const maskNationalIds = (text: string): string => text.replace(/(?<!\d)(\d{6})\s?(\d{5})(?!\d)/g, '$1*****');
