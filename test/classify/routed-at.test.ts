import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { mustLink } from '../../domain/config.ts';
import { gatedLetterResults, routedAt } from '../../domain/classify/evaluate.ts';
import { documentTypes } from '../../schemas/taxonomy.ts';

const config = loadConfig();
const linkType = documentTypes.find((t) => mustLink(config, t))!;
const openerType = documentTypes.find((t) => !mustLink(config, t))!;
const thresholds = { newCase: 0.9, mustLink: 0.95 };

describe('the Link gate as evaluation counts it', () => {
  it('gates a must-link letter on P(type right) and another on the joint confidence', () => {
    expect(routedAt({ documentType: linkType, confidence: 0.5, typeConfidence: 0.96 }, config, thresholds)).toEqual({ mustLink: true, confidence: 0.96, routed: true });
    expect(routedAt({ documentType: linkType, confidence: 0.99, typeConfidence: 0.94 }, config, thresholds).routed).toBe(false);
    expect(routedAt({ documentType: openerType, confidence: 0.91, typeConfidence: 0.5 }, config, thresholds)).toEqual({ mustLink: false, confidence: 0.91, routed: true });
    expect(routedAt({ documentType: openerType, confidence: 0.89, typeConfidence: 0.99 }, config, thresholds).routed).toBe(false);
  });

  it('falls back to the joint confidence for a model without a type calibration', () => {
    expect(routedAt({ documentType: linkType, confidence: 0.96 }, config, thresholds)).toEqual({ mustLink: true, confidence: 0.96, routed: true });
  });

  it('is the gate of the paired letter results: routed and routed wrong follow it', () => {
    const predicted = [
      { documentType: linkType, area: 'dental', language: 'nb', confidence: 0.2, typeConfidence: 0.97 },
      { documentType: openerType, area: 'pharmacy', language: 'nb', confidence: 0.95, typeConfidence: 0.99 },
      { documentType: openerType, area: 'dental', language: 'nb', confidence: 0.5, typeConfidence: 0.99 },
    ];
    const labelled = [
      { id: 'a', documentType: linkType, area: 'medical', language: 'nb' },
      { id: 'b', documentType: openerType, area: 'dental', language: 'nb' },
      { id: 'c', documentType: openerType, area: 'dental', language: 'nb' },
    ];
    expect(gatedLetterResults(labelled, predicted, thresholds, config).map((r) => [r.routed, r.routedWrong])).toEqual([
      [true, false], // a must-link letter with its type right is right whatever its area
      [true, true], // an opener with the wrong area is routed wrong
      [false, false],
    ]);
  });
});
