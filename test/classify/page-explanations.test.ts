import { describe, expect, it } from 'vitest';
import { drivingBoxes, drivingWords, normaliseWord } from '#domain/classify/driving-words';
import { decisionAccuracy } from '#domain/classify/decision-accuracy';

describe('the words that drove a classification', () => {
  it('takes the words of type and area features with a positive weight, leaves rules, short words and negative weights out', () => {
    const driving = drivingWords([
      { feature: 'type:oversender klagesak', weight: 1.2 },
      { feature: 'area:tannbehandling', weight: 0.8 },
      { feature: 'area:klagesak', weight: 0.3 },
      { feature: 'rule:legeerklæring', weight: 3 },
      { feature: 'type:av', weight: 2 },
      { feature: 'type:faktura', weight: -0.5 },
    ]);
    expect([...driving.entries()].sort()).toEqual([
      ['klagesak', 'type'],
      ['oversender', 'type'],
      ['tannbehandling', 'area'],
    ]);
  });

  it('finds them among OCR words whatever their case and punctuation', () => {
    expect(normaliseWord('Tannbehandling,')).toBe('tannbehandling');
    const words = [{ text: 'OVERSENDER' }, { text: 'klagesak.' }, { text: 'til' }, { text: '(tannbehandling)' }];
    const found = drivingBoxes(words, drivingWords([{ feature: 'type:oversender klagesak', weight: 1 }, { feature: 'area:tannbehandling', weight: 1 }]));
    expect(found.map((f) => [f.word.text, f.driver])).toEqual([
      ['OVERSENDER', 'type'],
      ['klagesak.', 'type'],
      ['(tannbehandling)', 'area'],
    ]);
  });
});

describe("the model's figures on the archivists' decisions", () => {
  it('counts a decision as accepted unchanged only when both type and area stayed, per guessed type and area', () => {
    const pair = (mt: string, ma: string, at: string, aa: string) => ({ machine: { documentType: mt, area: ma }, archivist: { documentType: at, area: aa } });
    const figures = decisionAccuracy([pair('appeal', 'dental', 'appeal', 'dental'), pair('appeal', 'dental', 'appeal', 'medical'), pair('invoice', 'dental', 'comments', 'dental'), pair('appeal', 'sick_pay', 'appeal', 'sick_pay')]);
    expect(figures).toMatchObject({ decisions: 4, acceptedUnchanged: 2, share: 0.5 });
    expect(figures.byType).toEqual([
      { code: 'appeal', decisions: 3, acceptedUnchanged: 2, share: 2 / 3 },
      { code: 'invoice', decisions: 1, acceptedUnchanged: 0, share: 0 },
    ]);
    expect(figures.byArea.find((a) => a.code === 'dental')).toEqual({ code: 'dental', decisions: 3, acceptedUnchanged: 1, share: 1 / 3 });
    expect(decisionAccuracy([]).share).toBeNull();
  });
});
