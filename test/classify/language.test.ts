import { describe, expect, it } from 'vitest';
import { detectLanguage } from '#domain/classify/language';
import { promotedModel } from '#domain/classify/index';

// Sentences written for this test, in no template's words.
const samples: [string, string][] = [
  ['nb', 'Jeg skriver fordi jeg ikke har hørt noe fra dere på lenge. Kan dere fortelle meg hva som skjer med saken min?'],
  ['nn', 'Eg skriv fordi eg ikkje har høyrt noko frå dykk på lenge. Kan de fortelje meg kva som skjer med saka mi?'],
  ['sv', 'Jag skriver eftersom jag inte har hört något från er på länge. Kan ni berätta vad som händer med mitt ärende?'],
  ['da', 'Jeg skriver, fordi jeg ikke har hørt noget fra jer i lang tid. Kan I fortælle mig, hvad der sker med min sag?'],
  ['en', 'I am writing because I have not heard anything from you for a long time. Could you tell me what is happening with my case?'],
];

describe('language detection', () => {
  const model = promotedModel();
  it.each(samples)('recognises %s', (language, text) => {
    expect(detectLanguage(model.language, model.file.language.features, text).language).toBe(language);
  });
});
