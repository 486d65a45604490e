import { firmEvidenceFor, type EvidenceRule } from './evidence.ts';
import { widened } from '../text/fold.ts';
import { WORD_END as E, WORD_START as B } from '../text/word-boundary.ts';

/**
 * Helfo claims a refund back from a patient too: «tilbakekreving av refusjon» for a physiotherapist's or a GP's bill
 * the patient was refunded is an appeal about physiotherapy or medical expenses, not a sanction against a behandler
 * (folketrygdloven §§ 25-6/25-7/25-7a). QA s23 found such appeals routed as practitioner sanctions at 0.99-1.00: the
 * claim-back words are sanctions' evidence (evidence.ts `takster`, `direkteoppgjor`) and the appeal clause read them
 * as the subject, lifting the contest the treatment's name raised. A sanctions reading in a letter whose writer tells
 * of their own treatment or refund as a patient is held, unless the sanctions law or Helfo's unit for behandlere fires.
 * Hold only: it adds no score and names no area.
 */
const PRACTITIONER = [
  'fysioterapeut\\p{L}*', 'manuellterapeut\\p{L}*', 'kiropraktor\\p{L}*', 'lege', 'legen', 'fastlege', 'fastlegen', 'legevakt\\p{L}*',
  'spesialist\\p{L}*', 'psykolog', 'psykologen', 'tannlege', 'tannlegen', 'sjukgymnast\\p{L}*', 'läkare', 'läkaren', 'tandläkare\\p{L}*',
  'læge', 'lægen', 'tandlæge\\p{L}*', 'physiotherapist', 'doctor', 'GP', 'psychologist', 'dentist', 'chiropractor',
].join('|');
const OWN = 'min|mi|mitt|my|the|a|en|ein|ett|et';
const PATIENT_SAYS = widened(
  new RegExp(
    `${B}(?:${[
      // the refund was the writer's: «refusjonen (som) jeg fikk», «refusjon eg fekk», «the refund I received», «refusjonen min»
      `(?:refusjon|refusjonen|refusion|refusionen|ersättning|ersättningen|refund|the refund)\\s+(?:som\\s+|that\\s+)?(?:jeg|eg|jag|I)\\s+(?:har\\s+|have\\s+|hadde\\s+|had\\s+)?(?:fikk|fekk|fick|fik|fått|fått|fåt|received|got|har fått)`,
      'refusjonen min|refusjonen mi|min refusjon|mi refusjon|min refusion|my refund',
      // treatment or a visit at a practitioner: «behandling hos fysioterapeut», «time hos fastlegen», «treatment with my physiotherapist»
      `(?:behandling\\p{L}*|time|timer|timene|konsultasjon\\p{L}*|besøk\\p{L}*|konsultation\\p{L}*|besök\\p{L}*|treatments?|visits?|sessions?)\\s+(?:hos|with|at|from)\\s+(?:(?:${OWN})\\s+)?(?:${PRACTITIONER})`,
      // Not «legen min», «my GP» alone: any writer of a follow-up «talks to my doctor» (the corpus' sanctions letters too).
      // the writer went to one: «jeg gikk til fysioterapeut», «eg gjekk til legen», «I went to a physiotherapist»
      `(?:jeg|eg|jag|I)\\s+(?:har\\s+)?(?:gikk|gjekk|gick|gik|gått|went|have been going|was going)\\s+(?:til|to|hos)\\s+(?:(?:${OWN})\\s+)?(?:${PRACTITIONER})`,
      // the doctor's bill the writer paid: «legeregningen», «läkarräkningen», «the doctor's bill»
      'legeregning\\p{L}*|lægeregning\\p{L}*|läkarräkning\\p{L}*|doctor.s bill',
      // paid it themselves: «betalte selv», «betalte regningen selv», «paid … myself»
      '(?:betalte|betalt|betalade|betalede|paid)\\s+(?:[\\p{L}]+\\s+){0,3}?(?:selv|sjølv|sjøl|själv|myself)',
    ].join('|')})${E}`,
    'iu',
  ),
);
/**
 * The writer as the behandler: their patients, practice, clinic or GP's office, their operating agreement, the right to
 * direct settlement they lose, their fee codes, the exclusion, «jeg er fysioterapeut» (corpus train-04838: «tap av
 * retten til direkte oppgjør» and «time hos spesialist»).
 */
const PRACTITIONER_SAYS = widened(
  new RegExp(
    `${B}(?:${[
      'mine pasienter|pasientene mine|mine pasientar|pasientane mine|mina patienter|mine patienter|my patients',
      'min praksis|praksisen min|min klinikk|klinikken min|vår klinikk|klinikken vår|min klinik|my (?:practice|clinic)',
      '(?:retten|rett|retta|rätten|retten|right)\\s+til\\s+(?:å\\s+)?(?:\\p{L}+\\s+)?direkte\\s?oppgj(?:ø|e)r\\p{L}*',
      'right to direct settlement', 'takstbruk\\p{L}*', 'utestengelse\\p{L}*', 'utestenging\\p{L}*',
      // QA s24 review: a manual therapist's and a GP's own refund claims were held as a patient's.
      '(?:pasientene|pasientane|patienterna|patienterne|the patients)\\s+(?:som\\s+|that\\s+)?(?:jeg|eg|jag|I)\\s+(?:har\\s+|have\\s+)?(?:behandl\\p{L}*|treated)',
      'legekontor\\p{L}*|lægekontor\\p{L}*|lægepraksis\\p{L}*|läkarmottagning\\p{L}*|driftsavtal\\p{L}*|driftsoverenskomst\\p{L}*',
      `(?:jeg|eg|jag|I)\\s+(?:er|är|am)\\s+(?:(?:a|an|en|ein|ett|et)\\s+)?(?:autorisert\\s+|legitimerad\\s+|self-employed\\s+)?(?:${PRACTITIONER})`,
    ].join('|')})${E}`,
    'iu',
  ),
);
/** A practitioner-sanctions reading whose writer tells of their own treatment or refund as a patient: held. */
export function sanctionsFromAPatient(text: string, areaCode: string, fired: readonly EvidenceRule[]): boolean {
  if (areaCode !== 'practitioner_sanctions') return false;
  // The sanctions law or Helfo's unit for behandlere: a practitioner's case, whatever else it says.
  if (firmEvidenceFor(areaCode, fired)) return false;
  return PATIENT_SAYS.test(text) && !PRACTITIONER_SAYS.test(text);
}
