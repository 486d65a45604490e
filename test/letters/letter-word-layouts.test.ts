import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultLettersConfig } from '../../config/letters.ts';
import { composeLetter, type LetterFacts } from '../../domain/letters/compose.ts';

const facts = (name: string, caseNumber: string, language: 'nb' | 'nn'): LetterFacts => ({
  kind: 'appeal_acknowledgement',
  language,
  caseNumber,
  letterDate: '2025-03-21',
  receivedDate: '2025-03-20',
  expectedDate: '2025-06-20',
  recipient: { name, address: ['Sjøgata 4', '6800 Førde'] },
  appellantName: name,
});
const options = { created: new Date('2025-03-21T08:00:00Z'), title: 'Bekreftelse på mottatt klage' };

/** The renderer and its fonts as a fresh process has them: no word shaped yet. */
async function freshRenderer() {
  vi.resetModules();
  const { renderLetterPdf } = await import('../../engines/pdf/letter-pdf.ts');
  const { letterFontFaces } = await import('../../engines/pdf/fonts.ts');
  return { render: (f: LetterFacts) => renderLetterPdf(composeLetter(f, defaultLettersConfig()), options), faces: letterFontFaces() };
}

afterEach(() => vi.restoreAllMocks());

describe('word layouts kept across letters', () => {
  it('a second letter from the same templates shapes no word again', async () => {
    const { render, faces } = await freshRenderer();
    const regular = vi.spyOn(faces.regular, 'layout');
    const bold = vi.spyOn(faces.bold, 'layout');
    await render(facts('Ragnhild Ødegård-Wiśniewska', '2025/00042', 'nb'));
    expect(regular.mock.calls.length).toBeGreaterThan(50);
    regular.mockClear();
    bold.mockClear();
    await render(facts('Ragnhild Ødegård-Wiśniewska', '2025/00042', 'nb'));
    expect(regular.mock.calls.length + bold.mock.calls.length).toBe(0);
  });

  it('gives a letter the same bytes after other letters as in a fresh process', async () => {
    const later = facts('Per Øystein Berg', '2025/00107', 'nn');
    const alone = await (await freshRenderer()).render(later);
    const { render } = await freshRenderer();
    await render(facts('Ragnhild Ødegård-Wiśniewska', '2025/00042', 'nb'));
    await render(facts('Kari Åsen', '2025/00043', 'nn'));
    expect(Buffer.compare(await render(later), alone)).toBe(0);
  });
});
