import type { PostmottakConfig } from '#schemas/config';
import type { DocumentType, Language } from '#schemas/taxonomy';
import { documentTypes } from '#schemas/taxonomy';
import { applyCalibration } from './calibration.ts';
import { extractFeatures, type FeatureSource, type SparseVector } from './features.ts';
import { keywordsFor } from './keywords.ts';
import { detectLanguage } from './language.ts';
import { argmax, softmax, sparseScores, type SparseLinear } from './linear.ts';
import { loadModel, type LoadedModel, type ModelFile } from './model.ts';
import { matchHardCues } from './rules.ts';
import { readWritersAppeal } from './deadline-interrupting.ts';
import { applyLodgedAppeal, readLodgedAppeal } from './lodged-appeal.ts';
import { confirmLodgedAppeal } from './confirm-lodged-appeal.ts';
import { applyWriterCalibration } from './writer-calibration.ts';
import { phraseAgainst, readTypeCues } from './type-cues.ts';
import { answersNothing } from './held-without.ts';
import { evidenceRules, negatedOnlyAreas, type EvidenceRule } from './evidence.ts';
import { decisionSubjectAreas } from './decision-subject.ts';
import { headedCommentsAndAppeal } from './heading-guard.ts';
import { onsetDateInPassing } from './onset-date-guard.ts';
import { abroadWithoutCost, abroadWithoutEvidence } from './abroad-guard.ts';
import { sanctionsFromAPatient } from './patient-refund-guard.ts';
import { mustLink } from '../config.ts';
import { ownSentencesContest } from './appeal-sentence-words.ts';
import { applyEvidence, applyWritersAppeal, CONTESTED_AREA_CONFIDENCE_CAP, EVIDENCE_WEIGHT, INTERRUPTED_APPEAL_CONFIDENCE_CAP } from './evidence-scoring.ts';
import promoted from '../../models/current.json' with { type: 'json' };

export { loadModel, type LoadedModel, type ModelFile } from './model.ts';

export interface DocumentClassification {
  documentType: DocumentType;
  area: string;
  language: Language;
  keywords: string[];
  /** Calibrated probability that both documentType and area are right. */
  confidence: number;
  /**
   * Calibrated probability that documentType is right, whatever the area. Never below `confidence`
   * (P(type right) >= P(type and area right)); equal to it for a model without a type calibration.
   */
  typeConfidence: number;
  explanation: { feature: string; weight: number }[];
  modelVersion: string;
  /**
   * Why the classifier itself holds the letter for an archivist, whatever its confidence: too little text,
   * a heading that reads both as comments and as an appeal (heading-guard.ts), or a letter read as a type whose
   * `heldWithout` phrases it does not say (held-without.ts: comments that answer nothing). The Classify stage makes
   * it the review reason and the evaluations count it as held, so both see one decision.
   */
  hold: ClassifierHold | null;
  /** Uncalibrated parts, for evaluation and the archivist's page. */
  detail: {
    typeProbability: number;
    areaProbability: number;
    languageConfidence: number;
    rawScore: number;
    hardCues: string[];
    evidenceBacked: boolean;
    /** A piece of evidence names an area other than the one answered (then `confidence` is capped). */
    areaContested: boolean;
    /**
     * The area that evidence names, the strongest piece's (for the review reason), also when the appeal
     * clause lifted the contest (`areaContested` false); null when no evidence names another area.
     */
    contestingArea: string | null;
  };
}

export type ClassifierHold = 'no_text' | 'comments_or_appeal' | 'answers_nothing';

/** Letters with fewer letters than this are not classified at all (SPEC: no guessing without text). */
export const MIN_LETTERS = 20;

let defaultModel: LoadedModel | undefined;
let modelParses = 0;
/** The promoted model, parsed once per process (a Lambda pays it in init: warmUpModel). */
export function promotedModel(): LoadedModel {
  if (!defaultModel) {
    defaultModel = loadModel(promoted as unknown as ModelFile);
    modelParses += 1;
  }
  return defaultModel;
}

/**
 * The promoted model's parse (its packed weights unpacked, the glossary read) takes this thread for
 * 0.4 s quiet and 6–14 s on a loaded 2-core machine (README "Robustness", session 13); at the first
 * document's Classify it held every document in flight, early scans' Inspect too. A Lambda pays it in
 * init, the bench and the CLI before their first file. Answers how long it took (ms; ~0 once parsed).
 */
export function warmUpModel(): number {
  const started = performance.now();
  promotedModel();
  return performance.now() - started;
}

/** For tests: how many times this process has parsed the promoted model (at most once). */
export function promotedModelParses(): number {
  return modelParses;
}

export function letterCount(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}

interface Scored {
  probabilities: Float64Array;
  classes: string[];
}

function typeScores(model: LoadedModel, x: SparseVector, text: string): Scored & { cues: string[]; interrupted: boolean; late: boolean; apologises: boolean; lateOverruledModel: boolean; deliversGrounds: boolean; lodgedUnsure: boolean; asksToSendLater: boolean; earlierAppealOnly: boolean } {
  const s = sparseScores(model.type, x);
  const cues = matchHardCues(text);
  for (const cue of cues) {
    const at = model.type.classes.indexOf(cue.type);
    if (at >= 0) s[at]! += model.file.ruleBoost;
  }
  // "jeg klager, men rekker ikke å skrive alt nå": the deadline-interrupting intent in the writer's own words;
  // a late appeal (fvl. § 31, in the deadline's own words) has no running deadline to interrupt;
  // «viser til min fristavbrytende klage …, her er begrunnelsen»: the grounds it announced, an `appeal`
  // that closes `grounds`, though it names the deadline-interrupting appeal (the model reads the name).
  const reading = readWritersAppeal(text);
  const { lateOverruledModel } = applyWritersAppeal(s, model.type.classes, reading);
  const { interruption, late, apologises, deliversGrounds } = reading;
  // «Jeg klager på vegne av min pasient på vedtaket …» read as the GP's declaration: the letter lodges the
  // appeal itself, whoever writes it and whatever medical history or costs claim it carries (lodged-appeal.ts).
  const lodged = readLodgedAppeal(text);
  const movedFrom = applyLodgedAppeal(s, model.type.classes, lodged?.words ?? null, reading);
  // A firm lodging in a letter the model already reads as an appeal confirms it, as a heading «Klage på vedtak» would;
  // once such a heading cue has added its boost, the lodging adds none.
  const appealCue = cues.some((c) => c.type === 'appeal');
  const confirmed = movedFrom === null && !appealCue && confirmLodgedAppeal(s, model.type.classes, text, lodged, reading, model.file.ruleBoost);
  const labels = [
    ...cues.map((c) => c.label),
    ...(interruption ? interruption.cues.map((c) => `deadline-interrupting: ${c}`) : []),
    ...(deliversGrounds ? ['delivers the grounds announced earlier'] : []),
    ...(movedFrom ? [`lodges the appeal itself («${lodged!.words}»), not ${movedFrom}`] : []),
    ...(confirmed ? [`lodges the appeal itself («${lodged!.words}»)`] : []),
  ];
  // The moved weight is the model's certainty about another type: it routes only a firm lodging (lodged-appeal.ts).
  const lodgedUnsure = movedFrom !== null && !lodged!.firm;
  return { probabilities: softmax(s), classes: model.type.classes, cues: labels, interrupted: interruption !== null, late, apologises, lateOverruledModel, deliversGrounds, lodgedUnsure, asksToSendLater: reading.asksToSendLater, earlierAppealOnly: reading.earlierAppealOnly };
}

function areaScores(model: LoadedModel, x: SparseVector, config: PostmottakConfig | undefined, text: string): Scored & { evidence: string[]; subject: Set<string> } {
  const s = sparseScores(model.area, x);
  const evidence = applyEvidence(s, model.area.classes, text);
  // What the appeal clause says is appealed contests another answer or lifts a contest (contested()); it
  // adds no weight: a misread clause (an earlier appeal told as history) then flipped the area and lifted
  // its own contest, routing 15 letters wrong at 0.95-1.00 (review of area16).
  const subject = decisionSubjectAreas(text, evidence.map((rule) => evidenceRules.find((r) => r.id === rule)!));
  // An area taken out of the configuration is never answered.
  if (config) {
    const configured = new Set(config.areas.map((a) => a.code));
    model.area.classes.forEach((c, i) => {
      if (!configured.has(c)) s[i] = -Infinity;
    });
  }
  return { probabilities: softmax(s), classes: model.area.classes, evidence, subject };
}

/**
 * An area an administrator added after the model was trained has no weights yet: when its cue words
 * clearly dominate, it is proposed, with a confidence low enough to send the document to review
 * (the archivist's answer becomes training data for the next model).
 */
function unknownAreaByCues(config: PostmottakConfig | undefined, known: string[], text: string): string | null {
  if (!config) return null;
  const lower = text.toLowerCase();
  const hits = (cues: string[]) => cues.reduce((n, cue) => n + (lower.split(cue.toLowerCase()).length - 1), 0);
  const unknown = config.areas.filter((a) => !known.includes(a.code));
  if (unknown.length === 0) return null;
  const bestUnknown = unknown.map((a) => ({ code: a.code, n: hits(a.cues) })).sort((a, b) => b.n - a.n)[0]!;
  const bestKnown = Math.max(0, ...config.areas.filter((a) => known.includes(a.code)).map((a) => hits(a.cues)));
  return bestUnknown.n >= 2 && bestUnknown.n > bestKnown ? bestUnknown.code : null;
}

/**
 * How much each word or phrase moved the score of class `chosen` over class `against`: the weight
 * difference times the feature's value, a hashed feature shared out among the sources that made it.
 */
export function contributionsBySource(model: SparseLinear, x: SparseVector, sources: FeatureSource[], chosen: number, against: number): Map<string, number> {
  const value = new Map<number, number>();
  for (let k = 0; k < x.index.length; k++) value.set(x.index[k]!, x.value[k]!);
  const occurrences = new Map<number, number>();
  for (const s of sources) occurrences.set(s.index, (occurrences.get(s.index) ?? 0) + 1);
  const bySource = new Map<string, number>();
  for (const s of sources) {
    const row = model.rows.get(s.index);
    if (!row) continue;
    const contribution = ((value.get(s.index) ?? 0) * (row[chosen]! - row[against]!)) / occurrences.get(s.index)!;
    bySource.set(s.source, (bySource.get(s.source) ?? 0) + contribution);
  }
  return bySource;
}

/** Words and phrases that pushed the decision towards `chosen` rather than the runner-up. */
function explain(model: SparseLinear, x: SparseVector, sources: FeatureSource[], chosen: number, runnerUp: number, prefix: string, top: number) {
  return [...contributionsBySource(model, x, sources, chosen, runnerUp).entries()]
    .filter(([source, w]) => w > 0 && source !== '<num>')
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([source, w]) => ({ feature: `${prefix}:${source}`, weight: Math.round(w * 1000) / 1000 }));
}

function secondBest(p: Float64Array, best: number): number {
  let second = best === 0 ? 1 : 0;
  for (let i = 0; i < p.length; i++) if (i !== best && p[i]! > p[second]!) second = i;
  return second;
}

/**
 * Evidence contests the answered area when a piece naming another area is at least as strong (a law
 * over a unit or a reference format over a benefit's name) as the strongest naming the answered one.
 */
export function contested(fired: readonly EvidenceRule[], areaCode: string, text: string, readSubject = true, subject = decisionSubjectAreas(text, fired)): string | null {
  const strongest = (rules: readonly EvidenceRule[]) => Math.max(0, ...rules.map((r) => EVIDENCE_WEIGHT[r.kind]));
  let others = fired.filter((r) => r.area !== areaCode);
  // The appeal clause names another area's decision, or two areas' decisions: an archivist reads which
  // (session 16: a subject read only as a lay word is evidence for no area, so it contests here).
  if (readSubject) {
    const otherSubject = [...subject].find((a) => a !== areaCode);
    if (otherSubject) return otherSubject;
  }
  // Another benefit the letter names is history, not the case, when the appeal clause governs the
  // answered area's benefit and no other's ("Jeg klager på vedtaket om uføretrygd … etter tre år med AAP").
  if (readSubject && others.some((r) => r.kind === 'benefit') && subject.size === 1 && subject.has(areaCode)) others = others.filter((r) => r.kind !== 'benefit');
  if (others.length === 0 || strongest(others) < strongest(fired.filter((r) => r.area === areaCode))) return null;
  return others.find((r) => EVIDENCE_WEIGHT[r.kind] === strongest(others))!.area;
}

/**
 * Document type, case area, language, keywords and a calibrated confidence for one document's text.
 * Pure: no I/O, no logging (the text is personal data). `config` limits the areas to those configured
 * and supplies the keyword vocabulary.
 */
export function classifyDocument(text: string, config?: PostmottakConfig, model: LoadedModel = promotedModel()): DocumentClassification {
  const { vector, sources } = extractFeatures(text, model.file.features, true);
  const language = detectLanguage(model.language, model.file.language.features, text);
  const said = readTypeCues(text, config?.typeRules ?? []);
  const type = typeScores(model, vector, text);
  const area = areaScores(model, vector, config, text);
  const t = argmax(type.probabilities);
  const a = argmax(area.probabilities);
  let documentType = type.classes[t] as DocumentType;
  if (!(documentTypes as readonly string[]).includes(documentType)) documentType = 'correspondence';
  let areaCode = area.classes[a]!;
  const rawScore = type.probabilities[t]! * area.probabilities[a]!;
  let confidence = applyCalibration(model.file.calibration, rawScore);
  const cueArea = unknownAreaByCues(config, model.area.classes, text);
  if (cueArea) {
    areaCode = cueArea;
    confidence = Math.min(confidence, 0.5);
  }
  // An area proposed by cue words says nothing about the type, so it leaves the type's confidence alone.
  let typeConfidence = model.file.typeCalibration ? Math.max(confidence, applyCalibration(model.file.typeCalibration, type.probabilities[t]!)) : confidence;
  if (model.file.linkCalibration) {
    confidence = applyCalibration(model.file.linkCalibration.newCase, confidence);
    typeConfidence = Math.max(confidence, applyCalibration(model.file.linkCalibration.mustLink, typeConfidence));
  }
  // Independent evidence (a law, a unit, a reference format, a benefit) names the area the model answered.
  const fired = area.evidence.map((rule) => evidenceRules.find((r) => r.id === rule)!);
  const evidenceBacked = fired.some((r) => r.area === areaCode);
  // The appeal's own sentences name another area's words and none of the answered one's: the answer rests
  // on benefits told elsewhere, as history (session 18, issue 13). Words from the configuration's area cues.
  const ownContest = config ? ownSentencesContest(text, areaCode, config.areas) : null;
  const areaContested = contested(fired, areaCode, text, true, area.subject) !== null || ownContest !== null;
  // The area the evidence names stays known even when the appeal clause lifted the contest: should the
  // confidence still fall under the threshold, the reason says which area contests (review of model9).
  const contestingArea = contested(fired, areaCode, text, false) ?? ownContest;
  if (model.file.writerCalibration) ({ confidence, typeConfidence } = applyWriterCalibration(model.file.writerCalibration, { confidence, typeConfidence, evidenceBacked }));
  // An area proposed by cue words alone stays with an archivist, whatever the maps say.
  if (cueArea) confidence = Math.min(confidence, 0.5);
  // Evidence that names another area contests the area: a new case is not opened on it unread. The
  // type's confidence stays (a follow-up takes its case's area, whatever this letter suggests).
  if (areaContested) confidence = Math.min(confidence, CONTESTED_AREA_CONFIDENCE_CAP);
  // A disability reading carried by "uføretidspunkt" mentioned in passing (onset-date-guard.ts) is not opened unread.
  const onsetInPassing = onsetDateInPassing(text, areaCode, evidenceBacked);
  if (onsetInPassing) confidence = Math.min(confidence, CONTESTED_AREA_CONFIDENCE_CAP);
  // Nor a treatment-abroad reading that says only where, not what (abroad-guard.ts).
  const abroadUnbacked = abroadWithoutEvidence(text, areaCode, evidenceBacked);
  if (abroadUnbacked) confidence = Math.min(confidence, CONTESTED_AREA_CONFIDENCE_CAP);
  // Two holds for a letter that opens a case only (a linked one takes its case's area; an expert statement on a
  // treatment abroad names no cost): one whose letter names no cost, refund or approval, the treatment abroad told
  // in passing (abroad-guard.ts); a sanctions reading whose writer was the patient refunded (patient-refund-guard.ts).
  const opensCase = !config || !mustLink(config, documentType);
  const abroadNoCost = opensCase && !abroadUnbacked && abroadWithoutCost(text, areaCode, fired, area.subject);
  if (abroadNoCost) confidence = Math.min(confidence, CONTESTED_AREA_CONFIDENCE_CAP);
  const patientsRefund = opensCase && sanctionsFromAPatient(text, areaCode, fired);
  if (patientsRefund) confidence = Math.min(confidence, CONTESTED_AREA_CONFIDENCE_CAP);
  // Nor one whose area the letter names only to deny it («jeg har aldri søkt uføretrygd»; negated-mention.ts).
  const negatedOnly = !evidenceBacked && negatedOnlyAreas(text).has(areaCode);
  if (negatedOnly) confidence = Math.min(confidence, CONTESTED_AREA_CONFIDENCE_CAP);
  // An appeal that says it will send its grounds later must not pass as an ordinary appeal: the
  // `grounds` deadline it should open would be lost. An archivist decides.
  // And a late appeal (fvl. § 31) must not pass as deadline-interrupting: it would open a `grounds`
  // deadline nobody owes and record the case as «Fristavbrytende klage» (QA s14 f HIGH-1).
  // Nor a letter delivering the grounds announced earlier as a new deadline-interrupting appeal: it
  // would open a second `grounds` and leave the first open.
  const newInterruption = documentType === 'appeal_deadline_interrupting' && (type.late || type.deliversGrounds);
  // Nor an appeal the late reading took from the model's deadline-interrupting answer (late19): typed
  // right for the archivist, but a promise the reader does not know would pass as an ordinary appeal.
  const lateOverAdi = type.lateOverruledModel && documentType === 'appeal';
  // Nor an appeal that apologises for its lateness and promises nothing the reader knows (fix-late19): it
  // may be a late appeal or a deadline-interrupting one whose promise is worded otherwise; the apology
  // alone is too weak to say which, so it moves no weight and an archivist decides.
  const apologisingAppeal = type.apologises && (documentType === 'appeal' || documentType === 'appeal_deadline_interrupting');
  // Nor an appeal that promises its grounds later only in a question («er det greit at jeg sender resten senere?»,
  // review of qafix21b): the question adds no weight (QA s21 C05 asks it of an appeal sent earlier), so it holds.
  const askingAppeal = type.asksToSendLater && documentType === 'appeal';
  // Nor a letter that tells of an appeal sent earlier and lodges none now («Jeg sendte klage i mars, hva skjer nå?»,
  // session 22): correspondence or comments, never a new appeal; read as one, an archivist decides.
  const earlierAppeal = type.earlierAppealOnly && (documentType === 'appeal' || documentType === 'appeal_deadline_interrupting');
  if ((type.interrupted && documentType === 'appeal') || newInterruption || lateOverAdi || apologisingAppeal || askingAppeal || earlierAppeal) {
    confidence = Math.min(confidence, INTERRUPTED_APPEAL_CONFIDENCE_CAP);
    typeConfidence = Math.min(typeConfidence, INTERRUPTED_APPEAL_CONFIDENCE_CAP);
  }
  // The letter's own words say it does something else than the type read: it appeals or comments while read as
  // correspondence (its deadline would be lost), or asks about its case while read as another type that the
  // model itself finds near correspondence. The phrases only hold; they never add weight to a type.
  const saysOtherwise = phraseAgainst(said, documentType, (t) => type.probabilities[type.classes.indexOf(t)] ?? 0);
  // Nor an appeal the lodged-appeal reading took from a declaration or a costs claim, unless the lodging is firm: a
  // declaration that only tells of an appeal would otherwise route on the model's whole certainty (review of opener21).
  // Nor a letter read as comments that answers nothing — no transfer letter, assessment or invitation answered, no
  // argument added — which may be correspondence (a status question, a new address): an archivist decides (session 21).
  const answersNone = config ? answersNothing(text, config.typeRules, documentType) : null;
  if (saysOtherwise || type.lodgedUnsure || answersNone) {
    confidence = Math.min(confidence, CONTESTED_AREA_CONFIDENCE_CAP);
    typeConfidence = Math.min(typeConfidence, CONTESTED_AREA_CONFIDENCE_CAP);
  }
  const noText = letterCount(text) < MIN_LETTERS;
  if (noText) {
    confidence = 0;
    typeConfidence = 0;
  }
  // Held before any case is looked up: neither comments nor an appeal may go through on such a heading.
  const hold: ClassifierHold | null = noText ? 'no_text' : headedCommentsAndAppeal(text) ? 'comments_or_appeal' : answersNone ? 'answers_nothing' : null;
  const explanation = [
    ...type.cues.map((label) => ({ feature: `rule:${label}`, weight: model.file.ruleBoost })),
    ...(onsetInPassing ? [{ feature: 'rule:uføretidspunkt in passing', weight: 0 }] : []),
    ...(type.late ? [{ feature: 'rule:appeal says it is late', weight: 0 }] : []),
    ...(type.apologises ? [{ feature: 'rule:apologises for the lateness', weight: 0 }] : []),
    ...(type.asksToSendLater ? [{ feature: 'rule:asks to send the grounds later', weight: 0 }] : []),
    ...(earlierAppeal ? [{ feature: 'rule:refers to an appeal sent earlier, lodges none', weight: 0 }] : []),
    ...(negatedOnly ? [{ feature: 'rule:area named only negated', weight: 0 }] : []),
    ...(abroadUnbacked ? [{ feature: 'rule:treatment abroad without evidence', weight: 0 }] : []),
    ...(abroadNoCost ? [{ feature: 'rule:treatment abroad names no cost or approval', weight: 0 }] : []),
    ...(patientsRefund ? [{ feature: 'rule:sanctions read in a patient\'s letter', weight: 0 }] : []),
    ...(saysOtherwise ? [{ feature: `rule:${saysOtherwise}`, weight: 0 }] : []),
    ...(type.lodgedUnsure ? [{ feature: 'rule:lodged appeal read against the model, held', weight: 0 }] : []),
    ...(answersNone ? [{ feature: `rule:${answersNone}`, weight: 0 }] : []),
    ...area.evidence.map((rule) => ({ feature: `evidence:${rule}`, weight: 1 })),
    ...explain(model.type, vector, sources, t, secondBest(type.probabilities, t), 'type', 6),
    ...explain(model.area, vector, sources, a, secondBest(area.probabilities, a), 'area', 4),
  ];
  return {
    documentType,
    area: areaCode,
    language: language.language,
    keywords: config ? keywordsFor(config, documentType, areaCode) : [],
    confidence: Math.round(confidence * 10000) / 10000,
    typeConfidence: Math.round(typeConfidence * 10000) / 10000,
    explanation,
    modelVersion: model.file.version,
    hold,
    detail: { typeProbability: type.probabilities[t]!, areaProbability: area.probabilities[a]!, languageConfidence: language.confidence, rawScore, hardCues: type.cues, evidenceBacked, areaContested, contestingArea },
  };
}
