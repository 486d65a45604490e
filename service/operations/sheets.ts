import { displayCaseNumber } from '#domain/registry/case-number-input';
import { areaName, configuredNames, sheetNames } from '#domain/wording/names-nb';
import type { CoverSheetQuery } from '#schemas/sheet-print';
import type { Identity } from '../identity.ts';
import type { ServiceContext } from '../ports.ts';
import { badRequest, conflict } from '../problems.ts';
import { readCase } from './cases.ts';
import { requirePermission } from './guard.ts';

/**
 * Cover sheets (førsteside) and separator sheets (skilleark) as PDF, for the page's routes and for
 * `postmottak coversheet`/`separator`, which call these same functions (directly, or through serve's
 * routes): one sheet, whoever prints it. The case is read as the person printing (the access log has
 * it); the types and areas are the configuration the service runs with, so a sheet names them as the
 * page and the pipeline do.
 */
export interface PrintedSheet {
  pdf: Uint8Array;
  /** What a browser saves it as: forside-2025-00001.pdf, skilleark.pdf. */
  fileName: string;
}

export async function coverSheet(ctx: ServiceContext, identity: Identity, query: CoverSheetQuery): Promise<PrintedSheet & { caseNumber: string }> {
  requirePermission(identity, 'sheets:print');
  const { documentTypes, areas } = configuredNames(ctx.config);
  const type = query.type === undefined ? null : documentTypes.find((t) => t.code === query.type);
  if (type === undefined) {
    const codes = documentTypes.map((t) => t.code).join(', ');
    throw badRequest(`Unknown document type '${query.type}' (one of ${codes}).`, `Ukjent dokumenttype «${query.type}» (en av ${codes}).`);
  }
  if (query.area !== undefined && !areas.some((a) => a.code === query.area)) {
    const codes = areas.map((a) => a.code).join(', ');
    throw badRequest(`Unknown case area '${query.area}' (one of ${codes}).`, `Ukjent saksområde «${query.area}» (et av ${codes}).`);
  }
  const { case: found } = await readCase(ctx, identity, query.case);
  const caseNumber = displayCaseNumber(found.caseId);
  if (!found.open) throw conflict(`Case ${caseNumber} is closed: a cover sheet would send mail to a closed case.`, coverForClosedCase(caseNumber));
  // The code carries the case's own area, so Link can tell the sheet from a case number mistyped onto
  // another area's case (domain/sheets/cover-case-check.ts); a sheet asked for with another area is refused.
  if (query.area !== undefined && query.area !== found.area) {
    const [asked, own] = [areaName(areas, query.area), areaName(areas, found.area)];
    throw badRequest(`Case ${caseNumber} is about ${found.area}, not ${query.area}: a cover sheet names the case's own area.`, `Sak ${caseNumber} gjelder ${own}, ikke ${asked}: en ${sheetNames.cover} viser sakens eget saksområde.`);
  }
  const { renderCoverSheet } = await import('../../engines/sheets/sheet-pdf.ts');
  const pdf = await renderCoverSheet({
    caseNumber,
    documentType: type?.code ?? null,
    area: found.area,
    ...(type ? { documentTypeName: type.name } : {}),
    areaName: areaName(areas, found.area),
  });
  return { pdf, caseNumber, fileName: `forside-${found.caseId}.pdf` };
}

export async function separatorSheet(identity: Identity): Promise<PrintedSheet> {
  requirePermission(identity, 'sheets:print');
  return separatorSheetFile();
}

/** A separator sheet carries no case and no personal data: the same page for everyone, so `separator` needs no data dir. */
export async function separatorSheetFile(): Promise<PrintedSheet> {
  const { renderSeparatorSheet } = await import('../../engines/sheets/sheet-pdf.ts');
  return { pdf: await renderSeparatorSheet(), fileName: 'skilleark.pdf' };
}

/** The sheet is called by the word printed at its head, as the CLI calls it. */
export const coverForClosedCase = (caseNumber: string) => `Sak ${caseNumber} er avsluttet: en ${sheetNames.cover} ville sende post til en avsluttet sak.`;
