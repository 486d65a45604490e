import { areaName, caseStatusName, date, queueName, typeName, type Names } from '../wording/names-nb.ts';
import type { IncomingCaseRow } from './incoming-cases.ts';

/**
 * A row of the director's list as people read it (the xlsx): types, areas, queues and statuses by the
 * names the configuration gives them (domain/wording/names-nb.ts, the page's table), days as 20.03.2025.
 * CSV and JSON keep the codes and ISO days: programs downstream read those (README "Export").
 */
export type HumanExportRow = Record<keyof IncomingCaseRow, string>;

const closed = ' (avsluttet)';

export function humanExportRow(row: IncomingCaseRow, names: Names): HumanExportRow {
  const status = row.status.endsWith(closed) ? `${caseStatusName(row.status.slice(0, -closed.length))}${closed}` : caseStatusName(row.status);
  const [kind, who] = row.queueOrHandler.split('/');
  return {
    caseNumber: row.caseNumber,
    receivedDate: date(row.receivedDate),
    area: areaName(names.areas, row.area),
    documentType: row.documentType === null ? '' : typeName(names.documentTypes, row.documentType),
    keywords: row.keywords.join(', '),
    firstInstanceReference: row.firstInstanceReference ?? '',
    preliminaryReplyDue: row.preliminaryReplyDue === null ? '' : date(row.preliminaryReplyDue),
    caseProcessingDue: row.caseProcessingDue === null ? '' : date(row.caseProcessingDue),
    queueOrHandler: kind === 'handler' && who ? who : queueName(row.queueOrHandler, names.areas),
    status,
  };
}
