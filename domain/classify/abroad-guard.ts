import { ABROAD, firmEvidenceFor, INJURY, TREATED, type EvidenceRule } from './evidence.ts';
import { widened } from '../text/fold.ts';
import { WORD_END as E, WORD_START as B } from '../text/word-boundary.ts';

/**
 * Treatment abroad drew letters that say only where (a country, «utlandet», a holiday, an EEA card, a
 * Danish or Swedish writer), not what the decision was about (session 23, abroad-attractor dev slice): a
 * treatment-abroad reading without evidence (evidence.ts) is held. Not when the letter tells of a
 * treatment or an operation the writer had in another EEA state and of no trip: «Jeg tok en kneoperasjon
 * på en privatklinikk i Spania», «Jag opererade mitt knä på ett privat sjukhus i Göteborg» is what the
 * scheme pays for, though the refund stands in the next sentence (review of session 23: the guard held
 * every treatment-abroad appeal worded without the scheme's name). A trip to a treatment is patient
 * travel's («henvist til behandling i Danmark … dække udgifterne til transporten»), an accident's treatment an
 * injury's («ersättning för behandling i Sverige efter olyckan»): they keep the hold.
 * Hold only: it adds no score and names no area.
 */
const TREATED_VERB = 'operert|opererte|operet|opererast|opereret|opererede|opererade|opererades|operated';
const TOLD = new RegExp(`${B}(?:${TREATED}|${TREATED_VERB})${E}[^.!?\\n]{0,60}?${B}(?:i|in)\\s+(?:${ABROAD})${E}`, 'iu');
/** The trip, its costs, its means: patient travel's words in nb, nn, da, sv and en. */
const TRIP = new RegExp(`${B}(?:reise\\p{L}*|reisa|reisene|rejse\\p{L}*|resa|resan|resor|resekostnad\\p{L}*|travel\\p{L}*|transport\\p{L}*|flybillett\\p{L}*|flybillet\\p{L}*|flyreise\\p{L}*|flight\\p{L}*|flew|taxi\\p{L}*|drosje\\p{L}*|pasientreise\\p{L}*|patient travel)${E}`, 'iu');

const ACCIDENT = new RegExp(`${B}${INJURY}`, 'iu');

/** A treatment-abroad reading that no evidence backs and no treatment told abroad carries: held. */
export function abroadWithoutEvidence(text: string, areaCode: string, evidenceBacked: boolean): boolean {
  if (areaCode !== 'treatment_abroad' || evidenceBacked) return false;
  return !(TOLD.test(text) && !TRIP.test(text) && !ACCIDENT.test(text));
}

/**
 * What a treatment-abroad decision is about: the cost of the treatment (a refund, a bill, the expenses), its prior
 * approval, the forms, the EEA's rules, a planned treatment applied for, or Helfo, which decides it (nb, nn, sv, da,
 * en). A work-assessment appeal that tells in passing that the writer «fick behandling i utlandet» names none of them
 * (QA s23: routed as treatment abroad at 0.91-0.97).
 */
const COST_OR_APPROVAL = widened(new RegExp(
  `${B}(?:${[
    'refusjon\\p{L}*', 'refusion\\p{L}*', 'refunder\\p{L}*', 'refund\\p{L}*', 'reimburs\\p{L}*',
    'dekning\\p{L}*', 'dekking\\p{L}*', 'dekke', 'dekker', 'dekket', 'dekt', 'dække', 'dækket', 'dækning\\p{L}*',
    'utgift\\p{L}*', 'udgift\\p{L}*', 'kostnad\\p{L}*', 'omkostning\\p{L}*', 'costs?', 'expenses?',
    'regning\\p{L}*', 'rekning\\p{L}*', 'faktura\\p{L}*', 'kvittering\\p{L}*', 'kvitto\\p{L}*', 'receipts?', 'invoices?', 'bills?',
    'ersättning\\p{L}*', 'ersätta', 'ersatt', 'godtgjør\\p{L}*', 'tilskud\\p{L}*',
    'forhåndstilsagn\\p{L}*', 'tilsagn\\p{L}*', 'forhåndsgodkjenning\\p{L}*', 'førehandsgodkjenning\\p{L}*', 'forhåndsgodkendelse\\p{L}*',
    'förhandstillstånd\\p{L}*', 'förhandsbesked', 'prior\\s+(?:authori[sz]ation|approval)',
    'cover', 'covered', 'covers', 'coverage', 'stønad\\s+til', 'helsetrygdkort\\p{L}*', 'sygesikringskort\\p{L}*', 'E ?112', 'S2', 'Helfo\\p{L}*',
    // An application to be treated abroad under the EEA's rules (QA s24 review: «Jeg søkte om planlagt behandling i
    // Danmark», «planned surgery in Germany under the EEA rules» were held, main routed them right).
    'EØS', 'EEA', 'EES', 'EU', 'planlagt\\s+behandling', 'planlagd\\s+behandling', 'planerad\\s+vård', 'planned\\s+(?:surgery|treatment|operation)',
  ].join('|')})${E}`,
  'iu',
));
/**
 * A treatment-abroad reading whose letter names no cost, bill, refund, prior approval or Helfo: the treatment abroad
 * is told (an AAP appeal's absence from a work trial), not decided on. Held unless the scheme's law or unit fires, or
 * the appeal clause governs the scheme's name («Jeg klager på vedtaket om behandling i utlandet»; decision-subject.ts).
 * Hold only: it adds no score and names no area.
 */
export function abroadWithoutCost(text: string, areaCode: string, fired: readonly EvidenceRule[], subject: ReadonlySet<string>): boolean {
  if (areaCode !== 'treatment_abroad' || subject.has(areaCode)) return false;
  // The scheme's law or its first-instance unit needs no cost beside it.
  if (firmEvidenceFor(areaCode, fired)) return false;
  return !COST_OR_APPROVAL.test(text);
}
