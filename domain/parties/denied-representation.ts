/**
 * Words that say someone does *not* act for the appellant: the writer ("Jeg er ikke fullmektig for henne", "Eg er
 * ikkje fullmektigen hennar", "I am not her representative") or one who did once ("Advokat Per Dahl … er ikke lenger min
 * fullmektig"). They hold the word "fullmektig" but are no words of representation, so they are blanked before the
 * reader looks for such words. A writer who denies it is no representative whatever else they write for the person
 * ("Jeg skriver bare for min mor"): the acknowledgement goes to the appellant (SPEC: to the representative only if there
 * is one). Only a possessive or an article may stand between the negation and the role: "er ikke jurist men fullmektig
 * for min mor" and "er ikke bare hennes verge" affirm the role (review 14, M1). Bounded gaps keep a long line linear.
 */
const ROLE = '(?:fullmektig\\p{L}*|fullmäktig\\p{L}*|ombud\\p{L}*|representative|verge|verja|verje)';
const BETWEEN = '(?:(?:min|mi|mitt|din|di|hennes|hans|hennar|hendes|deres|my|her|his|your|their|the|a|an|en|ein|noen|nokon|någon|any)[ \\t]+){0,2}';
const NOT = '(?:ikke|ikkje|inte|not|no)[ \\t]+(?:(?:lenger|lengre|längre|longer)[ \\t]+)?';
const DENIAL = new RegExp(`(?<![\\p{L}])(?:er|är|am|is|are)[ \\t]+${NOT}${BETWEEN}${ROLE}(?:[ \\t]+(?:for|för)[ \\t]+\\p{L}+|[ \\t]+(?:hennes|hans|hennar|hendes))?(?![\\p{L}])`, 'giu');
/** One who did once and says so in the past: "Advokat Per Dahl var tidligere min fullmektig, men fører ikke saken lenger". */
const FORMER = new RegExp(`(?<![\\p{L}])(?:var|was)[ \\t]+(?:(?:tidligere|tidlegare|tidigare|før|previously|formerly)[ \\t]+)?${BETWEEN}${ROLE}(?:[ \\t]+\\p{L}+){0,2}[^.\\n]{0,60}?(?<![\\p{L}])(?:ikke|ikkje|inte|not|no)[ \\t]+(?:\\p{L}+[ \\t]+){0,3}?(?:lenger|lengre|längre|longer)(?![\\p{L}])`, 'giu');
const WRITER_DENIES = new RegExp(`(?<![\\p{L}])(?:jeg|eg|jag|I)[ \\t]+(?:er|är|am)[ \\t]+${NOT}${BETWEEN}${ROLE}(?![\\p{L}])`, 'iu');
/**
 * A body that says in a verb it does not act for the person: «Unionen företräder inte Per Ahl», «företräder honom inte»,
 * «Fagforbundet representerer ikke Per Ahl», «does not represent him»; or has no mandate: «har inte fått fullmakt»,
 * «har ikke fullmakt» (review s17: with «företräder» a word of representation, Unionen's forwarding letter made its
 * ombudsman the representative). Up to three words between the verb and the negation, none with a comma or a full
 * stop: «representerer Per Ahl, som ikke …» still represents.
 */
const VERB_DENIAL = /(?<![\p{L}])(?:företräd\p{L}*|representer\p{L}*|repræsenter\p{L}*|represents?|bist[åa]r|biträder|assists?)(?:[ \t]+[^\s.,;:]+){0,3}?[ \t]+(?:ikke|ikkje|inte|not)(?![\p{L}])|(?<![\p{L}])(?:does|do)[ \t]+not[ \t]+represent(?![\p{L}])|(?<![\p{L}])(?:cannot|can[ \t]+not|can't|can’t|kan[ \t]+ikke|kan[ \t]+ikkje|kan[ \t]+inte)[ \t]+(?:assist|bistå|biträda)(?![\p{L}])/giu;
/**
 * Assisting in another case, not this one (review partiesfix17, x10): «Fagforbundet bistår henne i arbeidsrettssaken, men ikke i
 * denne saken» — the verb and all up to the denial are blanked, within one sentence.
 */
const BUT_NOT_HERE = /(?<![\p{L}])(?:bist[åa]r|biträder|assists?)(?![\p{L}])[^.\n]{0,120}?(?<![\p{L}])(?:men|but)[ \t]+(?:ikke|ikkje|inte|not)[ \t]+(?:i|in)[ \t]+(?:denne|dette|detta|this|den)[ \t]+\p{L}+/giu;
const NO_MANDATE = /(?<![\p{L}])(?:har|have|has)[ \t]+(?:ikke|ikkje|inte|not|no|ingen|inga|ingi)[ \t]+(?:(?:fått|gitt|fikk|received|been[ \t]+given|signed|oss|os|us)[ \t]+){0,2}(?:(?:a|an|any|noen|nokon|någon)[ \t]+)?(?:fullmakt|fuldmagt|power[ \t]+of[ \t]+attorney)(?![\p{L}])|(?<![\p{L}])(?:ingen|inga|ingi|no)[ \t]+(?:fullmakt|fuldmagt|power[ \t]+of[ \t]+attorney)(?![\p{L}])|(?<![\p{L}])(?:fullmakt\p{L}*|fuldmagt\p{L}*)[ \t]+(?:finns|fins|finnes|føreligg\p{L}*|foreligg\p{L}*)[ \t]+(?:ikke|ikkje|inte)(?![\p{L}])/giu;
const blank = (m: string) => m.replace(/[^\n]/gu, ' ');

/**
 * A power revoked (session 21): «Fullmakten til advokat Eirik Sande er trukket tilbake», «Fullmakta til bror min, Anders
 * Grimstad, er trekt tilbake», «Fullmakten till advokat Per Holm är återkallad», «Fuldmagten til min søn … er
 * tilbagekaldt», «the power of attorney … has been revoked»; or revoked in the first person: «Jeg trekker tilbake fullmakten
 * til …», «I revoke the power of attorney given to …». The power and its holder are blanked to the revoking verb (or, in the
 * first person, to the clause's end), so «…, og ny fullmakt følger vedlagt» after it still appoints someone.
 */
const POWER_WORD = '(?:fullmakt\\p{L}*|fuldmagt\\p{L}*|power[ \\t]+of[ \\t]+attorney)';
// The span to the verb crosses no second power and no «vedlagt»: «Ny fullmakt til Ola Moe følger vedlagt, den gamle
// fullmakten er trukket tilbake» revokes the old power, not the new one (review 21).
const REVOKED_SPAN = '(?:(?!fullmakt|fuldmagt|fullmakten|vedlagt|vedlagd|bifogad|attached)[^.\\n]){0,80}?';
const REVOKED = new RegExp(`(?<![\\p{L}])${POWER_WORD}${REVOKED_SPAN}[ \\t]+(?:er|är|is|has[ \\t]+been|har[ \\t]+(?:blitt|vorte|blivit)|ble|blei|vart|blev|was)[ \\t]+(?:(?:nå|no|nu|now|herved|hermed|härmed|hereby)[ \\t]+)?(?:trukke[tn][ \\t]+tilbake|trekt[ \\t]+tilbake|teke[ \\t]+tilbake|tatt[ \\t]+tilbake|tilbakekall\\p{L}*|återkall\\p{L}*|tilbagekald\\p{L}*|trukket[ \\t]+tilbage|revoked|withdrawn|cancell?ed)(?![\\p{L}])`, 'giu');
const REVOKES = new RegExp(`(?<![\\p{L}])(?:trekker|trekkjer|trekk|har[ \\t]+trukket|har[ \\t]+trekt|återkallar|har[ \\t]+återkallat|tilbagekalder|har[ \\t]+tilbagekaldt|revoke|withdraw|have[ \\t]+revoked|have[ \\t]+withdrawn)[ \\t]+(?:(?:herved|hereby|hermed|härmed|med[ \\t]+dette)[ \\t]+)?(?:tilbake[ \\t]+)?(?:(?:den|the|min|my|mi|mitt)[ \\t]+)?${POWER_WORD}[^.,;\\n]{0,80}`, 'giu');

/** The text with every denial of acting for someone blanked in place (offsets kept). */
export function withoutDenials(text: string): string {
  if (!/fullm|fuldm|ombud|represent|repræsent|företr|verg|verj|attorney|bist|biträd|assist/iu.test(text)) return text;
  return text.replace(DENIAL, blank).replace(FORMER, blank).replace(BUT_NOT_HERE, blank).replace(VERB_DENIAL, blank).replace(NO_MANDATE, blank).replace(REVOKED, blank).replace(REVOKES, blank);
}

/** The letter asks the answer sent to him or her ("Send svaret til henne", "Svaret kan sendast til ho"), whoever that is. */
const REPLY_TO_THEM = /(?<![\p{L}])(?:send\p{L}*[ \t]+(?:svaret[ \t]+|svar[ \t]+)?til|svaret[ \t]+(?:kan|skal|må)[ \t]+send\p{L}*[ \t]+til|send[ \t]+the[ \t]+(?:answer|reply)[ \t]+to)[ \t]+(?:henne|ham|han|ho|her|him)(?![\p{L}])/iu;
/** Words that appoint the writer: an enclosed power, a guardian's mandate. They outweigh where the answer is asked sent (review 14, H2, M2). */
const APPOINTED = /fullmakt|fuldmagt|verge|verje|verja|power\s+of\s+attorney|guardian/iu;

/**
 * The writer says they do not act for the person, or, with no word that appoints them, asks the answer sent to him or
 * her: the writer is no representative. The reply's address is not read from that sentence: «ham» may be a grandson.
 */
export function writerIsNoRepresentative(text: string): boolean {
  return WRITER_DENIES.test(text) || (REPLY_TO_THEM.test(text) && !APPOINTED.test(withoutDenials(text)));
}
