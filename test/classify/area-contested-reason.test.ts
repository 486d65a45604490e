import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { classificationOf } from '../../domain/classify/stage.ts';
import { decideLink } from '../../domain/registry/linking.ts';
import { reasonNames, reasonText } from '../../domain/reasons/wording.ts';

/**
 * Review of issue 13: a letter held because its area is contested said "the machine is unsure what the
 * document is (confidence 0.50)" while its type was near 1.0. It has its own reason now, naming both
 * areas, carried in the stored classification so the Link stage (and the page, and the CLI) can say it.
 */
const config = loadConfig();
const names = reasonNames(config);
const letter = [
  'Klage på vedtak av 03.02.2026',
  '',
  'Jeg klager på vedtaket fra Nav av 03.02.2026. Jeg har hatt arbeidsavklaringspenger i tre år, og nå er søknaden om uføretrygd avslått.',
  'Jeg ber om at vedtaket blir endret.',
  '',
  'Med hilsen',
  'Kari Nordmann',
].join('\n');
const link = (text: string) => {
  const classification = classificationOf([{ pageIndex: 0, source: 'text_layer', text }], config);
  return { classification, result: decideLink({ documentId: 'doc-1', classification, referenceMatches: [], nationalIdMatches: [] }, config) };
};

describe('a letter held because its area is contested', () => {
  it('carries the other area in the stored classification', () => {
    const { classification } = link(letter);
    expect(classification.areaContestedBy).toBeDefined();
    expect(classification.areaContestedBy).not.toBe(classification.area);
    expect([classification.area, classification.areaContestedBy].sort()).toEqual(['disability', 'work_assessment']);
  });

  it('goes to review as area_contested, naming both areas, not as "unsure"', () => {
    const { classification, result } = link(letter);
    expect(result.review).toBe(true);
    expect(result.reasonCode?.code).toBe('area_contested');
    expect(result.reasonCode?.params).toMatchObject({ documentType: classification.documentType, area: classification.area, evidenceArea: classification.areaContestedBy });
    expect(result.reason).not.toMatch(/not sure what this document is/);
  });

  it('words it in English for the CLI and the API and in bokmål for the page, both areas named', () => {
    const { classification, result } = link(letter);
    const en = reasonText(result.reasonCode!, 'en', names);
    const nb = reasonText(result.reasonCode!, 'nb', names);
    expect(result.reason).toBe(en);
    for (const area of [classification.area, classification.areaContestedBy!]) {
      expect(en).toContain(names.area(area, 'en'));
      expect(nb).toContain(names.area(area, 'nb'));
    }
    expect(nb).toMatch(/Saksområdet er uklart/);
    expect(nb).not.toMatch(/usikker på hva dokumentet er/);
  });

  it('a letter whose evidence agrees carries no contested area', () => {
    const { classification } = link(letter.replace('Jeg har hatt arbeidsavklaringspenger i tre år, og nå er søknaden', 'Søknaden').replace('avslått.', 'avslått, jf. folketrygdloven § 12-6.'));
    expect(classification.areaContestedBy).toBeUndefined();
  });

  it('still says "unsure" when the type itself is unsure', () => {
    const { classification } = link(letter);
    const result = decideLink({ documentId: 'doc-1', classification: { ...classification, typeConfidence: 0.3 }, referenceMatches: [], nationalIdMatches: [] }, config);
    expect(result.reasonCode?.code).toBe('unsure');
  });
});
