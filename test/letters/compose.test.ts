import { describe, expect, it } from 'vitest';
import defaults from '../../config/letters.json' with { type: 'json' };
import { composeLetter, letterText, type LetterFacts } from '../../domain/letters/compose.ts';
import { defaultLettersConfig, parseLettersConfig } from '../../config/letters.ts';
import { chooseRecipient, letterLanguage } from '../../domain/letters/recipient.ts';

const facts: LetterFacts = {
  kind: 'appeal_acknowledgement',
  language: 'nb',
  caseNumber: '2025/00001',
  letterDate: '2025-03-21',
  receivedDate: '2025-03-20',
  expectedDate: '2025-06-20',
  recipient: { name: 'Kari Nordmann', address: ['Storgata 12B', '0467 Oslo'] },
  appellantName: 'Kari Nordmann',
};

describe('composing a letter from the configured templates', () => {
  it('fills the case number, the received date and the expected date written out', () => {
    const text = letterText(composeLetter(facts, defaultLettersConfig()));
    expect(text).toContain('2025/00001');
    expect(text).toContain('20. mars 2025');
    expect(text).toContain('20. juni 2025');
    expect(text).toContain('21. mars 2025');
    expect(text).toMatch(/personopplysninger/);
    expect(text).not.toMatch(/\{\w+\}/);
  });

  it('tells where to write from the letterhead, so a move changes the body too (QA 13 L4)', () => {
    const config = defaultLettersConfig();
    const moved = { ...config, letterhead: { ...config.letterhead, address: ['Postboks 1 Sentrum', '5804 Bergen'] } };
    for (const language of ['nb', 'nn'] as const) {
      const text = letterText(composeLetter({ ...facts, language }, moved));
      expect(text).toMatch(/send (den|ho) til Nasjonalt klageorgan for helse\S+, Postboks 1 Sentrum, 5804 Bergen\./);
      expect(text).not.toContain('Etterstad');
    }
  });

  it('writes nynorsk from the nynorsk template', () => {
    const text = letterText(composeLetter({ ...facts, language: 'nn' }, defaultLettersConfig()));
    expect(text).toContain('Vi har fått klaga');
    expect(text).toContain('personopplysningar');
  });

  it('the notice of extended processing time names the old and the new date and carries no personal-data section', () => {
    const letter = composeLetter({ ...facts, kind: 'extended_processing_time', previousExpectedDate: '2025-06-20', expectedDate: '2025-08-20' }, defaultLettersConfig());
    const text = letterText(letter);
    expect(text).toContain('20. juni 2025');
    expect(text).toContain('20. august 2025');
    expect(letter.sections.some((s) => s.heading?.includes('personopplysninger'))).toBe(false);
  });

  it('the notice gives the reason it takes longer (fvl. § 11 a): a neutral default, or the appeals body\'s own wording, in nb and nn', () => {
    const notice = { ...facts, kind: 'extended_processing_time' as const, previousExpectedDate: '2025-06-20', expectedDate: '2025-08-20' };
    const config = defaultLettersConfig();
    for (const language of ['nb', 'nn'] as const) {
      expect(config.extendedProcessingTime.reason[language].length).toBeGreaterThan(10);
      expect(letterText(composeLetter({ ...notice, language }, config))).toContain(config.extendedProcessingTime.reason[language]);
    }
    const own = parseLettersConfig({ ...structuredClone(defaults), extendedProcessingTime: { ...defaults.extendedProcessingTime, reason: { nb: 'Vi venter på en uttalelse fra en sakkyndig lege.', nn: 'Vi ventar på ei fråsegn frå ein sakkunnig lege.' } } });
    expect(letterText(composeLetter({ ...notice, language: 'nn' }, own))).toContain('Vi ventar på ei fråsegn frå ein sakkunnig lege.');
    // A letters file written before the slot still loads, with the neutral default.
    const older = structuredClone(defaults) as { extendedProcessingTime: Record<string, unknown> };
    delete older.extendedProcessingTime.reason;
    expect(parseLettersConfig(older).extendedProcessingTime.reason).toEqual(config.extendedProcessingTime.reason);
  });

  it('refuses a template that names an unknown value in one bokmål line, saying which, and «mente du» a slip away like the other settings', () => {
    const refusal = (title: string) => {
      const broken = structuredClone(defaults) as { templates: { appeal_acknowledgement: { nb: { title: string } } } };
      broken.templates.appeal_acknowledgement.nb.title = title;
      try {
        parseLettersConfig(broken, 'brev.json');
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('not refused');
    };
    const slip = refusal('Vi svarer innen {expectedDato}');
    expect(slip).toMatch(/^brev\.json: templates\.appeal_acknowledgement\.nb\.title: ukjent plassholder «\{expectedDato\}» \(mente du «\{expectedDate\}»\?\); kjente: \{caseNumber\}, .*; rett filen og start på nytt$/);
    expect(slip).not.toContain('\n');
    // Nothing near: no guess, only the known ones.
    const far = refusal('Klage {saksnummer}');
    expect(far).toMatch(/ukjent plassholder «\{saksnummer\}»; kjente: \{caseNumber\}/);
    expect(far).not.toContain('mente du');
  });
});

describe('choosing the recipient', () => {
  const appellant = { role: 'appellant' as const, name: 'Kari Nordmann', address: ['Storgata 12B', '0467 Oslo'] };
  const lawyer = { role: 'representative' as const, name: 'Per Eide', firm: 'Advokatfirmaet Eide AS', address: ['Kirkeveien 5', '5003 Bergen'] };

  it('writes to the representative when there is one, else to the appellant', () => {
    expect(chooseRecipient([appellant, lawyer])).toMatchObject({ status: 'ready', recipient: lawyer, appellantName: 'Kari Nordmann' });
    expect(chooseRecipient([appellant])).toMatchObject({ status: 'ready', recipient: appellant });
  });

  it('holds the letter, with the reason, when the address is missing or was withheld — and never falls back to the other party', () => {
    expect(chooseRecipient([appellant, { ...lawyer, address: [], addressWithheld: 'the postcode line could not be read with certainty' }])).toMatchObject({
      status: 'held',
      recipient: { name: 'Per Eide' },
      reason: 'no usable address for the representative: the postcode line could not be read with certainty',
    });
    expect(chooseRecipient([{ ...appellant, address: [] }])).toMatchObject({ status: 'held', reason: 'no postal address for the appellant in the letter' });
    expect(chooseRecipient([{ ...appellant, address: ['Storgata 12B'] }])).toMatchObject({ status: 'held', reason: expect.stringContaining('postcode') });
    expect(chooseRecipient(undefined)).toMatchObject({ status: 'held', recipient: null });
  });

  it('writes nynorsk to a nynorsk writer and bokmål to everyone else', () => {
    expect(letterLanguage('nn')).toBe('nn');
    for (const l of ['nb', 'sv', 'da', 'en', null] as const) expect(letterLanguage(l)).toBe('nb');
  });
});
