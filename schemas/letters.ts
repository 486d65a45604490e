import { z } from 'zod';
import { type CodeSlip, Duration } from './config.ts';
import { PartyRole } from './parties.ts';
import { DocumentType, IsoDate } from './taxonomy.ts';

/**
 * The letters postmottak writes (SPEC.md "Parties and outgoing letters"): their texts are templates
 * in configuration (config/letters.json) that the appeals body edits without a release, validated
 * here at load so a template that names an unknown value fails before any letter is written (and,
 * strict, a misspelt key is refused rather than ignored).
 */

export const letterKinds = ['appeal_acknowledgement', 'tribunal_appeal_acknowledgement', 'extended_processing_time'] as const;
export const LetterKind = z.enum(letterKinds);
export type LetterKind = z.infer<typeof LetterKind>;

/** Letters are written in bokmål or nynorsk (the appellant's form where it is one of them). */
export const LetterLanguage = z.enum(['nb', 'nn']);
export type LetterLanguage = z.infer<typeof LetterLanguage>;

/** The values a template may name as {placeholder}; anything else is a configuration error. */
export const letterPlaceholders = ['caseNumber', 'receivedDate', 'expectedDate', 'previousExpectedDate', 'letterDate', 'recipientName', 'appellantName', 'areaName', 'returnAddress', 'delayReason'] as const;
export type LetterPlaceholder = (typeof letterPlaceholders)[number];

const PLACEHOLDER = /\{([^{}]*)\}/gu;

const knownPlaceholders = letterPlaceholders.map((p) => `{${p}}`);

/**
 * An unknown {placeholder} is refused in the settings files' words (bokmål, config/settings-file.ts), as a
 * CodeSlip so the loader adds «mente du …?» for one a slip away ({expectedDato} for {expectedDate}).
 */
const TemplateText = z.string().min(1).superRefine((text, ctx) => {
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (!(letterPlaceholders as readonly string[]).includes(m[1]!)) {
      const params: CodeSlip = { slip: 'unknown', code: `{${m[1]}}`, known: knownPlaceholders };
      ctx.addIssue({ code: 'custom', params, message: `ukjent plassholder «{${m[1]}}»; kjente: ${knownPlaceholders.join(', ')}` });
    }
  }
});

export const LetterSection = z.strictObject({
  heading: TemplateText.optional(),
  paragraphs: z.array(TemplateText).min(1),
});
export type LetterSection = z.infer<typeof LetterSection>;

/**
 * The placeholders a kind's template must name, in every language: the notice of extended processing time must say
 * why the case takes longer (forvaltningsloven § 11 a third paragraph), so a letters file whose notice leaves out
 * {delayReason} is refused at load rather than posting notices without the reason.
 */
const requiredPlaceholders: Partial<Record<LetterKind, { placeholders: readonly LetterPlaceholder[]; why: string }>> = {
  extended_processing_time: { placeholders: ['delayReason'], why: 'varselet om forlenget svarfrist skal si hvorfor saken tar lengre tid, forvaltningsloven § 11 a tredje ledd' },
};

const placeholdersOf = (template: LetterTemplate) =>
  new Set([template.title, ...template.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs])].flatMap((text) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!)));

/** Each template of a kind names the placeholders the kind requires (above). */
const withRequiredPlaceholders = <T extends z.ZodType<Record<LetterKind, { nb: LetterTemplate; nn: LetterTemplate }>>>(templates: T) =>
  templates.superRefine((byKind, ctx) => {
    for (const [kind, required] of Object.entries(requiredPlaceholders) as [LetterKind, { placeholders: readonly LetterPlaceholder[]; why: string }][]) {
      for (const language of ['nb', 'nn'] as const) {
        const named = placeholdersOf(byKind[kind][language]);
        for (const placeholder of required.placeholders.filter((p) => !named.has(p))) {
          ctx.addIssue({ code: 'custom', path: [kind, language], message: `malen mangler plassholderen «{${placeholder}}» (${required.why}); sett den inn i et avsnitt` });
        }
      }
    }
  });

export const LetterTemplate = z.strictObject({
  /** The letter's heading ("Vi har mottatt klagen din"). */
  title: TemplateText,
  sections: z.array(LetterSection).min(1),
  /** Whether the personal-data information follows the letter's own text. */
  personalDataInformation: z.boolean().default(true),
});
export type LetterTemplate = z.infer<typeof LetterTemplate>;

const PerLanguage = <T extends z.ZodType>(schema: T) => z.strictObject({ nb: schema, nn: schema });

/** The notice's reason when the letters file gives none (config/letters.json gives the same). */
const NEUTRAL_DELAY_REASON = { nb: 'Grunnen er at vi har mange saker til behandling.', nn: 'Grunnen er at vi har mange saker til behandling.' };

export const LetterLabels = z.strictObject({
  ourReference: z.string().min(1),
  date: z.string().min(1),
  page: z.string().min(1),
  of: z.string().min(1),
});

export const LettersConfig = z.strictObject({
  letterhead: z.strictObject({
    name: z.string().min(1),
    /** The name as a letter in another written language spells it (nynorsk: «… for helsetenesta», as its body and signature do). */
    nameIn: z.partialRecord(LetterLanguage, z.string().min(1)).default({}),
    /** Postal address lines under the name. */
    address: z.array(z.string().min(1)).min(1),
    /** Telephone, e-mail, web, organisation number: printed small under the address. */
    contact: z.array(z.string().min(1)).default([]),
  }),
  labels: PerLanguage(LetterLabels),
  /** The closing, the signing unit, and a small note (an electronically approved letter has no handwritten signature). */
  signature: PerLanguage(z.strictObject({ closing: z.string().min(1), lines: z.array(z.string().min(1)).min(1), note: z.string().min(1).optional() })),
  /** The information about how personal data are processed (GDPR art. 13), after the letter's own text. */
  personalData: PerLanguage(LetterSection),
  /** {appellantName} in a letter to a representative when no appellant is named: the appellant as the representative knows them. */
  unnamedAppellant: PerLanguage(z.string().min(1)),
  templates: withRequiredPlaceholders(
    z.strictObject({
      appeal_acknowledgement: PerLanguage(LetterTemplate),
      tribunal_appeal_acknowledgement: PerLanguage(LetterTemplate),
      extended_processing_time: PerLanguage(LetterTemplate),
    }),
  ),
  journal: z.strictObject({
    /** Screening code (skjermingshjemmel) of every letter: it names a person's health or social circumstances. */
    screeningCode: z.string().min(1),
    /** Public titles (offentlig tittel) without names, per kind. */
    publicTitles: z.strictObject({ appeal_acknowledgement: z.string().min(1), tribunal_appeal_acknowledgement: z.string().min(1), extended_processing_time: z.string().min(1) }),
  }),
  /** Which registrations call for which acknowledgement (SPEC.md: a new case by an appeal, a deadline-interrupting appeal or a transfer; an anke). */
  acknowledgements: z.array(
    z.strictObject({
      kind: z.enum(['appeal_acknowledgement', 'tribunal_appeal_acknowledgement']),
      documentTypes: z.array(DocumentType).min(1),
      /** Only when the document created its case (an appeal joining an open case is not acknowledged again). */
      newCaseOnly: z.boolean(),
      /** When the expected date is not the case's open case_processing deadline: this long after the document came in. */
      expectedWithin: Duration,
    }),
  ),
  extendedProcessingTime: z.strictObject({
    /** The notice goes out when the case_processing deadline is this many days away or fewer. */
    leadDays: z.number().int().positive().default(14),
    /** How much later the case is now expected to be decided. */
    extension: Duration,
    /**
     * Why the case takes longer, as the notice's {delayReason} says it (forvaltningsloven § 11 a asks the
     * preliminary reply to give the reason): the appeals body's own sentence; a neutral one when not given.
     */
    reason: PerLanguage(z.string().trim().min(1).regex(/^[^{}]*$/u, 'a reason is plain text, without {placeholders}')).default(NEUTRAL_DELAY_REASON),
  }),
});
export type LettersConfig = z.infer<typeof LettersConfig>;

/** `withdrawn`: never posted, because its case was given up (opened in error; domain/registry/case-given-up.ts). */
export const LetterStatus = z.enum(['ready', 'held', 'sent', 'withdrawn']);

/** Why a letter is held, as a code (worded in English and bokmål by domain/letters/held-reasons.ts). */
export const HeldReason = z.object({
  code: z.enum(['no_recipient', 'no_address', 'address_withheld', 'no_postcode', 'no_street', 'no_place', 'unknown_country']),
  who: z.enum(['appellant', 'representative']).optional().describe('The party the letter would go to'),
  doubt: z.string().optional().describe("The party reader's doubt about the address (address_withheld)"),
});
export type HeldReason = z.infer<typeof HeldReason>;
export type LetterStatus = z.infer<typeof LetterStatus>;

/**
 * How a held letter got the address it was released to, when not by an archivist writing it on the letter
 * («Frigi» in the outbox; an «Endre» of the party): the appeal in the same bundle or the appellant's later
 * letter (postmottak read it there), or the party an archivist added («Legg til part»), whom it now goes to.
 */
export const LetterReleasedAs = z.enum(['bundle_appeal', 'later_letter', 'representative_added', 'appellant_added']);
export type LetterReleasedAs = z.infer<typeof LetterReleasedAs>;

/** A letter in the outbox (`outbox/` in the bucket), as `postmottak outbox --json` prints it. */
export const OutboxLetter = z.object({
  letterId: z.string().min(1),
  caseId: z.string().min(1),
  caseNumber: z.string().min(1),
  kind: LetterKind,
  language: LetterLanguage,
  recipient: z.object({ role: PartyRole, name: z.string(), address: z.array(z.string()) }).nullable(),
  status: LetterStatus,
  /** Why a held letter waits (no usable address, ...), in words an archivist understands. */
  heldReason: z.string().nullable(),
  /** The day it was posted (ekspedert); null until sent. */
  sentOn: IsoDate.nullable(),
  letterDate: IsoDate,
  /** The PDF's key in the bucket. */
  path: z.string().min(1),
  journalEntryId: z.string().nullable(),
  /** A withdrawn letter: why it will not be posted, in words an archivist understands (absent on any other). */
  withdrawnReason: z.string().nullable().optional(),
});
export type OutboxLetter = z.infer<typeof OutboxLetter>;
