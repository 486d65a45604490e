/**
 * Session 17's set for issue 13 (test/classify/fixtures/area-history-new.json, truth written first):
 * 87 appeal letters (68, then 19 whose appealed benefit is described, not named) whose writers name other benefits as history in shapes the session-16 set does not
 * hold (subordinate clauses, dated lists, «jeg har vært på AAP i tre år og nå …»), name the appealed
 * decision only by its date or effect, name a first-instance unit of another area, in nynorsk, Swedish,
 * Danish, English and short e-mails. `review` letters must go to review. A third is `heldOut`: its
 * letters are printed one by one only with --held-out (it was scored once, after the change).
 *
 *   npx tsx scripts/area-history-new.ts [--held-out]
 */
import { printOutcomes, routeVariants, routedWrong, variantLetters } from './area-history-variants.ts';

const heldOut = process.argv.includes('--held-out');
const outcomes = routeVariants(variantLetters('area-history-new.json'));
const shown = outcomes.filter((o) => (o.letter.heldOut === true) === heldOut);
printOutcomes(shown);
const other = outcomes.filter((o) => (o.letter.heldOut === true) !== heldOut);
const routed = other.filter((o) => o.routed);
process.stdout.write(`(${heldOut ? 'development' : 'held-out'} letters: routed ${routed.length}/${other.length}, wrong among routed ${routed.filter(routedWrong).length})\n`);
