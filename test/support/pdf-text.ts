import { readFile } from 'node:fs/promises';
import { PDFParse } from 'pdf-parse';

/** The text a PDF's reader gets from its bytes: what a test checks a written letter or sheet says. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

/** The same, of a PDF the CLI wrote to a file. */
export const pdfFileText = async (file: string): Promise<string> => pdfText(await readFile(file));
