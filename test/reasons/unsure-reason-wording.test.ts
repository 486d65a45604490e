import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { classificationOf } from '../../domain/classify/stage.ts';
import { reviewBeforeLinking } from '../../domain/registry/linking.ts';
import { mustLink } from '../../domain/config.ts';
import { reasonNames, reasonText } from '../../domain/reasons/wording.ts';
import { percent } from '../../web/src/labels.ts';

/**
 * QA session 9 (LOW): the review reason read «sikkerhet 0,30» beside the page's «Annen henvendelse (97 %)»,
 * two numbers that seemed to disagree (the first was type and area together, the second the type's own).
 * The reason now says which head was unsure, about what, in the page's own percentages.
 */
const config = loadConfig();
const names = reasonNames(config);
const base = classificationOf([{ pageIndex: 0, source: 'text_layer', text: 'Hei, jeg lurer på når dere har åpent på fredag. Med hilsen Kari Nordmann' }], config);
const held = (typeConfidence: number | undefined, confidence: number, linksToCase = false, documentType = base.documentType) => {
  const classification = { ...base, documentType, typeConfidence, confidence, areaContestedBy: undefined, reviewReason: null, reviewReasonCode: null };
  const why = reviewBeforeLinking(classification, undefined, config, linksToCase);
  expect(why?.reasonCode.code).toBe('unsure');
  return { nb: reasonText(why!.reasonCode, 'nb', names), en: reasonText(why!.reasonCode, 'en', names), classification };
};

describe('why an unsure letter is held, in words', () => {
  it('a sure type with an unsure area names the area as the unsure head, with the same percentage the page shows beside the type', () => {
    const { nb, en, classification } = held(0.97, 0.3);
    expect(nb).toContain(`sikker på dokumenttypen (${names.type(classification.documentType, 'nb')}, ${percent(0.97)})`);
    expect(nb).toContain(`usikker på saksområdet: beste gjetning er ${names.area(classification.area, 'nb')}`);
    expect(nb).toContain(`sammen er ${percent(0.3)} sikre`);
    expect(nb).not.toMatch(/\d,\d\d/);
    expect(en).toContain('not of the case area');
  });

  it('an unsure type says the type is what the machine doubts, whatever the joint figure', () => {
    const { nb } = held(0.55, 0.4);
    expect(nb).toMatch(/^Maskinen er usikker på dokumenttypen: beste gjetning er .+ \(55 %\), saksområde .+\. Type og saksområde sammen er 40 % sikre, under grensen på \d+ %/);
    expect(nb).not.toContain('sikker på dokumenttypen (');
  });

  it('a follow-up gated by its type alone names only the type', () => {
    const followUp = config.typeRules.map((r) => r.type).find((type) => mustLink(config, type));
    expect(followUp).toBeDefined();
    const { nb } = held(0.4, 0.4, true, followUp);
    expect(nb).toMatch(/^Maskinen er usikker på dokumenttypen: beste gjetning er .+, men bare 40 % sikker/);
    expect(nb).not.toContain('saksområde');
  });

  it('a reason recorded before the type\'s own figure was kept still reads, without inventing one', () => {
    const text = reasonText({ code: 'unsure', params: { confidence: 0.3, threshold: 0.84, documentType: 'correspondence', area: null } }, 'nb', names);
    expect(text).toContain('30 %');
    expect(text).toContain('84 %');
  });
});

describe('review fixL: a stored reason without the type\'s figure, and rounding against the limit', () => {
  it('a reason with an area but no typeConfidence (recorded before it was kept) blames neither head', () => {
    const p = { confidence: 0.5, threshold: 0.84, documentType: 'appeal', area: 'dental' };
    const nb = reasonText({ code: 'unsure', params: p }, 'nb', names);
    const en = reasonText({ code: 'unsure', params: p }, 'en', names);
    expect(nb).toMatch(/^Maskinen er usikker på dokumenttypen eller saksområdet: beste gjetning er .+, saksområde .+\. De to sammen er 50 % sikre, under grensen på 84 %/);
    expect(nb).not.toMatch(/usikker på dokumenttypen:/);
    expect(en).toMatch(/^The machine is not sure of the document type or the case area/);
  });

  it('a figure just under its limit reads under it (0.8351 against 0.84 is 83 %, not «84 % … under grensen på 84 %»)', () => {
    const nb = reasonText({ code: 'unsure', params: { confidence: 0.8351, threshold: 0.84, documentType: 'appeal', area: 'dental', typeConfidence: 0.837 } }, 'nb', names);
    expect(nb).toContain('(83 %)');
    expect(nb).toContain('sammen er 83 % sikre, under grensen på 84 %');
    const typeOnly = reasonText({ code: 'unsure', params: { confidence: 0.955, threshold: 0.96, documentType: 'appeal', area: null, typeConfidence: 0.955 } }, 'nb', names);
    expect(typeOnly).toContain('men bare 95 % sikker (grensen for å legge det på saken er 96 %)');
  });

  it("the page's percent is the reasons' one: the same figure against the same limit, and plain rounding without one", () => {
    expect(percent(0.8351, 0.84)).toBe('83 %');
    expect(percent(0.8351)).toBe('84 %');
    expect(percent(0.29, 0.84)).toBe('29 %');
    expect(percent(0.97, 0.84)).toBe('97 %');
    expect(percent(null)).toBe('–');
  });
});
