import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSheetCode, encodeSheetCode, normaliseCaseNumber, sheetCodeInText, type SheetCode } from '#domain/sheets/sheet-code';

describe('sheet codes', () => {
  it.each<[SheetCode, RegExp]>([
    [{ kind: 'cover', caseNumber: '2025/00001', documentType: 'appeal', area: 'dental' }, /^postmottak:cover:v1:2025-00001:appeal:dental:[0-9A-Z]{4}$/],
    [{ kind: 'cover', caseNumber: '2024-01234', documentType: null, area: null }, /^postmottak:cover:v1:2024-01234:-:-:[0-9A-Z]{4}$/],
    [{ kind: 'separator' }, /^postmottak:separator:v1:[0-9A-Z]{4}$/],
  ])('writes %o as a checksummed line and reads it back', (code, shape) => {
    const text = encodeSheetCode(code);
    expect(text).toMatch(shape);
    const decoded = decodeSheetCode(text);
    const expected = code.kind === 'cover' ? { ...code, caseNumber: normaliseCaseNumber(code.caseNumber) } : code;
    expect(decoded).toEqual({ ok: true, code: expected });
  });

  it('refuses a code whose payload was changed in any one character', () => {
    const text = encodeSheetCode({ kind: 'cover', caseNumber: '2025/00417', documentType: 'medical_declaration', area: 'sick_pay' });
    const payloadLength = text.lastIndexOf(':');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: payloadLength - 1 }), fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz-_'), (at, replacement) => {
        fc.pre(text[at] !== replacement);
        const changed = text.slice(0, at) + replacement + text.slice(at + 1);
        expect(decodeSheetCode(changed).ok).toBe(false);
      }),
    );
  });

  it('tells apart codes that are not ours, of another version, or without a case number', () => {
    expect(decodeSheetCode('https://example.org/pay?kid=123')).toEqual({ ok: false, reason: 'not a postmottak code' });
    expect(decodeSheetCode('postmottak:cover:v1:2025-00001:appeal:dental:0000').ok).toBe(false);
    expect(() => encodeSheetCode({ kind: 'cover', caseNumber: '25/1', documentType: null, area: null })).toThrow(/not a case number/);
    expect(() => encodeSheetCode({ kind: 'cover', caseNumber: '2025/00001', documentType: 'Klage: på', area: null })).toThrow(/not a code/);
  });

  it('accepts both ways of writing a case number', () => {
    expect(normaliseCaseNumber('2025-00001')).toBe('2025/00001');
    expect(normaliseCaseNumber(' 2025/00001 ')).toBe('2025/00001');
    expect(normaliseCaseNumber('2025/1')).toBeNull();
  });
});

describe('a sheet in a text layer', () => {
  it('is recognised by its whole code line, and not by a code quoted in a sentence', () => {
    const line = encodeSheetCode({ kind: 'cover', caseNumber: '2025/00001', documentType: null, area: 'dental' });
    expect(sheetCodeInText(`FØRSTESIDE\nLegg dette arket øverst\n${line}\nSaksnummer: 2025/00001`)).toEqual({ kind: 'cover', caseNumber: '2025/00001', documentType: null, area: 'dental' });
    expect(sheetCodeInText(`Koden var ${line}, men arket er borte.`)).toBeNull();
  });
});
