import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { laneOfBytes } from '#local/document-lane';
import { appealOf } from '../../corpus/robustness-mail.ts';
import { renderPageImage, toTiffG4 } from '../../corpus/render.ts';

describe('the lane a file is sniffed into', () => {
  it('puts a text PDF in the text lane, and a scan (TIFF, JPEG, PNG, a PDF with no font) in the OCR lane', async () => {
    expect(laneOfBytes(await appealOf(7001))).toBe('text');
    const page = await renderPageImage(['Kongsberg legesenter', 'LEGEERKLÆRING'], { dpi: 100 });
    expect(laneOfBytes(await toTiffG4([page]))).toBe('ocr');
    expect(laneOfBytes(page)).toBe('ocr'); // renderPageImage gives a PNG
    const scanned = await PDFDocument.create();
    scanned.addPage().drawImage(await scanned.embedPng(page), { x: 0, y: 0, width: 200, height: 280 });
    expect(laneOfBytes(await scanned.save())).toBe('ocr');
    expect(laneOfBytes(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('ocr');
    // Not a document at all: Inspect rejects it at once, so the quick lane.
    expect(laneOfBytes(Buffer.from('hello'))).toBe('text');
  });
});
