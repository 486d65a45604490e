import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { linkThreshold, mustLink } from '../../domain/config.ts';
import { classifyDocument } from '../../domain/classify/index.ts';
import { matchHardCues } from '../../domain/classify/rules.ts';
import { readLodgedAppeal } from '../../domain/classify/lodged-appeal.ts';
import { confirmLodgedAppeal, NEAR_INTERRUPTING, showsAnotherType } from '../../domain/classify/confirm-lodged-appeal.ts';
import { tellsOnlyOfEarlierAppeal } from '../../domain/classify/deadline-interrupting.ts';
import { eeaAppeals, eeaMustNots } from '../../corpus/eea-appeals-dev.ts';

// Session 23 (issue 13): appeals written in English, Danish and Swedish lodge the appeal in words the Norwegian
// templates never used, and the model, right about the type, held them at type probability ~0.5. A firm lodging now
// confirms an appeal the model reads (confirmLodgedAppeal); letters that only mention appealing lodge nothing.
const config = loadConfig();

function read(text: string) {
  const c = classifyDocument(text, config);
  const links = mustLink(config, c.documentType);
  const confidence = links ? c.typeConfidence : c.confidence;
  const routed = c.hold === null && confidence >= linkThreshold(config, links ? 'mustLink' : 'newCase');
  const confirmed = c.explanation.some((e) => e.feature.startsWith('rule:lodges the appeal itself') && !e.feature.includes('), not '));
  const heldForAbroadArea = c.explanation.some((e) => e.feature === 'rule:treatment abroad without evidence');
  return { type: c.documentType, routed, confirmed, heldForAbroadArea };
}

describe('the new wordings lodge the appeal, firm', () => {
  it.each([
    ['en', 'I wish to appeal against your decision of 20 October 2026 refusing my application.'],
    ['en', 'I am writing to contest the decision of 4 November 2026 to stop my sickness benefit.'],
    ['en', 'I am writing to appeal your decision of 21 October 2026 on occupational injury.'],
    ['en', 'I disagree with the decision of 9 November 2026 and ask that it be reviewed.'],
    ['en', 'I do not accept the decision of 13 November 2026 refusing to cover my medicine, and I ask that it be reviewed.'],
    ['en', 'I request a review of the decision of 2 November 2026 from NAV.'],
    ['en', 'I dispute the decision of 2 November 2026 about my travel expenses.'],
    ['da', 'Jeg klager hermed over afgørelsen af 28. oktober 2026.'],
    ['da', 'Jeg er uenig i jeres afgørelse af 14. november 2026 og ønsker den prøvet.'],
    ['da', 'Jeg vil gerne klage over jeres afgørelse af 5. november 2026 om rejseudgifter.'],
    ['da', 'Jeg anmoder om genvurdering af afgørelsen af 3. november 2026.'],
    ['sv', 'Jag överklagar härmed beslutet av den 30 oktober 2026.'],
    ['sv', 'Jag begär omprövning av ert beslut den 8 november 2026.'],
    ['sv', 'Jag vill överklaga beslutet från den 3 november 2026.'],
    ['sv', 'Jag är inte nöjd med beslutet av den 18 november 2026 och begär att det ändras.'],
    ['nb', 'Jeg vil gjerne klage på vedtaket fra Nav av 3.11.2026.'],
  ])('%s: %s', (_language, text) => {
    expect(readLodgedAppeal(text)?.firm).toBe(true);
  });
});

describe('mentioning an appeal lodges nothing, or nothing firm', () => {
  it.each([
    ['a question (en)', 'How do I appeal against the decision of 4 November 2026? Do I write to you?'],
    ['a question (da)', 'Hvordan klager jeg over afgørelsen af 10. november 2026, og hvor lang tid har jeg?'],
    ['a question (sv)', 'Kan jag överklaga beslutet av den 2 november 2026? Vart ska jag skicka det?'],
    ['disagreeing, not appealing (da)', 'Jeg er uenig i afgørelsen af 3. november 2026, men jeg klager ikke.'],
    ['disagreeing alone (en)', 'I disagree with the decision of 3 March 2026.'],
    ['what is disputed, after «at» (da)', 'Jeg er uenig i at afgørelsen af 3. november 2026 bygger på lægens skøn og ønsker den prøvet.'],
    ['not wishing to (en)', 'I do not wish to appeal against the decision of 3 November 2026.'],
    ['negated (sv)', 'Jag överklagar inte beslutet av den 4 november 2026.'],
    ['the patient intends to (en)', 'The patient intends to appeal the decision of 20 October 2026.'],
    ['reported (sv)', 'Patienten skrev till mig: Jag begär omprövning av beslutet av den 3 november 2026.'],
    ['quoted (en)', 'She told me: "I wish to appeal against the decision of 2 October 2026."'],
  ])('%s', (_what, text) => {
    expect(readLodgedAppeal(text)?.firm ?? false).toBe(false);
  });

  it('a lodging after a condition in its sentence is not firm', () => {
    expect(readLodgedAppeal('If you do not change it, I wish to appeal against the decision of 3 March 2026.')?.firm).toBe(false);
    expect(readLodgedAppeal('Hvis I ikke ændrer den, vil jeg gerne klage over afgørelsen af 2. november 2026.')?.firm ?? false).toBe(false);
  });

  it('a question after the lodging does not hide it, and a date\'s full stop does not start a sentence', () => {
    expect(readLodgedAppeal('Tak. Jeg klager hermed over afgørelsen af 28. oktober 2026. Hvorfor tog det så lang tid?')?.firm).toBe(true);
    expect(readLodgedAppeal('Jeg klager over afgørelsen af 28. oktober 2026, hvorfor tog det så lang tid?')).toBeNull();
  });
});

describe('what a firm lodging confirms (confirmLodgedAppeal)', () => {
  const classes = ['case_transfer', 'appeal', 'appeal_deadline_interrupting', 'medical_declaration', 'correspondence'];
  const firm = { words: 'I wish to appeal against the decision', firm: true };
  const none = { interruption: null };

  it('adds the boost to an appeal the model reads', () => {
    const s = Float64Array.from([0, 1, -1, 0.5, 0.8]);
    expect(confirmLodgedAppeal(s, classes, '', firm, none, 2)).toBe(true);
    expect(s[1]).toBe(3);
  });

  it('moves no other reading, and confirms nothing unsure, promised later or near deadline-interrupting', () => {
    const other = Float64Array.from([0, 1, -1, 0.5, 1.2]);
    expect(confirmLodgedAppeal(other, classes, '', firm, none, 2)).toBe(false);
    expect([...other]).toEqual([0, 1, -1, 0.5, 1.2]);
    expect(confirmLodgedAppeal(Float64Array.from([0, 1, -1, 0.5, 0.8]), classes, '', { ...firm, firm: false }, none, 2)).toBe(false);
    expect(confirmLodgedAppeal(Float64Array.from([0, 1, -1, 0.5, 0.8]), classes, '', null, none, 2)).toBe(false);
    expect(confirmLodgedAppeal(Float64Array.from([0, 1, -1, 0.5, 0.8]), classes, '', firm, { interruption: { cues: ['sends more later'] } }, 2)).toBe(false);
    // appeal 1, deadline-interrupting 0.9: the model's own probability for the latter is about 0.38
    const near = Float64Array.from([-3, 1, 0.9, -3, -3]);
    expect(Math.exp(0.9) / [...near].reduce((n, v) => n + Math.exp(v), 0)).toBeGreaterThan(NEAR_INTERRUPTING);
    expect(confirmLodgedAppeal(near, classes, '', firm, none, 2)).toBe(false);
  });

  it('a Danish appeal that promises more later in words the reader does not know is not confirmed into an ordinary appeal', () => {
    // A generated training letter (corpus/, seed 424242): routed as an ordinary appeal at 0.99 by the first draft.
    const text = 'Klage\n\nHej,\n\nJeg klager over afgørelsen af 09.10.2023 om tilskud til\nfysioterapi.\n\nJeg når ikke at skrive det hele nu, så jeg sender mere senere.\n\nJeg sender dette nu, så fristen ikke udløber.\n\nHenrik Thomsen';
    const r = read(text);
    expect(r.confirmed).toBe(false);
    expect(r.routed && r.type === 'appeal').toBe(false);
  });
});

describe('the development slice (corpus/eea-appeals-dev.ts)', () => {
  // e17 (sv) is held: the model finds it near a deadline-interrupting appeal (NEAR_INTERRUPTING); e19 («… och
  // överklagar det härmed», the decision named before) is not read by the rule and is routed by the model alone.
  // e09 and e15 carry the heading «Klage på vedtak»: its cue adds the boost, and the lodging none beside it.
  it.each(eeaAppeals.filter((l) => !['e17', 'e19'].includes(l.id)).map((l) => [l.id, l.language, l.text]))('%s (%s) is confirmed (or headed as an appeal) and routed as an appeal', (id, _language, text) => {
    const r = read(text);
    expect(r.type).toBe('appeal');
    expect(r.confirmed).toBe(!['e09', 'e15'].includes(id));
    expect(matchHardCues(text).some((c) => c.type === 'appeal')).toBe(['e09', 'e15'].includes(id));
    // e03 and e10 name only the foreign hospital (Sahlgrenska, Rigshospitalet), no country, scheme or EEA rule: area23's
    // guard holds a treatment-abroad reading without evidence — for its area; the type stays a firm appeal.
    expect(r.routed).toBe(!['e03', 'e10'].includes(id));
    expect(r.heldForAbroadArea).toBe(['e03', 'e10'].includes(id));
  });

  it.each(eeaMustNots.map((l) => [l.id, l.language, l.documentType, l.text]))('%s (%s, %s) lodges nothing firm and no lodging confirms it', (id, _language, _type, text) => {
    expect(readLodgedAppeal(text)?.firm ?? false).toBe(false);
    const r = read(text);
    expect(r.confirmed).toBe(false);
    // n18 (sv «Om ni inte ändrar beslutet … kommer jag att överklaga det») is routed as an appeal by the model alone,
    // as on main: no lodging reads it; what would hold it is left to a later session (README).
    if (id !== 'n18') expect(r.routed && r.type === 'appeal').toBe(false);
  });
});

// Session 23 review: letters main holds that the first version routed as ordinary appeals (the reviewer's probes,
// /tmp/review-lang23), and lawyers' costs claims it moved to appeal. No firm lodging may confirm any of them.
const signEn = '\n\nKind regards\nJan Kowalski\nD-number 418891 23456\n';
const signDa = '\n\nMed venlig hilsen\nMette Jensen\nD-nummer 418891 23456\n';
const signSv = '\n\nMed vänliga hälsningar\nKarin Lindqvist\nD-nummer 418891 23456\n';
const reviewWrong: [string, string][] = [
  ['da, more follows in words the reader does not know', 'Hej\n\nJeg vil gerne klage over jeres afgørelse af 12. oktober 2026 om tandbehandling. En uddybende klage følger inden for fire uger, da jeg afventer journalen fra tandlægen.\n\nVenlig hilsen\nSøren Madsen\nD-nummer 418891 23456\n'],
  ['sv, more as soon as I can', 'Hei\n\nJag är inte nöjd med beslutet av den 3 november 2026 om tandvård och begär att det ändras. Jag skickar in fler uppgifter så snart jag kan.' + signSv],
  ['en, arguments submitted later', 'Hei\n\nI do not accept the decision of 3 November 2026 on my dental treatment and ask that it be reviewed. Further documentation and my arguments will be submitted in a few weeks.' + signEn],
  ['en, a report to forward', 'Hei\n\nI do not accept the decision of 3 November 2026 on my dental treatment and ask that it be reviewed. My dentist is preparing a report, which I will forward together with my arguments.' + signEn],
  ['en, an employer asking what to send', 'Hello,\n\nI am the employer of Jan Kowalski. We request a review of the refusal of 3 November 2026 regarding our refund of sick pay for the employer period; please tell us what documents you need.\n\nBest regards\nNordbygg AS, HR'],
  ['en, tribunal', 'Dear appeals body,\n\nI dispute your decision of 10 November 2026 on my dental treatment and bring it before Trygderetten.' + signEn],
  ['da, tribunal', 'Hej\n\nI har afvist min klage om tandbehandling. Jeg vil gerne klage over jeres afgørelse af 10. november 2026 til Trygderetten.' + signDa],
  ['sv, tribunal', 'Hej\n\nNi har avslagit min klagan om tandvård. Jag vill gärna överklaga ert beslut av den 10 november 2026 till Trygderetten.' + signSv],
  ['sv, reopening after the appeals body decided', 'Hej\n\nErt beslut den 1 oktober 2026 fastställde Helfos avslag på tandvård. Jag är inte nöjd med beslutet av den 1 oktober 2026 och begär att det ändras, eftersom nya uppgifter har kommit fram.' + signSv],
  ['en, about an appeal already sent', 'Hello,\n\nI sent an appeal in October. I dispute the decision of 3 October 2026 on my dental treatment, and I would like to know how long the processing takes.' + signEn],
];
const costsClaims: [string, string][] = [
  ['en, a review «only as to costs»', "Claim for legal costs\n\nWe act for Mr Jan Kowalski. By its decision of 1 December 2026 the appeals body reversed Nav's decision of 3 August 2026. We request a review of the decision of 1 December 2026 only as to costs, and claim our fee of NOK 14 000 under section 36 of the Public Administration Act.\n\nAdvokatfirmaet Berg AS"],
  ['en, disputed «insofar as no costs were awarded»', 'Dear Sirs,\n\nWe act for Ms Olga Petrova. Her appeal succeeded in your decision of 1 December 2026. We dispute the decision of 1 December 2026 insofar as no costs were awarded, and claim legal costs of NOK 12 500 (5 hours at NOK 2 500), see the enclosed fee statement.\n\nAdvokat Lars Berg'],
  ['en, a review «as regards legal costs»', 'Dear Sirs,\n\nWe act for Mr Jan Kowalski, whose appeal succeeded. We request a review of the decision of 1 December 2026 as regards legal costs and claim NOK 12 500 for 5 hours of work, see the enclosed fee note.\n\nAdvokat Lars Berg'],
];

describe('no confirmation where the letter shows another type (session 23 review)', () => {
  it.each(reviewWrong)('%s: not confirmed, not routed as an appeal', (_what, text) => {
    const r = read(text);
    expect(r.confirmed).toBe(false);
    expect(r.routed && r.type === 'appeal').toBe(false);
  });

  it.each(costsClaims)('costs claim (%s): the new wordings lodge nothing, the claim stays a costs claim', (_what, text) => {
    expect(readLodgedAppeal(text)).toBeNull();
    expect(read(text).type).toBe('legal_costs_claim');
  });

  it('the new wordings read an appeal, but never outweigh an earlier appeal the letter tells of', () => {
    const told = 'Hej\n\nJeg sendte en klage i oktober. Jeg anmoder om genvurdering af afgørelsen af 3. oktober 2026, som jeg skrev dengang, og jeg vil gerne vide, hvor langt I er.' + signDa;
    expect(readLodgedAppeal(told)?.newWording).toBe(true);
    expect(tellsOnlyOfEarlierAppeal(told)).toBe(true);
    // an older wording lodges now, whatever is told (as on main)
    expect(readLodgedAppeal('Jeg sendte en klage i oktober. Nå klager jeg på vedtaket av 3.11.2026 om tannbehandling.')?.newWording).toBe(false);
  });

  it('a heading cue and the lodging do not both add the boost', () => {
    const text = 'Klage på vedtak\n\nI am writing to appeal the decision of 3 November 2026 on my dental treatment. The treatment was necessary.' + signEn;
    expect(readLodgedAppeal(text)?.firm).toBe(true);
    const c = classifyDocument(text, config);
    expect(c.explanation.some((e) => e.feature.startsWith('rule:lodges the appeal itself'))).toBe(false);
  });

  it.each([
    ['Trygderetten', 'I appeal to Trygderetten.'],
    ['a promise in other words', 'En uddybende klage følger.'],
    ['an appeal decided', 'You rejected my appeal.'],
    ['an appeal told', 'I sent an appeal in October.'],
    ['asking', 'Please tell us what documents you need.'],
  ])('signs of another type: %s', (_what, text) => {
    expect(showsAnotherType(text)).toBe(true);
  });

  it.each([
    ['closing words', 'I look forward to hearing from you.'],
    ['grounds as follows', 'My reasons are as follows: the treatment was necessary.'],
    ['da, as follows', 'Min begrundelse er som følger: behandlingen var nødvendig.'],
  ])('no sign of another type: %s', (_what, text) => {
    expect(showsAnotherType(text)).toBe(false);
  });
});
