import type { SheetCode } from '../../schemas/sheets.ts';

/**
 * The machine-readable code printed on a cover sheet (førsteside) or a separator sheet (skilleark).
 *
 *   postmottak:cover:v1:2025-00001:appeal:dental:7K3Q
 *   postmottak:separator:v1:S1ZP
 *
 * The last field is a checksum over everything before it, so a code from another system that happens
 * to start with "postmottak:", or a hand-edited one, is refused rather than misfiled. A field the
 * sheet leaves open is written "-". The case number uses the slash-free form the API uses.
 */
export type { SheetCode };

const PREFIX = 'postmottak';
const VERSION = 'v1';
const CASE_NUMBER = /^(\d{4})[/-](\d{5})$/;
const CODE_TOKEN = /^[a-z][a-z0-9_]*$/;

/** `2025/00001` or `2025-00001` -> `2025/00001`; null when it is no case number. */
export function normaliseCaseNumber(value: string): string | null {
  const match = CASE_NUMBER.exec(value.trim());
  return match ? `${match[1]}/${match[2]}` : null;
}

// CRC-16/CCITT-FALSE, written as four base-32 characters: short enough to read aloud, and any
// single changed character or swapped pair of the payload changes it.
function crc16(text: string): number {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function checksum(payload: string): string {
  const crc = crc16(payload);
  return [15, 10, 5, 0].map((shift) => ALPHABET[(crc >> shift) & 31]).join('');
}

export function encodeSheetCode(code: SheetCode): string {
  const fields = [PREFIX, code.kind, VERSION];
  if (code.kind === 'cover') {
    const caseNumber = normaliseCaseNumber(code.caseNumber);
    if (!caseNumber) throw new Error(`not a case number: '${code.caseNumber}'`);
    for (const token of [code.documentType, code.area]) {
      if (token !== null && !CODE_TOKEN.test(token)) throw new Error(`not a code: '${token}'`);
    }
    fields.push(caseNumber.replace('/', '-'), code.documentType ?? '-', code.area ?? '-');
  }
  const payload = fields.join(':');
  return `${payload}:${checksum(payload)}`;
}

export type DecodedSheetCode = { ok: true; code: SheetCode } | { ok: false; reason: string };

/** Reads a scanned code's text. Not ours, damaged or of an unknown version: `ok: false` with why. */
export function decodeSheetCode(text: string): DecodedSheetCode {
  const fields = text.trim().split(':');
  if (fields[0] !== PREFIX) return { ok: false, reason: 'not a postmottak code' };
  const sum = fields.pop()!;
  const payload = fields.join(':');
  if (sum !== checksum(payload)) return { ok: false, reason: 'checksum does not match' };
  const [, kind, version, ...rest] = fields;
  if (version !== VERSION) return { ok: false, reason: `unknown code version '${version ?? ''}'` };
  if (kind === 'separator' && rest.length === 0) return { ok: true, code: { kind: 'separator' } };
  if (kind === 'cover' && rest.length === 3) {
    const [rawCase, type, area] = rest as [string, string, string];
    const caseNumber = normaliseCaseNumber(rawCase);
    if (!caseNumber) return { ok: false, reason: 'no case number in the code' };
    const open = (value: string) => (value === '-' ? null : value);
    return { ok: true, code: { kind: 'cover', caseNumber, documentType: open(type), area: open(area) } };
  }
  return { ok: false, reason: `unknown sheet '${kind ?? ''}'` };
}

/**
 * A sheet recognised by its printed code line in a page's text layer (a cover sheet merged into a
 * PDF without being printed and scanned). Only the whole line counts, so a letter quoting a code
 * in a sentence is not taken for a sheet.
 */
export function sheetCodeInText(text: string): SheetCode | null {
  for (const line of text.split('\n')) {
    const candidate = line.trim();
    if (!candidate.startsWith(`${PREFIX}:`)) continue;
    const decoded = decodeSheetCode(candidate);
    if (decoded.ok) return decoded.code;
  }
  return null;
}
