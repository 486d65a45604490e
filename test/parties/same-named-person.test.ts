import { describe, expect, it } from 'vitest';
import { sameNamedPerson } from '#domain/parties/same-person';

/**
 * QA L46: a follow-up's OCR read the appellant as «Bjøm Hansen» where the case has «Bjørn Hansen», and the
 * letter stayed held. A name apart only by the shapes OCR confuses is the case's person's when the document's
 * national id or case reference also names them — never on the name alone.
 */
describe('sameNamedPerson', () => {
  it.each([
    ['«rn» read as «m»', 'Bjørn Hansen', 'Bjøm Hansen'],
    ['«ii» read as «ü»', 'Kari Hiiseby', 'Kari Hüseby'],
    ['«cl» read as «d»', 'Claus Berg', 'Daus Berg'],
    ['«li» read as «h»', 'Kari Elisabeth Lien', 'Kari Ehsabeth Lien'],
    ['«l» read as «1»', 'Ola Lund', 'Ola 1und'],
  ])('an OCR misread with the id or reference also matching is the same person (%s)', (_, onRecord, read) => {
    expect(sameNamedPerson(onRecord, read, true)).toBe(true);
  });

  it.each([
    ['«rn» read as «m»', 'Bjørn Hansen', 'Bjøm Hansen'],
    ['«ii» read as «ü»', 'Kari Hiiseby', 'Kari Hüseby'],
  ])('the same misread without the id or reference is not (%s)', (_, onRecord, read) => {
    expect(sameNamedPerson(onRecord, read, false)).toBe(false);
  });

  it.each([
    ['another first name', 'Bjørn Hansen', 'Bjarne Hansen'],
    ['one letter apart, not an OCR shape', 'Kristian Hansen', 'Kristin Hansen'],
    ['a relative', 'Bjørn Hansen', 'Kari Hansen'],
    ['one name only', 'Bjørn Hansen', 'Hansen'],
  ])('a different person\'s name is not, even with the id or reference matching (%s)', (_, onRecord, read) => {
    expect(sameNamedPerson(onRecord, read, true)).toBe(false);
  });

  it('the same name written the same way is the same person without anything else', () => {
    expect(sameNamedPerson('Bjørn  Hansen', 'bjørn hansen', false)).toBe(true);
  });
});
