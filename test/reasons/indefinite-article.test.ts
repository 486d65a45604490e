import { describe, expect, it } from 'vitest';
import { withIndefiniteArticle } from '../../domain/wording/indefinite-article.ts';

describe('withIndefiniteArticle', () => {
  it('says "an" before a vowel sound and "a" before a consonant sound', () => {
    expect(withIndefiniteArticle('appeal to Trygderetten')).toBe('an appeal to Trygderetten');
    expect(withIndefiniteArticle('invoice')).toBe('an invoice');
    expect(withIndefiniteArticle('expert statement')).toBe('an expert statement');
    expect(withIndefiniteArticle('medical declaration')).toBe('a medical declaration');
    expect(withIndefiniteArticle('consent')).toBe('a consent');
  });

  it('goes by the sound, not the letter', () => {
    expect(withIndefiniteArticle('unit letter')).toBe('a unit letter');
    expect(withIndefiniteArticle('hour')).toBe('an hour');
    expect(withIndefiniteArticle('MRI scan')).toBe('an MRI scan');
    expect(withIndefiniteArticle('UN report')).toBe('a UN report');
    expect(withIndefiniteArticle('uncle')).toBe('an uncle');
  });
});
