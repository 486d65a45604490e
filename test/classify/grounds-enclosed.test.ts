import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { deadlineInterruptionSignal } from '../../domain/classify/deadline-interrupting.ts';
import { classifyDocument } from '../../domain/classify/index.ts';

// «Utfyllende begrunnelse følger vedlagt» says the grounds come with this letter: an ordinary appeal, no grounds deadline
// (the review of speed24 found one routed as deadline-interrupting). The same sentence with «senere» still promises them.
// Synthetic letters; ids with birth month + 80.

const config = loadConfig();
const appeal = (sentence: string) =>
  `Kari Nordmann\nStorgata 1\n0155 Oslo\n\nOslo, 10.11.2026\n\nKlage på vedtak om fysioterapi\n\nJeg klager på vedtaket av 3. oktober 2026 om refusjon av fysioterapi. Jeg er uenig i at behandlingen ikke dekkes, fordi legen min har henvist meg. ${sentence}\n\nMed vennlig hilsen\nKari Nordmann\nFnr 14897812345`;

const enclosed = [
  'Utfyllende begrunnelse følger vedlagt.',
  'Begrunnelsen følger her.',
  'Begrunnelsen følger nedenfor: legen min har skrevet at jeg trenger behandlingen.',
  'Nærmere begrunnelse følger i vedlegget.',
  'Grunngjevinga kjem her.',
  'My reasons follow below.',
];
const promised = ['Utfyllende begrunnelse følger senere.', 'Begrunnelsen ettersendes.', 'Nærmere begrunnelse kommer når jeg har fått journalen.', 'My reasons will follow.'];

describe('grounds enclosed are not grounds to come', () => {
  it.each(enclosed)('«%s» reads no promise and is no deadline-interrupting appeal', (sentence) => {
    expect(deadlineInterruptionSignal(appeal(sentence))).toBeNull();
    expect(classifyDocument(appeal(sentence), config).documentType).not.toBe('appeal_deadline_interrupting');
  });
  it.each(promised)('«%s» still promises the grounds', (sentence) => {
    expect(deadlineInterruptionSignal(appeal(sentence))?.cues.length).toBeGreaterThan(0);
  });
});
