import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { incomingCasesCsv, type IncomingCaseRow } from '../../domain/export/incoming-cases.ts';
import { IncomingCaseRowSchema } from '../../schemas/downstream-api.ts';
import { incomingCasesExcelCsv } from '../../domain/export/incoming-cases-human.ts';
import { configuredNames } from '../../domain/wording/names-nb.ts';

/** QA of session 12: the export's CSV opened in Norwegian Excel as one column of comma-joined text with ISO days. */
const names = configuredNames(loadConfig());
const rows: IncomingCaseRow[] = [
  { caseNumber: '2025/00001', receivedDate: '2025-03-20', area: 'dental', documentType: 'appeal', keywords: ['tannbehandling', 'anke'], firstInstanceReference: 'ref; "A"', preliminaryReplyDue: '2025-04-22', caseProcessingDue: null, preliminaryReply: null, queueOrHandler: 'handler/Ola/Nordmann', status: 'NY (avsluttet)', caseStatus: 'NY', closed: true },
];

describe('the CSV for Norwegian Excel («CSV (semikolondelt)»)', () => {
  const csv = incomingCasesExcelCsv(rows, names);

  it('starts with the UTF-8 byte-order mark and no sep= line, and ends its lines with CRLF', () => {
    expect(csv.startsWith('\uFEFFSaksnummer;Mottatt;')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('separates cells by semicolons, writes days dd.mm.yyyy and names for codes, and quotes a cell holding ; or "', () => {
    const row = csv.split('\r\n')[1]!;
    const area = names.areas.find((a) => a.code === 'dental')!.name;
    expect(row).toBe(`"=""2025/00001""";20.03.2025;${area};${names.documentTypes.find((t) => t.code === 'appeal')!.name};"tannbehandling, anke";"=""ref; """"A""""""";22.04.2025;;Ola/Nordmann;Ny (avsluttet);`);
  });

  it('writes case numbers and references as ="…", which Excel keeps as text, not a date or a number (review s13 L3)', () => {
    const reference = (firstInstanceReference: string) => incomingCasesExcelCsv([{ ...rows[0]!, firstInstanceReference }], names).split('\r\n')[1]!.split(';')[5];
    expect(reference('12.03')).toBe('"=""12.03"""');
    expect(reference('0012345')).toBe('"=""0012345"""');
    // A quote in the reference stays inside the one string: no formula of its own.
    expect(reference('x"&HYPERLINK("http://e")&"')).toBe('"=""x""""&HYPERLINK(""""http://e"""")&"""""""');
    expect(incomingCasesExcelCsv([{ ...rows[0]!, firstInstanceReference: null }], names).split('\r\n')[1]!.split(';')[5]).toBe('');
  });

  it('says the preliminary reply in words (last column); the program CSV and JSON keep its code (review s17 M1)', () => {
    const lastCell = (csvText: string, separator: string) => csvText.split(/\r?\n/)[1]!.split(separator).at(-1);
    for (const [code, words] of [['met', 'oppfylt'], ['met_late', 'oppfylt for sent'], [null, '']] as const) {
      const row = { ...rows[0]!, preliminaryReply: code };
      expect(IncomingCaseRowSchema.safeParse(row).success).toBe(true);
      expect(lastCell(incomingCasesExcelCsv([row], names), ';')).toBe(words);
      expect(lastCell(incomingCasesCsv([row]), ',')).toBe(code ?? '');
    }
    expect(IncomingCaseRowSchema.safeParse({ ...rows[0]!, preliminaryReply: 'oppfylt' }).success).toBe(false);
  });
});
