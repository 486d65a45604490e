/**
 * Words the page shows for codes: roles and a case's own status (NY, ATRY) from the one table the
 * command line also reads (domain/wording/names-nb.ts), and what an access-log entry was.
 */
export { caseStatusName, roleName } from '../../domain/wording/names-nb.ts';

export const accessActionNames: Record<string, string> = {
  'case:read': 'Leste saken',
  'document:read': 'Leste dokumentet',
  'document:text': 'Leste dokumentets tekst eller sider',
  'document:original': 'Hentet originalen',
  'review:read': 'Åpnet dokumentet til kontroll',
  'letter:read': 'Leste utgående brev',
  'access-log:read': 'Leste tilgangsloggen',
  'examples:export': 'Eksporterte teksten som treningseksempel',
  'person:lookup': 'Slo opp hva som er lagret om en person (innsyn)',
};
