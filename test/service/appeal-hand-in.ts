import { expect } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';
import { renderTextPdf } from '../../corpus/render.ts';
import type { TestService } from './fixtures.ts';

const mailroom = { person: 'mailroom', role: 'archivist' as const };

/** A dental appeal's lines, written and signed by `name` at `street`, with a (synthetic) national id. */
export const appealBy = (name: string, street: string, id: string) => [
  name, street, '', 'Oslo, 18.03.2025', '', 'KLAGE PÅ VEDTAK OM STØNAD TIL TANNBEHANDLING', '',
  `Fødselsnummer: ${id}`, '', 'Jeg klager på vedtak datert 03.03.2025 fra Helfo. Jeg mener vedtaket er feil.', '', 'Med hilsen', name,
];

/** Hands the appeal in through the intake, as the mailroom does; it must be routed as an appeal. */
export async function handInAppeal(service: TestService, lines: string[], fileName: string): Promise<ProcessResult> {
  const { handIn } = await import('../../service/operations/intake.ts');
  const result = await handIn(service.runtime.context, mailroom, { bytes: await renderTextPdf([lines]), fileName, receivedDate: '2025-03-21', postmarkDate: null });
  expect(result, JSON.stringify(result)).toMatchObject({ status: 'routed', documentType: 'appeal' });
  return result;
}
