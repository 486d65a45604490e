import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { classificationOf } from '../../domain/classify/stage.ts';
import { routedWrong, routeVariants, variantLetters } from '../../scripts/area-history-variants.ts';
import { idFor } from '../support/national-ids.ts';

/**
 * QA s23 (issue #13): an area read from a word that belongs to another area. A patient's appeal of Helfo's
 * «tilbakekreving av refusjon» (the refund the patient got for physiotherapy or a GP's bill) went through as
 * practitioner sanctions; a work-assessment appeal that tells in passing that the writer «fick behandling i utlandet»
 * went through as treatment abroad. Letters in test/classify/fixtures/area-passing-words.json (nb, nn, sv, da, en;
 * truth written first; the id is test/support's idFor(15, 9, 50)): `rr-*` patients, `ab-*` AAP appeals, and must-nots `ps-*` (behandlere whose refund claims are
 * taken back) and `ta-*` (real treatment-abroad appeals). Main routed rr-2, rr-3, ab-8 and ab-11 wrong at 0.91-1.00.
 */
const config = loadConfig();
const outcomes = routeVariants(variantLetters('area-passing-words.json'), config);
const features = (text: string) => classificationOf([{ pageIndex: 0, source: 'text_layer', text }], config).explanation.map((e) => e.feature);
const letter = (id: string) => variantLetters('area-passing-words.json').find((l) => l.id === id)!;

describe('an area read from a word that belongs to another area is never routed', () => {
  it('routes none of the letters with a wrong area', () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(28);
    expect(outcomes.filter(routedWrong).map((o) => `${o.letter.id} → ${o.area}`)).toEqual([]);
  });

  it.each(['rr-2', 'rr-3'])("%s: a patient's refund claimed back is held as a sanctions reading", (id) => {
    expect(features(letter(id).text)).toContain("rule:sanctions read in a patient's letter");
  });

  it.each(['ab-8', 'ab-11'])('%s: treatment abroad told in passing, no cost or approval named, is held', (id) => {
    expect(features(letter(id).text)).toContain('rule:treatment abroad names no cost or approval');
  });

  // ta-3, ta-4, ps-3, ps-4 (QA s24 review): an application for planned treatment under the EEA's rules that names no
  // cost, a manual therapist's and a GP's own refund claims; main routed them right, the holds caught them.
  it.each(['ps-1', 'ta-1', 'ta-2', 'ta-3', 'ta-4', 'ps-3', 'ps-4'])('%s: a behandler\'s sanction and a real treatment-abroad appeal still go through', (id) => {
    const o = outcomes.find((x) => x.letter.id === id)!;
    expect(o).toMatchObject({ routed: true, area: o.letter.area });
  });
});

describe('the holds name what they hold', () => {
  const body = (text: string) => `Kari Nordmann\nFødselsnummer ${idFor(15, 9, 50)}\n\nOslo, 20. november 2026\n\nKlage\n\n${text}\n\nMed vennlig hilsen\nKari Nordmann`;
  it.each([
    ['nb, the refund the writer got', 'Jeg klager på vedtaket datert 2.11.2026 om tilbakekreving av refusjonen jeg fikk for behandling hos kiropraktor.'],
    ['nb, the doctor\'s bill paid by the writer', 'Helfo krever tilbake refusjonen for legeregningen. Jeg betalte regningen selv og klager på vedtaket datert 2.11.2026 om tilbakekreving av refusjon.'],
    ['en, went to a physiotherapist', 'I went to a physiotherapist in March. I appeal the decision of 2 November 2026 on tilbakekreving av refusjon.'],
  ])('%s: never routed as practitioner sanctions', (_, text) => {
    const c = classificationOf([{ pageIndex: 0, source: 'text_layer', text: body(text) }], config);
    expect(c.area === 'practitioner_sanctions' && c.confidence >= config.reviewThreshold).toBe(false);
  });
});
