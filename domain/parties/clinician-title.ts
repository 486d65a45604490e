/**
 * A clinician writes their title before their name («Kiropraktor Line Aas», «Leg. fysioterapeut Anna Ek», «Chiropractor
 * Line Aas») over a declaration or a statement about a patient: a head or a signature so written is the professional's, and
 * its address the clinic's — never the appellant's (QA s17 L30). A practitioner appealing for their own practice is still
 * read as the appellant by the practice rule (practice.ts), which does not go through this.
 */
const TITLE_FIRST =
  /^(?:leg\.?\s+)?(?:kiropraktor|fysioterapeut|manuellterapeut|ergoterapeut|psykolog|psykologspesialist|psykiater|tannpleier|jordmor|sykepleier|sjukepleiar|sjuksköterska|sygeplejerske|logoped|osteopat|naprapat|chiropractor|physiotherapist|psychologist|osteopath)\s+\p{Lu}/iu;

/** Whether a name as read begins with a clinician's title. */
export const titledClinician = (name: string): boolean => TITLE_FIRST.test(name.trim());
