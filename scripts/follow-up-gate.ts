/**
 * What the Link gate reads for a must-link document (a follow-up) and what holds the ones whose type is
 * right (link19): per set, the follow-ups that found a case, by how they found it (a reference or the
 * national id with one open case) and whether it was the right case; the confidence the gate read
 * (P(type right)) beside the joint P(type and area right) that the area read pulls down; and, for each
 * held one, the stages that made its type confidence: the type head's raw probability, the template
 * families' type map, the must-link link map. Prints ids, labels and confidences only: never a letter's text.
 *
 *   npx tsx scripts/follow-up-gate.ts [--list] [--stages]
 *     --stages  also runs the slice through the product's Link, Register, Deadlines and Route stages on a
 *               loopback DynamoDB (the simulation lets a second appeal join its person's case; the product
 *               opens a case for another decision, so a person may have two open cases there)
 *
 * Sets: the unseen writers' calibration half (out of fold, as scripts/unseen-review-reasons.ts), the
 * held-out families (no batches: a must-link letter is taken to find its case, as routedAt does), and the
 * follow-up slice written for link19 (eval-sets/follow-up-slice, its days run in order on one store).
 */
import { loadConfig } from '../config/load.ts';
import { classifyDocument, promotedModel, type DocumentClassification } from '../domain/classify/index.ts';
import { applyCalibration } from '../domain/classify/calibration.ts';
import { simulateBatch, type BatchLetter, type LetterOutcome } from '../domain/classify/batch-simulation.ts';
import { routedAt } from '../domain/classify/evaluate.ts';
import { mustLink, typeRule } from '../domain/config.ts';
import { extractFields } from '../domain/fields/index.ts';
import { loadRecords } from '../corpus/records.ts';
import { predictAll, simulate, thresholdsOf } from '../eval-sets/unseen-writers/evaluate.ts';
import { half, loadSplit, loadUnseenWriters } from '../eval-sets/unseen-writers/records.ts';
import { predictOutOfFold } from '../eval-sets/unseen-writers/writer-fit.ts';
import { followUpSlice } from '../eval-sets/follow-up-slice/src/letters.ts';
import { scriptArgs } from './script-args.ts';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { classificationOf } from '../domain/classify/stage.ts';
import { documentIdFor } from '../domain/identity.ts';
import { startDynamoDb } from '../local/dynamodb.ts';
import { createTable } from '../functions/commons/store/table-definition.ts';
import { dynamoStagePorts } from '../functions/commons/store/repositories.ts';
import { localKeyWrapper } from '../functions/commons/crypto/national-id-vault.ts';
import { registryStagesThroughAsl } from '../local/bound-stages.ts';

const { values } = scriptArgs('follow-up-gate', { options: { list: { type: 'boolean', default: false }, stages: { type: 'boolean', default: false } } });
const out = (s = '') => process.stdout.write(`${s}\n`);
const config = loadConfig();
const model = promotedModel();
const thresholds = thresholdsOf(config);
const links = (type: string) => mustLink(config, type);
const f2 = (x: number) => x.toFixed(2);

/** One must-link letter as the gate met it. */
interface FollowUp {
  id: string;
  truth: { documentType: string; area: string };
  read: { documentType: string; area: string; confidence: number; typeConfidence: number };
  /** The area of the case it joined (its own truth when the set has no cases). */
  caseArea: string;
  outcome: LetterOutcome['outcome'];
  heldBecause: LetterOutcome['heldBecause'];
  gated: number;
  matchedBy: LetterOutcome['matchedBy'] | 'assumed';
  /** Found a case, and it was the one it belongs to. */
  caseRight: boolean | null;
  /** The raw type probability (classifyDocument's detail), when classified here. */
  typeProbability: number | null;
}

/** The stages that made P(type right): raw, the template families' type map, the must-link link map. */
function typeStages(p: number | null): string {
  if (p === null) return '';
  const typeMap = model.file.typeCalibration ? applyCalibration(model.file.typeCalibration, p) : p;
  const linkMap = model.file.linkCalibration ? applyCalibration(model.file.linkCalibration.mustLink, typeMap) : typeMap;
  return `p(type) ${f2(p)} -> type map ${f2(typeMap)} -> link map ${f2(linkMap)}`;
}

function report(name: string, followUps: FollowUp[]) {
  out();
  out(`${name}: ${followUps.length} letters read as a must-link type (must-link threshold ${thresholds.mustLink})`);
  const found = followUps.filter((f) => f.matchedBy !== null);
  for (const by of ['case_reference', 'national_id', 'assumed'] as const) {
    const list = found.filter((f) => f.matchedBy === by);
    if (list.length === 0) continue;
    const right = list.filter((f) => f.caseRight).length;
    out(`  found a case by ${by.padEnd(14)} ${String(list.length).padStart(3)}${by === 'assumed' ? '' : `; the right case ${right}/${list.length}`}`);
  }
  const typeRight = found.filter((f) => f.read.documentType === f.truth.documentType);
  const otherArea = typeRight.filter((f) => f.read.area !== f.caseArea);
  const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : NaN);
  out(`  type right and found a case: ${typeRight.length}; area read differently from the case's: ${otherArea.length}`);
  out(`    of those: joint confidence median ${f2(median(otherArea.map((f) => f.read.confidence)))}, gated (type) median ${f2(median(otherArea.map((f) => f.gated)))}; routed ${otherArea.filter((f) => f.outcome === 'routed').length}/${otherArea.length}`);
  out(`    had the gate read the joint confidence, held: ${otherArea.filter((f) => f.read.confidence < thresholds.mustLink).length}/${otherArea.length} (it does not: a linked follow-up takes its case's area)`);
  const held = typeRight.filter((f) => f.outcome !== 'routed');
  out(`  type right, found a case, held: ${held.length}`);
  for (const f of held) {
    out(`    ${f.id.padEnd(12)} ${f.heldBecause ?? f.outcome} gate ${f2(f.gated)} joint ${f2(f.read.confidence)} read ${f.read.documentType}/${f.read.area} case ${f.caseArea}  ${typeStages(f.typeProbability)}`);
  }
  const routedWrong = found.filter((f) => f.outcome === 'routed' && (f.caseRight === false || f.read.documentType !== f.truth.documentType));
  out(`  routed wrong (type or case): ${routedWrong.length}${routedWrong.length ? ` (${routedWrong.map((f) => f.id).join(', ')})` : ''}`);
  const noCase = followUps.filter((f) => f.matchedBy === null);
  out(`  found no case: ${noCase.length}${noCase.length ? ` (${noCase.map((f) => `${f.id} ${f.heldBecause}`).join(', ')})` : ''}`);
  if (values.list) {
    for (const f of followUps) out(`    ${f.id.padEnd(12)} ${f.outcome.padEnd(8)} by ${String(f.matchedBy).padEnd(14)} gate ${f2(f.gated)} joint ${f2(f.read.confidence)} truth ${`${f.truth.documentType}/${f.truth.area}`.padEnd(42)} read ${f.read.documentType}/${f.read.area}`);
  }
}

/** The simulated outcomes of the letters read as a must-link type; `probability`: each letter's raw type probability. */
function followUpsOf(letters: BatchLetter[], outcomes: LetterOutcome[], probability: Map<string, number>): FollowUp[] {
  const byId = new Map(letters.map((l) => [l.id, l]));
  const rootOf = (id: string): string => {
    let at = byId.get(id)!;
    while (at.truth.linksTo && byId.has(at.truth.linksTo)) at = byId.get(at.truth.linksTo)!;
    return at.id;
  };
  // Without a case found, the case it belongs to is its opener's (truth).
  return outcomes.flatMap((o) => {
    const l = byId.get(o.id)!;
    if (!links(l.predicted.documentType)) return [];
    const root = byId.get(rootOf(l.id))!;
    return [{
      id: o.id, truth: { documentType: l.truth.documentType, area: l.truth.area }, read: l.predicted,
      caseArea: o.matchedBy ? o.reportedArea : root.truth.area,
      outcome: o.outcome, heldBecause: o.heldBecause, gated: o.gatedConfidence, matchedBy: o.matchedBy,
      caseRight: o.foundRightCase,
      typeProbability: probability.get(o.id) ?? null,
    }];
  });
}

// The calibration half, out of fold, as unseen-review-reasons.ts reads it.
{
  const records = half(loadUnseenWriters(), 'calibration', loadSplit());
  const predicted = model.file.writerCalibration ? predictOutOfFold(records, config, model) : predictAll(records, config, model);
  const outcomes = simulate(predicted, config);
  const probability = new Map(records.map((r) => [r.id, classifyDocument(r.text, config, model).detail.typeProbability]));
  const letters: BatchLetter[] = predicted.map((p) => ({ id: p.record.id, batch: p.record.batch, truth: { documentType: p.record.documentType, area: p.record.area, linksTo: p.record.linksTo, fields: p.record.truth }, predicted: { documentType: p.documentType, area: p.area, confidence: p.confidence, typeConfidence: p.typeConfidence, fields: p.fields, hold: p.hold } }));
  report('Unseen writers, calibration half (out of fold)', followUpsOf(letters, outcomes, probability));
}

// The held-out families: letters without batches, so a must-link letter is taken to find its case.
{
  const followUps: FollowUp[] = [];
  for (const r of loadRecords('eval-ocr')) {
    const c: DocumentClassification = classifyDocument(r.text, config, model);
    const gate = routedAt({ ...c, hold: c.hold }, config, thresholds);
    if (!gate.mustLink) continue;
    followUps.push({
      id: r.id, truth: { documentType: r.documentType, area: r.area }, read: c, caseArea: r.area,
      outcome: gate.routed ? 'routed' : 'review', heldBecause: gate.routed ? null : c.hold ? 'classifier' : 'below-threshold',
      gated: gate.confidence, matchedBy: 'assumed', caseRight: true, typeProbability: c.detail.typeProbability,
    });
  }
  report('Held-out families (each follow-up assumed to find its case)', followUps);
}

// The slice written for link19: its days in order on one store, so a later day's letters find earlier cases.
{
  const probability = new Map<string, number>();
  const letters: BatchLetter[] = followUpSlice.map((l) => {
    const c = classifyDocument(l.text, config, model);
    probability.set(l.id, c.detail.typeProbability);
    const fields = extractFields(l.text, typeRule(config, c.documentType).decisionDateOf);
    return { id: l.id, batch: l.batch, truth: { documentType: l.documentType, area: l.area, linksTo: l.linksTo, fields: { decisionDate: l.decisionDate, decisionReceivedDate: null } }, predicted: { documentType: c.documentType, area: c.area, confidence: c.confidence, typeConfidence: c.typeConfidence, fields, hold: c.hold } };
  });
  const outcomes = simulateBatch(letters, thresholds, links, (type) => typeRule(config, type).requiresDecisionDate === true);
  const openers = outcomes.filter((o) => !links(letters.find((l) => l.id === o.id)!.truth.documentType));
  out();
  out(`Follow-up slice (eval-sets/follow-up-slice): ${letters.length} letters, ${letters.filter((l) => l.truth.linksTo).length} follow-ups; openers routed ${openers.filter((o) => o.outcome === 'routed').length}/${openers.length}${openers.some((o) => o.outcome !== 'routed') ? ` (held: ${openers.filter((o) => o.outcome !== 'routed').map((o) => `${o.id} ${o.heldBecause}`).join(', ')})` : ''}`);
  report('Follow-up slice', followUpsOf(letters, outcomes, probability));
}

/**
 * The slice through the product's own stages (statemachines/intake.asl.json bound in process), each day
 * received on its own date: the case every follow-up was registered on, against the case its opener made.
 */
async function sliceThroughStages(): Promise<void> {
  const server = await startDynamoDb({ engine: 'dynalite' });
  try {
    const client = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: server.endpoint, region: 'eu-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }), { marshallOptions: { removeUndefinedValues: true } });
    await createTable(client, 'follow-up-gate');
    const key = Buffer.alloc(32, 7);
    const days = [...new Set(followUpSlice.map((l) => l.batch))];
    const caseOf = new Map<string, string | null>();
    const rows: string[] = [];
    const tally = { followUps: 0, routed: 0, rightCase: 0, wrongCase: 0, otherArea: 0, otherAreaRouted: 0 };
    for (const l of followUpSlice) {
      const receivedDate = `2025-03-${String(10 + days.indexOf(l.batch)).padStart(2, '0')}`;
      const deps = dynamoStagePorts({ client, table: 'follow-up-gate' }, { config, idHashKey: async () => 'follow-up-gate-national-id-hash-key-0123', now: () => new Date(`${receivedDate}T09:00:00Z`), nationalIdKey: () => localKeyWrapper(key) });
      const classification = classificationOf([{ pageIndex: 0, source: 'text_layer', text: l.text }], config, model, {}, { receivedDate });
      const intake = { bucket: 'postmottak-documents', key: `incoming/${l.id}/scan.pdf`, etag: l.id, versionId: null, receivedDate, postmarkDate: null };
      const documentId = documentIdFor(intake);
      const state = { intake, fileName: `${l.id}.pdf`, inspection: { status: 'ok' as const, documentId, format: 'pdf' as const, pageCount: 1, pageConcurrency: 1, pages: [] }, pages: [], classification };
      const { result, link } = await registryStagesThroughAsl(deps).run(state);
      caseOf.set(l.id, result.caseId);
      if (!l.linksTo) {
        rows.push(`    ${l.id} opener   ${result.status.padEnd(7)} case ${result.caseId ?? '-'}`);
        continue;
      }
      tally.followUps++;
      const own = caseOf.get(l.linksTo) ?? null;
      const routed = result.status === 'routed';
      const otherArea = classification.area !== l.area && classification.documentType === l.documentType;
      if (routed) {
        tally.routed++;
        if (result.caseId === own) tally.rightCase++;
        else tally.wrongCase++;
      }
      if (otherArea) {
        tally.otherArea++;
        if (routed) tally.otherAreaRouted++;
      }
      rows.push(`    ${l.id} ${result.status.padEnd(7)} ${(link?.reasonCode?.code ?? '').padEnd(22)} by ${String(link?.matchedBy ?? '-').padEnd(14)} read ${`${classification.documentType}/${classification.area}`.padEnd(42)} registered ${result.area} ${routed ? (result.caseId === own ? 'its case' : 'ANOTHER CASE') : ''} ${result.confidenceOf ?? ''} ${result.confidence ?? ''}`);
    }
    out();
    out(`Follow-up slice through the product's stages: ${tally.followUps} follow-ups; routed ${tally.routed}, on their own case ${tally.rightCase}, on another ${tally.wrongCase}`);
    out(`  type right, area read differently from the case's: routed ${tally.otherAreaRouted}/${tally.otherArea}`);
    if (values.list) for (const r of rows) out(r);
  } finally {
    await server.stop();
  }
}

if (values.stages) await sliceThroughStages();
