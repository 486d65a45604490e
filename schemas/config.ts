import { z } from 'zod';
import { AreaCode, DeadlineKind, DocumentType, documentTypes, modelAreas } from './taxonomy.ts';

/**
 * Everything an administrator may change without a release: the taxonomy, the registration and
 * deadline rules, the review threshold and the input limits. Validated at load; a bad file fails fast,
 * and strict objects refuse a misspelt key (else «reviewTreshold» would be ignored without a word).
 */

export const AreaConfig = z.strictObject({
  code: AreaCode,
  name: z.string(),
  /** Noark 5 class (arkivkode) given to a case of this area. */
  archiveCode: z.string(),
  /** Controlled-vocabulary keywords (stikkord) added to a case of this area. */
  keywords: z.array(z.string()).min(1),
  /**
   * Words in a letter that point to this area (used by the rules beside the learned model). Read at run
   * time as prefixes: an empty or one-letter cue would match nearly every letter.
   */
  cues: z.array(z.string().trim().min(2)).default([]),
  /**
   * The names of this area's benefits or decision subjects («sykepenger», «AAP», «tannbehandling»): only
   * these, in the object of an appeal sentence, contest another area's answer (appeal-sentence-words.ts).
   * Everyday words of the area («fastlegen», «sykmeldt», «medisiner») stay cues: writers give them as reasons.
   */
  benefits: z.array(z.string().trim().min(2)).default([]),
});

export const Duration = z.strictObject({
  unit: z.enum(['days', 'weeks', 'months']),
  amount: z.number().int().positive(),
});
export type Duration = z.infer<typeof Duration>;

export const DeadlineRule = z.strictObject({
  kind: DeadlineKind,
  duration: Duration,
  /** Date the deadline counts from: the mail's received date, or the decision (received) date. */
  from: z.enum(['received', 'decision']).default('received'),
  /** Whether the deadline is reported as missed when the mail arrived after it (appeal deadlines). */
  checkMissed: z.boolean().default(false),
  /** Keyword added to the case when this deadline was missed. */
  missedKeyword: z.string().optional(),
  /** Whether a case handler may open it through the API or CLI (waiting for something from a party). */
  handlerMayOpen: z.boolean().default(false),
  /**
   * Whether the unit must send «varsel om forlenget svarfrist» before it passes (forvaltningsloven
   * § 11 a third paragraph): the deadline watcher and `deadlines` list it as an extension notice.
   */
  extensionNotice: z.boolean().default(false),
});
export type DeadlineRule = z.infer<typeof DeadlineRule>;

/** Display names, for people (nb) and for the product's English messages (en). */
export const DisplayNames = z.strictObject({ nb: z.string().min(1), en: z.string().min(1) });

/**
 * Whose decision's date a document of the type is about: the first instance's (an appeal against
 * NAV's decision), the appeals body's own (an appeal to Trygderetten against ours), none (only a
 * plainly stated decision date is taken), or any (the first decision date found).
 */
export const DecisionDateOf = z.enum(['first_instance', 'appeals_body', 'none', 'any']);
export type DecisionDateOf = z.infer<typeof DecisionDateOf>;

/** Routing priority: higher is picked first when a handler sorts by priority. */
export const Priority = z.enum(['normal', 'elevated', 'urgent']);
export type Priority = z.infer<typeof Priority>;

function compiles(source: string): boolean {
  try {
    new RegExp(source, 'iu');
    return true;
  } catch {
    return false;
  }
}

export const TypeRule = z.strictObject({
  type: DocumentType,
  names: DisplayNames,
  decisionDateOf: DecisionDateOf.default('any'),
  /** The document's priority, and that of a case keyword this type adds (addsKeywords) wherever it appears. */
  priority: Priority.default('normal'),
  /** create: new case unless linked; link: must be linked, else review. */
  caseMode: z.enum(['create', 'link']),
  /** Case status set by this document (NY, ATRY, ...). */
  setsStatus: z.string().nullable().default(null),
  titlePrefix: z.string().nullable().default(null),
  opens: z.array(DeadlineKind).default([]),
  closes: z.array(DeadlineKind).default([]),
  addsKeywords: z.array(z.string()).default([]),
  /** An appeal whose decision date cannot be found goes to review (its deadline cannot be checked). */
  requiresDecisionDate: z.boolean().default(false),
  /** Whether the document needs an answer (Noark restanse). */
  needsReply: z.boolean().default(false),
  /**
   * The document names a person's health (special-category data, GDPR art. 9): each read of it is
   * marked so in the access log, and its incoming journal entry (I) carries the screening code
   * (config/letters.json journal.screeningCode), as the letters do.
   */
  specialCategory: z.boolean().default(false),
  /**
   * Phrases that say what a letter of this type does («ettersender», «ny adresse», «saksbehandlingstid»),
   * read at classify time (domain/classify/type-cues.ts): a letter with one of them and none of
   * `contradictedBy`, read as another type, is held when the model's own probability for this type is at
   * least `cuesHoldFrom`. They only hold, never make a letter pass. A trailing «*» reads any ending.
   * Each phrase's precision is printed by scripts/type-cue-precision.ts.
   */
  cues: z.array(z.string().trim().min(2)).default([]),
  /**
   * The model's own probability for this type from which a letter read as another type, with one of `cues`,
   * is held (1: the cues hold nothing). The cues never add weight to a type.
   */
  cuesHoldFrom: z.number().min(0).max(1).default(1),
  /**
   * Phrases that say the letter does something else (for correspondence: the writer appeals or comments
   * now, «jeg klager på», «er uenig», «ønsker å klage»): a letter read as this type is held, the phrase named,
   * for it may be an appeal whose deadline would be lost. A phrase after «ingen ytterligere», «no further»
   * is none.
   */
  contradictedBy: z.array(z.string().trim().min(2)).default([]),
  /**
   * What a letter of this type must say to be trusted as one (domain/classify/held-without.ts): families of
   * phrases (for comments: answering the transfer letter or the first instance's assessment, answering an
   * invitation to comment, adding arguments to the appeal), at least one phrase of one family present. A letter
   * read as this type with none is held for an archivist (reason `answers_nothing`), its confidence capped
   * at 0.5: new writers' correspondence («når kommer svaret?», a new address) was read and routed as comments.
   * Phrases as in `cues`; empty: the type is trusted on the model alone.
   */
  heldWithout: z.array(z.strictObject({ family: z.string().trim().min(2), phrases: z.array(z.string().trim().min(2)).min(1) })).default([]),
  /**
   * Regular expressions (case-insensitive, Unicode) for spans in which a `heldWithout` phrase does not count:
   * the transfer letter's invitation quoted («dere kan komme med merknader»), the writer's own contact details
   * (from «telefon 912 …» or an address with @ to the end of the line), a sentence with both a duration and a time
   * limit or comment word («frist på tre uker til å kommentere»). Each is retried at every position of the text:
   * start it at a word or a sentence's start, never with an unbounded run (`[^\n]*…`), or long lines cost seconds.
   */
  heldWithoutSkips: z
    .array(
      z
        .string()
        .min(2)
        .refine((s) => compiles(s), 'et uttrykk i heldWithoutSkips er ikke et gyldig regulært uttrykk'),
    )
    .default([]),
});
export type TypeRule = z.infer<typeof TypeRule>;

export const Limits = z.strictObject({
  maxBytes: z.number().int().positive(),
  maxPages: z.number().int().positive(),
  maxPixelsPerPage: z.number().int().positive(),
});
export type Limits = z.infer<typeof Limits>;

export const PostmottakConfig = z
  .strictObject({
    areas: z.array(AreaConfig).min(1),
    typeRules: z.array(TypeRule),
    deadlineRules: z.array(DeadlineRule),
    reviewThreshold: z.number().min(0).max(1),
    /**
     * One straight-through threshold per decision the Link stage makes, each on its own calibrated
     * confidence: a document that opens a case (P(type and area right)) and a must-link document
     * that found its case (P(type right)). Chosen on the unseen-writer calibration half (issue 13);
     * absent, `reviewThreshold` serves both.
     */
    linkThresholds: z.strictObject({ newCase: z.number().min(0).max(1), mustLink: z.number().min(0).max(1) }).optional(),
    limits: Limits,
    ocr: z.strictObject({
      languages: z.array(z.string()).min(1),
      targetDpi: z.number().int().positive(),
      pageConcurrency: z.number().int().positive(),
    }),
  })
  .superRefine((config, ctx) => {
    const areaCodes = config.areas.map((a) => a.code);
    if (new Set(areaCodes).size !== areaCodes.length) ctx.addIssue({ code: 'custom', path: ['areas'], message: 'hvert saksområde (code) kan stå bare én gang' });
    const types = config.typeRules.map((r) => r.type);
    if (new Set(types).size !== types.length) ctx.addIssue({ code: 'custom', path: ['typeRules'], message: 'hver dokumenttype (type) kan ha bare én regel' });
    const kinds = config.deadlineRules.map((r) => r.kind);
    if (new Set(kinds).size !== kinds.length) ctx.addIssue({ code: 'custom', path: ['deadlineRules'], message: 'hver fristtype (kind) kan ha bare én regel' });
    // The classifier predicts these areas and types: a typo in one's code («dentl») would send every
    // document the model gives it to review, so each must be defined; a configuration may add more.
    for (const area of modelAreas) {
      if (!areaCodes.includes(area)) ctx.addIssue(missingCode(['areas'], 'saksområdet', area, 'code', areaCodes));
    }
    for (const type of documentTypes) {
      if (!types.includes(type)) ctx.addIssue(missingCode(['typeRules'], 'dokumenttypen', type, 'type', types));
    }
    config.typeRules.forEach((rule, i) => {
      for (const verb of ['opens', 'closes'] as const) {
        rule[verb].forEach((kind, j) => {
          if (!kinds.includes(kind)) ctx.addIssue(unknownCode(['typeRules', i, verb, j], `typen ${rule.type} ${verb === 'opens' ? 'åpner' : 'lukker'} fristtypen`, kind, 'deadlineRules', kinds));
        });
      }
    });
  });

/**
 * A code the configuration refers to but does not define. `params` carry the code and the known ones
 * so the settings-file loader can add «mente du …?» for a near one (config/settings-file.ts).
 */
export interface CodeSlip {
  slip: 'unknown' | 'missing';
  code: string;
  known: readonly string[];
}

function unknownCode(path: (string | number)[], what: string, code: string, definedIn: string, known: readonly string[]) {
  const params: CodeSlip = { slip: 'unknown', code, known };
  return { code: 'custom' as const, path, params, message: `${what} «${code}», som ikke er definert i ${definedIn}; kjente: ${known.join(', ')}` };
}

function missingCode(path: string[], what: string, code: string, field: string, defined: readonly string[]) {
  const params: CodeSlip = { slip: 'missing', code, known: defined };
  return { code: 'custom' as const, path, params, message: `${what} «${code}» mangler (modellen gir den), ingen ${field} er «${code}»; definert: ${defined.join(', ')}` };
}
export type PostmottakConfig = z.infer<typeof PostmottakConfig>;
export type AreaConfig = z.infer<typeof AreaConfig>;
