import { ABROAD, INJURY, TREATED } from './evidence.ts';
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
