/**
 * The treatment-abroad attractor's dev slice (session 23, test/classify/fixtures/abroad-attractor.json,
 * truth written first): letters of other areas that name a foreign country, «utlandet», a holiday, an EEA
 * card or a Danish or Swedish writer (`na-*`), and real treatment-abroad appeals (`ab-*`). Prints per
 * letter the area read, whether the Link stage routes it as a new case and why not, the totals, and how
 * many non-abroad letters were read as treatment abroad. Never a letter's text.
 *
 *   npx tsx scripts/abroad-attractor-slice.ts
 */
import { printOutcomes, routeVariants, variantLetters } from './area-history-variants.ts';

const outcomes = routeVariants(variantLetters('abroad-attractor.json'));
printOutcomes(outcomes);
const elsewhere = outcomes.filter((o) => o.letter.area !== 'treatment_abroad');
const abroad = outcomes.filter((o) => o.letter.area === 'treatment_abroad');
process.stdout.write(`not abroad: read as treatment abroad ${elsewhere.filter((o) => o.area === 'treatment_abroad').length}/${elsewhere.length}, routed as it ${elsewhere.filter((o) => o.routed && o.area === 'treatment_abroad').length}\n`);
process.stdout.write(`abroad: read right ${abroad.filter((o) => o.area === 'treatment_abroad').length}/${abroad.length}, routed ${abroad.filter((o) => o.routed).length}/${abroad.length}\n`);
