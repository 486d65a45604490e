/**
 * Letters built to fool a reader of "the decision's subject" (review of model9, issue 13): the case is
 * about one benefit, told without an appeal clause ("Nav har stanset AAP-en min"), and the letter names
 * another benefit with a decision word that is not the appealed decision — an earlier decision, a
 * negation, an accepted refusal, a decision date's sentence, a copy listed among the attachments.
 * 616 letters, deterministic (no random draws): the reviewer's gen2 set.
 */
type Area = 'work_assessment' | 'disability' | 'sick_pay' | 'occupational_injury';

const names: Record<Area, { n: string[]; def: string[] }> = {
  work_assessment: { n: ['arbeidsavklaringspenger', 'AAP'], def: ['arbeidsavklaringspengene', 'AAP-en'] },
  disability: { n: ['uføretrygd'], def: ['uføretrygden'] },
  sick_pay: { n: ['sykepenger'], def: ['sykepengene'] },
  occupational_injury: { n: ['yrkesskade'], def: ['yrkesskaden'] },
};
/** The decision appealed, told without a governing word after a decision word. */
const current: Record<Area, string[]> = {
  work_assessment: ['Nå har Nav stanset {def} mine, og det er jeg uenig i.', 'Nav har sagt nei til videre {n}. Jeg mener jeg fyller vilkårene.', 'Nav mener at jeg ikke lenger har nedsatt arbeidsevne og stopper {def}.'],
  disability: ['Nav har sagt nei til {n}, fordi de mener inntektsevnen ikke er varig nedsatt. Det er feil.', 'Søknaden min om {n} ble ikke innvilget. Jeg kan ikke arbeide.', 'Nav mener jeg kan jobbe, og innvilger ikke {n}. Det stemmer ikke.'],
  sick_pay: ['Nav har stoppet {def} mine, fordi de mener jeg kan jobbe. Det er feil.', 'Nav har sagt nei til {n} for mars. Jeg var sykmeldt hele måneden.', 'Arbeidsgiveren min sier at Nav ikke vil betale {n}. Jeg var syk.'],
  occupational_injury: ['Nav godkjenner ikke skaden som {n}. Ulykken skjedde på jobb.', 'Nav mener skaden ikke er en {n}. Jeg skadet meg da jeg løftet en pall på lageret.'],
};
/** Another benefit under a decision word that is not the one appealed. */
const history = [
  'Jeg fikk vedtak om {o} i {y}.',
  'Jeg har ikke fått vedtak om {o}.',
  'Dette er ikke en klage på vedtak om {o}.',
  'Tidligere fikk jeg avslag på {o}, og det godtok jeg.',
  'Jeg klager på vedtaket av 03.02.2026. Før det var jeg på {o} i tre år.',
  'Vedtaket kom 05.02.2026. Jeg har søkt om {o} tidligere.',
  'Vedtaket tar ikke hensyn til at jeg har hatt {o} i lang tid.',
];
const attachments = ['', '\n\nVedlegg:\n- Kopi av vedtak om {o} fra {y}\n- Legeerklæring'];
const pairs: [Area, Area][] = [
  ['work_assessment', 'disability'], ['work_assessment', 'sick_pay'], ['disability', 'work_assessment'], ['disability', 'sick_pay'],
  ['sick_pay', 'work_assessment'], ['occupational_injury', 'sick_pay'], ['sick_pay', 'occupational_injury'], ['occupational_injury', 'disability'],
];

export interface AdversarialLetter {
  id: string;
  /** The area of the decision appealed. */
  area: Area;
  text: string;
}

export function decisionSubjectAdversarialLetters(): AdversarialLetter[] {
  const letters: AdversarialLetter[] = [];
  let k = 0;
  for (const [truth, other] of pairs)
    for (const c of current[truth])
      for (const h of history)
        for (const a of attachments)
          for (const historyFirst of [false, true]) {
            const pick = (xs: string[]) => xs[k % xs.length]!;
            const fill = (s: string) =>
              s.replace('{n}', pick(names[truth].n)).replace('{def}', pick(names[truth].def)).replace('{o}', pick(names[other].n)).replace('{y}', String(2018 + (k % 6)));
            const body = historyFirst ? [fill(h), fill(c)] : [fill(c), fill(h)];
            const text = ['Kari Nordmann', 'Storgata 1', '0155 Oslo', '', 'Oslo, 10.03.2026', '', 'Klage', '', 'Vedtaksdato: 03.02.2026', '', body.join(' '), `Jeg klager og ber om at saken vurderes på nytt.${fill(a)}`, '', 'Med hilsen', 'Kari Nordmann'].join('\n');
            letters.push({ id: `g${k}`, area: truth, text });
            k++;
          }
  return letters;
}
