/**
 * npm run cost [-- --pages-per-document 2.5 --ocr-seconds 2.3 --review-share 0.15 ...]
 *
 * What postmottak costs in AWS per 1,000 pages and per 1,000 documents, every service of the stack
 * included, beside Amazon Textract DetectDocumentText for the same pages (OCR alone, nothing else).
 * Compute comes from measured seconds per stage and the memory in functions/lambda-functions.ts. The stages
 * (statemachines/intake.asl.json) run as Step Functions Express, billed per request and by duration,
 * walked from the file, so the model follows the definition that is deployed. start-intake starts them
 * once per upload by a start record in DynamoDB (no Standard guard; README "Why no guard"). X-Ray
 * sampling and the Express log level come from infra/settings.ts.
 */
import { readFileSync } from 'node:fs';
import { lambdaFunctions, triggerFunctions } from '../functions/lambda-functions.ts';
import { defaultSettings } from '../infra/settings.ts';
import config from '../config/postmottak.json' with { type: 'json' };
import { inlinePageBytes } from '../domain/inline-page-texts.ts';
import { scriptArgs } from './script-args.ts';

/**
 * The originals' bytes: the scanner's format is an assumption (nobody has told us what the mailroom's
 * scanner writes). corpus/render.ts and MEASURED.md take a page as 300 dpi and ~290 words; a greyscale
 * JPEG page at libjpeg's default quality 75 in a PDF, measured at that density by
 * scripts/measure-original-bytes.ts. `npm run cost` prints the cost at the other formats it measured.
 */
const ORIGINAL_KB = 662;
const ORIGINAL_SOURCE =
  'ASSUMED format, measured bytes: a 300 dpi greyscale JPEG page (quality 75, libjpeg\'s default) in a PDF, the resolution corpus/render.ts and MEASURED.md take for the mailroom\'s scanner. scripts/measure-original-bytes.ts, session 10 review (default --words-per-page 290): 20 held-out letters, 21 pages filled to 294 words a page with their own lines, the benchmarks\' light scan damage (corpus/render.ts lightScanDamage): mean 662 KB a page, median of the files 657 (619-712). At the generated 90 words a page the same format is 537. Was 261 (200 dpi, 90 words), and 300 before that (an assumption). The sensitivity lines below give the other formats; the damage is light (samples/03, a 300 dpi G4 TIFF, is 443 KB a page against 78 here), and colour scans, phone photos and text PDFs are not weighed';
/** scripts/measure-original-bytes.ts (default --words-per-page 290), KB a page by format, for the sensitivity line. */
/** Label, KB a page, its resolution, and whether its pages are filled to the measured words (else as generated). */
const ORIGINAL_FORMATS: [string, number, 200 | 300, boolean][] = [
  ['200 dpi greyscale JPEG q60 in PDF (bench-batch-scan)', 269, 200, true],
  ['200 dpi greyscale JPEG q75 in PDF', 334, 200, true],
  ['200 dpi greyscale JPEG q85 in PDF', 411, 200, true],
  ['300 dpi greyscale JPEG q75 in PDF (the estimate)', 662, 300, true],
  ['300 dpi greyscale JPEG q85 in PDF', 815, 300, true],
  ['300 dpi bilevel CCITT G4 TIFF', 78, 300, true],
  ['300 dpi greyscale q75, generated pages as they are (90 words)', 537, 300, false],
];

// ─── INPUTS: measured or assumed, each with its source. Override any with --kebab-case-name VALUE. ───
const inputs = {
  documentsPerFile: { value: 1, source: 'a file per letter; a morning batch scan with separator sheets holds many (issue 15: one execution, one start record, one inspection for the whole file, its parts in the Parts Map)' },
  sheetPagesPerDocument: { value: 0, source: 'separator or cover sheets per document in the scan: read by their code (~0.15 s), never OCR\'d, but pages all the same' },
  sheetSeconds: { value: 0.15, source: 'README: a sheet code is read in ~140 ms a page at fax quality (zxing-wasm), instead of OCR' },
  pagesPerDocument: { value: 2.5, source: 'assumption: letters and medical declarations are mostly 1-4 pages; long first-instance bundles are the minority' },
  scannedShare: { value: 1.0, source: 'assumption, worst case: every page is a scan without a text layer, so every page is OCRed' },
  textLayerSecondsPerPage: { value: 0.05, source: 'MEASURED.md: pdf-parse getText ~20 ms for a text PDF, plus the S3 round trip' },
  ocrSeconds: { value: 0.86, source: 'a page of the originals this model stores (300 dpi greyscale JPEG q75 in a PDF; extract-page brings it to config.ocr.targetDpi 200 before OCR): ocrSecondsAt200Dpi x 1.137, the ratio a-b-a-b of scripts/bench-batch-scan.ts --pages 12 --no-native --no-separators --stage-pages 10 --dpi 300 against --dpi 200, session 11 at load 12-17 (a page, all steps, process CPU: 300 dpi 942 and 929 ms, 200 dpi 795 and 851 ms; the 300 dpi page spends ~55 ms more in taking out and preparing its 2.25x pixels, and OCR reads the same 200 dpi pixels). scripts/bench-ocr-accuracy.ts --as-batch-scan --scan-quality 75, 12 held-out letters, measured the same path at 1.05x (0.81 against 0.77 s CPU a page); the larger ratio is kept. Was 0.76, measured on 200 dpi pages while the storage line stored 300 dpi ones' },
  ocrStoredPageFactor: { value: 1.37, source: 'OCR CPU of a page as the storage line stores it over a page as generated (both ocr-seconds figures were timed on generated pages, ~100 words): npx tsx scripts/measure-ocr-page-density.ts --documents 10, session 11, load 19-22: the same held-out pages (seed 4242, as measure-original-bytes.ts), 300 dpi greyscale JPEG q75 in a PDF, through engines/ocr readPage, a-b alternately, process CPU a page 1.21 s filled against 0.88 as generated (10 pages; 1.28/1.11 on the first 4 and 1.26/1.04 on the first 6 in earlier runs). The filled page prints 171 words, not the 290 measure-original-bytes.ts asks for: lines below the page\'s foot are not rendered (corpus/render.ts), so a real ~290-word page would cost more still. It errs high, on two counts: it was timed through readPage (recognition) on 300 dpi pages only, yet it multiplies the whole ocr-seconds page (0.86 s: taking out, preparing, sheet check and classification too, which do not grow with the words) and, in the sensitivity lines, the 200 dpi formats\' seconds as well; and the three runs spread 1.15/1.21/1.37 (filled over generated), of which this is the highest' },
  ocrSecondsAt200Dpi: { value: 0.76, source: 'scripts/bench-batch-scan.ts --pages 12 --no-native --no-separators --stage-pages 10, a page\'s steps one at a time, one worker, in process CPU of all threads (what one Lambda vCPU spends), session 7 on the quiet machine (load 2.9-3.6) after every session-7 change: JPEG out 10 ms, prepared 80, sheet code on the prepared page 20, OCR 639, classification 15 = a page now 764 ms CPU (665 ms wall). Session 6: 0.78-0.85 over four runs at load 3-10. The two session-7 savings (sheet check on the prepared pixels instead of a PNG: 64 -> 20 ms in this run; the 3x3 median in JS) were measured a-b, but a figure computed as 0.78 less those savings (0.71) was not what the bench measured, so the measured one is used. Session 8: pages with text unchanged (a-b-a-b 96063e4 vs ocr8 by the same bench, load 10-15: 835/773/797/825 ms, OCR 690/650/671/668: noise), so 0.76 is kept; blank pages: blankPageShare' },
  secondLookGateSeconds: { value: 0.01, source: 'the second look\'s gate on a page that does not fire (engines/ocr/unread-ink.ts: the share of inked cells no word box covers): scripts/bench-batch-scan.ts --pages 12 --no-native --no-separators --stage-pages 10, session 22, nice 19 at load 4.1-4.8 beside a full npm test, the step timed on its own after OCR on 10 straight 200 dpi pages: 10 ms CPU (11 ms wall) a page, fired on 0. The paired check, scripts/measure-second-look-cost.ts --documents 10 (new; readPage with readMissedText false and true, a-b then b-a, 10 held-out 300 dpi q75 pages, one worker, load 3.7-4.9): 1043 against 952 ms CPU a page (-90 ms; 4 pages: -411): the gate is well under the pairs\' noise, so the step timed on its own is the input' },
  secondLookFireShare: { value: 0.05, source: 'ASSUMED: share of OCR\'d pages whose first reading leaves inked cells unread (engines/ocr/unread-ink.ts) and that are skewed >= 1 degree (engines/ocr/skew-reading.ts), so are straightened and read again. On straight letters 0: scripts/bench-ocr-accuracy.ts 0 of 24 pages, bench-batch-scan.ts 0 of 10 (session 22), scripts/measure-second-look-cost.ts the gate opened on 3 of 10 straight 300 dpi pages and read none again (skew under 1 degree); such a page pays the skew estimate on top of the gate (README "Skew": +0.01-0.17 s CPU on the review\'s straight pages with marks), not counted apart here: lost in the pairs\' noise. The mailroom\'s skew is unmeasured (no real intake counted); 5% stands for a feeder that turns one page in twenty by 1-4 degrees. Count it from the "page read" line\'s secondLook field once real intake runs' },
  secondLookSeconds: { value: 1.2, source: 'ASSUMED from README "Skew" (scripts/bench-skew.ts, ocr22): a page that fires pays the skew estimate, the turn and a second full reading; QA A02 (2.8 degrees) +0.6 s CPU, the review\'s fired pages 0.5-2.3 s CPU each (before the fix round; straight ones since pay +0.01-0.17 s), PSM 6 once more when the straightened reading still leaves ink unread. 1.2 s, about one more 300 dpi page read, is the stated assumption; not re-measured here: none of the pages this session timed fired' },
  secondLookLogBytes: { value: 41, source: 'stages/extract-page.ts secondLookLogFields: the "page read" line of an OCR\'d page that does not fire grows by ,"secondLook":"not_fired","unread":0.03 (41 bytes); blank pages and sheets log no such field. Not in logKilobytesPerInvocation, measured in session 7' },
  secondLookFiredLogBytes: { value: 75, source: 'as secondLookLogBytes, a page that fires: ,"secondLook":"straightened","skewDeg":3.25,"unread":0.41,"unreadAfter":0 (75 bytes; ~65 with shorter figures)' },
  blankPageShare: { value: 0, source: 'share of scanned pages with nothing on them (the backs of one-sided letters in a duplex scan), which engines/images/blank-page.ts answers without OCR from session 8 on; 0 until real intake is counted (a duplex mailroom: up to half its sides)' },
  blankPageSeconds: { value: 0.08, source: 'scripts/bench-ocr-blank-pages.ts, session 8: a blank 200 dpi JPEG-in-PDF page through readPage (JPEG out, prepare, sheet check, blank check), 16 reads, 79 ms CPU, against 233 ms at 96063e4 (Tesseract read it to find no word), load 14' },
  prepareSeconds: { value: 0.1, source: 'assumption: preparation is inside ocrSeconds; this is the S3 read of the original and the write of the page text (the image is no longer PUT by extract-page, and from session 7 the text only when over its share of the state; not lowered until measured in Lambda)' },
  lambdaCpuFactor: { value: 1.25, source: 'assumption until measured in Lambda: one Graviton vCPU at >=1,769 MB vs one core of the benchmark machine' },
  coldStartShare: { value: 0.02, source: 'assumption: 1 invocation in 50 starts a new environment during a working day of steady intake' },
  coldStartSeconds: { value: 0.8, source: 'assumption: Node.js init with a bundled SDK; the OCR worker adds MEASURED.md 0.27 s (billed since Lambda bills INIT)' },
  reviewShare: { value: 0.15, source: 'assumption: share of documents an archivist looks at (a second execution resumes them at Link)' },
  originalKilobytesPerPage: { value: ORIGINAL_KB, source: ORIGINAL_SOURCE },
  artefactKilobytesPerPage: { value: 40, source: 'assumption: a dense A4 page (~400 words) of text + OCR word boxes + image source as JSON, at the ~95 bytes a word measured (scripts/measure-page-artefacts.ts: 21 held-out corpus pages, 90 words and 8.9 KB a page on average, max 227 words and 21.6 KB; real letters are denser than the generated ones). Decides whether a page travels in the Express state (domain/inline-page-texts.ts inlinePageBytes)' },
  artefactStoredShare: { value: 0.27, source: 'scripts/measure-page-artefacts.ts: gzip keeps 2.4 KB of a page\'s 8.9 KB of JSON on average (21 held-out pages); functions/commons/blob-store.ts stores page texts gzip-encoded from session 7 on (before, as JSON: 1)' },
  s3GetSeconds: { value: 0.02, source: 'estimate: one GET of a stored page text in the region (a few KB, gzip-decoded), waited for in Classify; scales its time with the pages it reads from the bucket' },
  sheetArtefactBytes: { value: 200, source: 'stages/extract-page.ts: a sheet keeps no text or words, only its code (~150-200 bytes of JSON)' },
  lettersPerDocument: { value: 0.35, source: 'npm run bench:route: 35% of documents open a new case, whose acknowledgement write-letters PUTs to outbox/ (an anke\'s letters, rarer, not counted); counted from session 7 on' },
  letterKilobytes: { value: 26, source: 'measured: mean of 200 acknowledgement PDFs (PDF/A) the test runs wrote to outbox/, 23-26 KB' },
  pageImageKilobytesPerPage: { value: 377, source: 'measured: the prepared page PNG extract-page stores for the archivist, mean of 29 pages of a generated 200 dpi batch scan (scripts/bench-batch-scan.ts pages, 224-631 KB); samples/03 (TIFF) 763 KB, samples/04 (photo) 185 KB. Counted from session 6 on; before, storage left it out' },
  pageImageShare: { value: 0.15, source: 'assumption, as review-share: the share of scanned pages whose image is ever made. extract-page stores none; the service makes a page\'s image the first time someone opens the document\'s pages (an archivist in review; a caseworker opening a routed one adds to it); before session 6 extract-page stored every page\'s image as it read it' },
  pageImageSeconds: { value: 0.15, source: 'measured: engines/images/page-image.ts makes a page\'s image from its original in 91-137 ms of process CPU for three 200 dpi scanner-PDF pages and 187 ms for samples/03 (TIFF), load 4; made in the api function (1,024 MB, 0.58 of a vCPU)' },
  logKilobytesPerInvocation: { value: 0.51, source: 'scripts/measure-log-bytes.ts, from session 7 on: a warm invocation writes its StageCompleted metric line (0.23 KB) and, in inspect, extract-page, classify, write-letters and start-intake (5.6 of 9.9 invocations a document), one INFO line of at most 0.49 KB (extract-page\'s "page read", the longest): 0.23 + 0.57 x 0.49 = 0.51. Lambda\'s START/END/REPORT lines are not ingested (infra/constructs/pipeline-function.ts: JSON format, system log level WARN) and the empty-metrics warning on every invocation (0.17 KB) is gone (functions/commons/powertools.ts); with both, the same count is ~1.0 KB (was 0.8, an assumption)' },
  logKilobytesPerTransition: { value: 0.5, source: 'assumption: Step Functions log level ALL without execution data, ~2 events per state' },
  loggedStateShare: { value: defaultSettings.stagesLogLevel === 'ALL' ? 1 : 0, source: `infra/settings.ts stagesLogLevel ${defaultSettings.stagesLogLevel}: ${defaultSettings.stagesLogLevel === 'ALL' ? 'every state entered and left is logged' : 'only failed, timed-out and caught tasks and executions are logged, and failures are not in this model'}` },
  traceSampleRate: { value: defaultSettings.traceSampleRate, source: 'infra/settings.ts traceSampleRate: the X-Ray sampling rule on start-intake and the stages machine (no reservoir); a decision\'s execution is counted as always traced (the API keeps the default rule)' },
  startRecordWrites: { value: 2, source: 'functions/start-intake/idempotent-start.ts (Powertools idempotency): a conditional PutItem IN_PROGRESS and an UpdateItem COMPLETED per upload, each item < 1 KB, 1 write request unit each'  },
  watchChecksPerInvocation: { value: 10, source: 'assumption, as start-intake\'s batch: the stages watchdog\'s checks arrive as the uploads did, 10 minutes later (batch size 10, 5 s window; infra/constructs/stages-watchdog.ts)' },
  watchReadUnits: { value: 2, source: 'functions/watch-stages/watch.ts: one strongly consistent GetItem of the document by the digest of its bytes (1 read unit per 4 KB; a document item taken as up to 8 KB); only an unfinished one reads up to three ids' },
  watchSeconds: { value: 0.1, source: 'estimate: GetObject of the original (~0.75 MB at 2.5 pages) to digest it, and one GetItem' },
  dynamoWritesPerDocument: { value: 15.37, source: 'scripts/measure-table-units.ts, session 8: the whole pipeline (Inspect to WriteLetters, real handlers, real ASL) on DynamoDB Local, ReturnConsumedCapacity INDEXES on every request, GSI writes included, 285 routed text PDFs, 35% new cases: the stages\' own items (new case 29, follow-up 8); the event feed is eventFeedWritesPerDocument. Was 5.81 (npm run bench:route, Link to Route only, without events)' },
  dynamoReadsPerDocument: { value: 3.5, source: 'scripts/measure-table-units.ts: same run (the feed reads nothing when nothing goes wrong). Was 2.17 (bench:route)' },
  eventFeedWritesPerDocument: { value: 14.26, source: 'scripts/measure-table-units.ts: same run, the table\'s event feed (functions/commons/store/event-feed.ts): 5.11 events a routed document, each a claim by id and a numbered entry (1 unit each) and a counter ADD a publish (4.05 a document): new case 24, follow-up 9' },
  reviewPathWrites: { value: 14, source: 'a document sent to review, stages\' own items: scripts/measure-table-units.ts --orphan-share 0.5 measured its first run (a declaration with no case: Inspect, Link\'s looks, Review) at 8; its resumed run after the archivist\'s decision taken as a routed follow-up\'s without Inspect (measured: 6). The decision\'s own API writes are not counted' },
  reviewPathFeedWrites: { value: 12, source: 'as reviewPathWrites, the event feed: first run 6 measured (DocumentReceived, DocumentInReview), the resumed run 6 (DocumentRegistered, CaseRouted)' },
  inspectWrites: { value: 2, source: 'scripts/measure-table-units.ts: Inspect\'s own writes, once per file (the content claim and the batch roll), inside dynamoWritesPerDocument and reviewPathWrites; a batch file\'s parts share them' },
  inspectFeedWrites: { value: 3, source: 'scripts/measure-table-units.ts: Inspect\'s DocumentReceived in the feed (counter, claim, entry), once per file (stages/inspect.ts), inside eventFeedWritesPerDocument and reviewPathFeedWrites' },
  reviewPathReads: { value: 5.5, source: 'as reviewPathWrites: first run 2.0 measured (npx tsx scripts/measure-table-units.ts --people 20 --orphan-share 0.5, session 10 review: "orphan declaration (medical_declaration, review) 10 ... 2.00" read units, "Link 1.00/2.00, Review 5.00/0.00" WCU/RCU), the resumed run 3.5 as a routed follow-up\'s. Was 10.6 (7.1 for the first run), which that script does not print' },
  kmsVaultRequestsRouted: { value: 1, source: 'npx tsx scripts/count-letter-requests.ts --count 8 --orphan-share 0.5, session 11: the national-id vault (functions/commons/crypto/national-id-vault.ts) makes 1 GenerateDataKey a routed letter (Register seals the document\'s ids) and no Decrypt in the stages (6 letters, all routed, each with an id). Every state counted as a fresh environment (the script forgets the vault\'s kept data keys between states), so a warm function\'s reuse across documents (data-key-cache.ts: up to 100 lists in 5 minutes) is not counted: it depends on the day\'s volume and the warm environments' },
  kmsVaultRequestsReviewed: { value: 4, source: 'npx tsx scripts/count-letter-requests.ts --count 8 --orphan-share 0.5, session 11: 3 orphan declarations to review, each opened once and decided through service/operations (reviewItem, decide), then resumed: "Review KMS GenerateDataKey 1.00, review view KMS Decrypt 1.00, decide KMS Decrypt 1.00, Register KMS GenerateDataKey 1.00; 4.00 KMS in all a reviewed letter". Was 9 (session 10: Review 2, view 2, decide 4): the decision now opens the ids once (the service passes the document it read to stages/decide.ts), and within one invocation the vault seals the item and its review copy with one data key and opens both with one Decrypt (data-key-cache.ts); each state counted as a fresh environment. A second look adds 1' },
  kmsPeriodRequestsPerFile: { value: 3, source: 'assumption, kept from the earlier 4 a file (which held the vault\'s one GenerateDataKey a document): the keys AWS services use per time period and principal, a share per file: S3 Bucket Key (infra/constructs/document-store.ts), SQS data keys kept an hour (intake-trigger.ts, stages-watchdog.ts), Step Functions\' data key (CustomerManagedEncryptionConfiguration, 5 minutes by default), DynamoDB\'s table keys, Lambda\'s environment at init. Their count depends on the day\'s volume and the number of warm environments, which nothing here measures: not lowered' },
  mailroomListsPerFile: { value: 1, source: 'AWS only, not counted locally: local/mailroom/uploader.ts asks ListObjectsV2 (billed as a PUT) under the bytes\' SHA-256 prefix before every file, so a re-sent scan makes no second object; the counting scripts upload with a bare PutObject (local/intake.ts)' },
  multipartPartMegabytes: { value: 8, source: 'local/mailroom/uploader.ts PART_SIZE: a file above it is sent in parts (CreateMultipartUpload, a PUT a part, CompleteMultipartUpload, each PUT-class) instead of one PUT; AWS only, the counting scripts send one PUT' },
  pageImageGets: { value: 3, source: 'service/adapters/s3-document-files.ts readPageImage, the first opening of a page: a GET of the PNG that is not there yet, a GET of the page\'s text artefact (readPage: where its image comes from), a GET of the original; then the PUT. Was 1 GET. Later openings and presigned views (a GET each) are not counted' },
  reconcileChecksPerFile: { value: 3, source: 'functions/reconcile/handler.ts, daily at 04:00: from session 10 only uploads of the last 3 days (domain/reconcile-window.ts), so an upload is read (GET of the original, to find its document by content) on ~3 runs, then never again; before, every original older than 30 minutes every day, forever. The LIST of incoming/ (1 request a 1,000 objects a day) still grows with the bucket and is not counted' },
  reconcileReadUnits: { value: 2, source: 'functions/commons/reconcile.ts findDocument: a strongly consistent GetItem of the document by its content id (1 unit a 4 KB; an item taken as up to 8 KB, as watchReadUnits), per check' },
  pageConcurrency: { value: defaultSettings.pageConcurrency, source: 'infra/settings.ts: pages of one document read at once in AWS (the Map\'s MaxConcurrencyPath, PAGE_CONCURRENCY)' },
  expressMemoryMb: { value: 64, source: 'assumption: Express bills duration in 64 MB chunks; an execution that only passes small JSON between Lambda calls stays in the first chunk' },
  stateOverheadSeconds: { value: 0.03, source: 'assumption: Step Functions\' own latency per state (Lambda invoke round trip, state entry/exit), added to the Express duration' },
} as const;

// Seconds of work per invocation for the stages that are not OCR (per document unless said).
const stageSeconds: Record<string, { seconds: number; per: 'document' | 'page'; source: string }> = {
  'start-intake': { seconds: 0.07, per: 'document', source: 'estimate: HeadObject + the start record (two DynamoDB writes, ~10 ms each) + StartExecution, ~10 messages a batch' },
  inspect: { seconds: 0.2, per: 'document', source: 'scripts/measure-stage-cpu.ts: sniff, page count and text layer take 4 ms CPU (a 3-page scanner PDF, 734 KB) to 64 ms (samples/04, a photo), warm, load 10; plus an estimated 0.13 s of requests (HeadObject, GET of the file, the content claim, PutEvents, the batch roll). Was 0.4 s, an estimate' },
  'extract-page': { seconds: NaN, per: 'page', source: 'from ocrSeconds, blankPageShare, blankPageSeconds, prepareSeconds, scannedShare (above)' },
  classify: { seconds: 0.05, per: 'document', source: 'scripts/measure-stage-cpu.ts: 5 ms CPU a page (60 held-out letters, warm, load 10), so ~13 ms at 2.5 pages; plus an estimated ~30 ms for the one PUT of the document\'s texts (its pages come in the state). Was 0.3 s, an assumption that included a GET a page' },
  link: { seconds: 0.05, per: 'document', source: 'estimate: a few DynamoDB queries of a few ms each' },
  review: { seconds: 0.05, per: 'document', source: 'as link (only for documents sent to review)' },
  register: { seconds: 0.1, per: 'document', source: 'a transactional write of several items' },
  deadlines: { seconds: 0.05, per: 'document', source: 'calendar arithmetic and one write' },
  route: { seconds: 0.05, per: 'document', source: 'one write' },
  'write-letters': { seconds: 0.05, per: 'document', source: 'most documents call for no letter (a conditional check); a new case\'s acknowledgement renders in ~0.18 s warm (npm run bench:letters), about one document in three' },
  reject: { seconds: 0, per: 'document', source: 'rejected documents are not in this model' },
  'record-failure': { seconds: 0, per: 'document', source: 'failures are not in this model' },
};

// List prices, USD. Source: aws.amazon.com/<service>/pricing, on-demand, first tier. Stockholm (eu-north-1)
// is the deployment region; where its price is not known to differ, the US East figure is used. Not
// re-checked from this offline machine: check the pricing pages before budgeting.
const prices = {
  lambdaArmGbSecond: { value: 0.0000133334, source: 'Lambda, Arm, first 7.5 billion GB-s a month' },
  lambdaRequest: { value: 0.2 / 1e6, source: 'Lambda, $0.20 per million requests' },
  stateTransition: { value: 0.025 / 1000, source: 'Step Functions Standard, $0.025 per 1,000 state transitions (only for the comparison: nothing runs as Standard)' },
  expressRequest: { value: 1.0 / 1e6, source: 'Step Functions Express, $1.00 per million requests (executions)' },
  expressGbSecond: { value: 0.00001667, source: 'Step Functions Express, $0.00001667 per GB-second, first 1,000 GB-hours; 64 MB chunks, 100 ms increments' },
  s3Put: { value: 0.005 / 1000, source: 'S3 Standard PUT/COPY/POST/LIST, $0.005 per 1,000' },
  s3Get: { value: 0.0004 / 1000, source: 'S3 Standard GET/SELECT, $0.0004 per 1,000' },
  s3GbMonth: { value: 0.023, source: 'S3 Standard storage, first 50 TB, per GB-month' },
  dynamoWrite: { value: 0.625 / 1e6, source: 'DynamoDB on-demand, $0.625 per million write request units' },
  dynamoRead: { value: 0.125 / 1e6, source: 'DynamoDB on-demand, $0.125 per million read request units' },
  kmsRequest: { value: 0.03 / 10000, source: 'KMS, $0.03 per 10,000 requests' },
  sqsRequest: { value: 0.4 / 1e6, source: 'SQS standard, $0.40 per million requests' },
  eventBridgeAwsEvent: { value: 0, source: 'EventBridge: events from AWS services (S3) on the default bus are free' },
  logsIngestGb: { value: 0.5, source: 'CloudWatch Logs standard ingestion, $0.50 per GB' },
  xrayTrace: { value: 5 / 1e6, source: 'X-Ray, $5.00 per million traces recorded (the first 100,000 a month free, not counted here)' },
  textractPage: { value: 1.5 / 1000, source: 'Textract DetectDocumentText, $1.50 per 1,000 pages (first million pages a month)' },
  textractPageOverMillion: { value: 0.6 / 1000, source: 'Textract DetectDocumentText, $0.60 per 1,000 pages above one million a month' },
} as const;
const TARGET_FACTOR = 10;
/** Issue 15 item 7: all services per 1,000 pages, at the pages a document the inputs assume. */
const TARGET_PER_1000_PAGES = 0.05;
/** What the Standard guard cost before session 6 (its 1.15 transitions a document, README "Why no guard"): the watchdog's bound. */
const GUARD_PER_1000_DOCUMENTS = 1.15 * prices.stateTransition.value * 1000;
// ──────────────────────────────────────────────────────────────────────────────────────────────

type InputName = keyof typeof inputs;
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const { values: flags } = scriptArgs('cost', { options: Object.fromEntries(Object.keys(inputs).map((k) => [kebab(k), { type: 'string' as const }])) });
/** Inputs set for one line of a sensitivity table (the scanner's format moves the OCR seconds and the bytes). */
const sensitivity = new Map<InputName, number>();
const input = (name: InputName): number => {
  const set = sensitivity.get(name);
  if (set !== undefined) return set;
  const raw = flags[kebab(name)];
  if (raw === undefined) return inputs[name].value;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${kebab(name)} must be a non-negative number`);
  return value;
};

// ─── State transitions and Express duration, by walking the ASL files ───
interface AslState { Type: string; Resource?: string; Next?: string; End?: boolean; Default?: string; Choices?: { Next: string }[]; ItemProcessor?: Asl; Iterator?: Asl }
interface Asl { StartAt: string; States: Record<string, AslState> }
const readAsl = (file: string) => JSON.parse(readFileSync(new URL(`../statemachines/${file}`, import.meta.url), 'utf8')) as Asl;
const asl = readAsl('intake.asl.json');

/** The states entered on a path where Choice states take `choose`'s branch, else their Default. */
function pathThrough(machine: Asl, choose: Record<string, string>): AslState[] {
  const path: AslState[] = [];
  let name: string | undefined = machine.StartAt;
  const seen = new Set<string>();
  while (name) {
    if (seen.has(name)) throw new Error(`the cost walk loops at ${name}`);
    seen.add(name);
    const state: AslState | undefined = machine.States[name];
    if (!state) throw new Error(`the ASL has no state ${name} (the cost model names it)`);
    path.push(state);
    name = state.Type === 'Choice' ? (choose[name] ?? state.Default) : state.End ? undefined : state.Next;
  }
  return path;
}

/** States entered (each one a billed Standard transition; for Express, what is logged), Map iterations included. */
function transitions(machine: Asl, pages: number, choose: Record<string, string>): number {
  return pathThrough(machine, choose).reduce((count, state) => {
    const inner = state.ItemProcessor ?? state.Iterator;
    return count + 1 + (state.Type === 'Map' && inner ? pages * transitions(inner, pages, {}) : 0);
  }, 0);
}

const functionOf = (resource: string) => {
  const spec = lambdaFunctions.find((f) => resource === `\${${f.substitution}}`);
  if (!spec) throw new Error(`no function of functions/lambda-functions.ts for Resource ${resource}`);
  return spec.name;
};

/** Wall-clock seconds of one execution on this path: each task's seconds, and the Map in rounds of `concurrency` pages. */
function duration(machine: Asl, pages: number, choose: Record<string, string>, taskSeconds: (name: string) => number, concurrency: number): number {
  return pathThrough(machine, choose).reduce((seconds, state) => {
    const inner = state.ItemProcessor ?? state.Iterator;
    if (state.Type === 'Map' && inner) return seconds + Math.ceil(pages / concurrency) * duration(inner, pages, {}, taskSeconds, concurrency);
    return seconds + input('stateOverheadSeconds') + (state.Type === 'Task' && state.Resource ? taskSeconds(functionOf(state.Resource)) : 0);
  }, 0);
}

const memoryGb = (name: string) => {
  const spec = [...lambdaFunctions, ...triggerFunctions].find((f) => f.name === name);
  if (!spec) throw new Error(`functions/lambda-functions.ts has no function ${name}`);
  return spec.memoryMb / 1024;
};

/** The whole model for one document of `pagesPerDocument` pages, every other input as given. */
function costModel(pagesPerDocument: number) {
  const paths = { routed: {}, toReview: { NeedsReview: 'Review' }, resumed: { IsArchivistDecision: 'Link' } } as const;
  const routed = transitions(asl, pagesPerDocument, paths.routed);
  const toReview = transitions(asl, pagesPerDocument, paths.toReview);
  const resumed = transitions(asl, pagesPerDocument, paths.resumed);
  const reviewShare = input('reviewShare');
  const perDocument = (f: (choose: Record<string, string>) => number) => (1 - reviewShare) * f(paths.routed) + reviewShare * (f(paths.toReview) + f(paths.resumed));
  // What the stages would cost as a Standard workflow, for comparison.
  const transitionsPerDocument = perDocument((choose) => transitions(asl, pagesPerDocument, choose));
  // Every execution (a new document, and a resumed one) is one Express execution; a new one has a start record.
  // A batch scan is one execution for all its documents (their parts run in the Parts Map); a resumed review item is one of its own.
  const perFile = 1 / input('documentsPerFile');
  const executionsPerDocument = perFile + reviewShare;
  const startRecordWrites = perFile * input('startRecordWrites');

  // ─── Compute per document ───
  const cpu = input('lambdaCpuFactor');
  const scanned = input('scannedShare');
  const blank = input('blankPageShare');
  // The second look (engines/ocr/index.ts readPage): its gate on every page OCR reads (a blank page and a
  // sheet answer before it), the straightened re-reading on the share that fires. Not scaled by the stored
  // page's words: the gate looks at pixels, and the re-read is an assumption of its own.
  const fireShare = input('secondLookFireShare');
  const secondLookPageSeconds = input('secondLookGateSeconds') + fireShare * input('secondLookSeconds');
  const scannedPageSeconds = (1 - blank) * (input('ocrSeconds') * input('ocrStoredPageFactor') + secondLookPageSeconds) + blank * input('blankPageSeconds') + input('prepareSeconds');
  const pageSeconds = cpu * (scanned * scannedPageSeconds + (1 - scanned) * input('textLayerSecondsPerPage'));
  const sheets = input('sheetPagesPerDocument');
  const sheetSeconds = cpu * input('sheetSeconds');
  // A page's text travels in the Express state when it fits its share of it (domain/inline-page-texts.ts):
  // the share is set by the file's page count (a batch scan's file holds many documents and sheets).
  const share = inlinePageBytes(Math.ceil((pagesPerDocument + sheets) / perFile));
  const pagesInState = input('artefactKilobytesPerPage') * 1024 <= share ? pagesPerDocument : 0;
  const sheetsInState = input('sheetArtefactBytes') <= share ? sheets : 0;
  const stored = pagesPerDocument - pagesInState + (sheets - sheetsInState);
  // What Classify reads from the bucket: each stored page and sheet of the file; in a split file each
  // part's Classify reads its stored pages again, and the file's artefact once when texts travelled
  // (after Classify the state carries references only: statemachines/intake.asl.json PageTextsStored).
  const split = perFile < 1;
  const storedPages = pagesPerDocument - pagesInState;
  const classifyGets = storedPages + (sheets - sheetsInState) + (split ? storedPages + (pagesInState > 0 ? 1 : 0) : 0);
  // A split file has a Classify of its own besides one a part.
  const classifyInvocations = split ? 1 + perFile : 1;
  const classifySeconds = cpu * stageSeconds.classify!.seconds + (classifyGets * input('s3GetSeconds')) / classifyInvocations;
  const taskSeconds = (name: string) => (name === 'extract-page' ? pageSeconds : name === 'classify' ? classifySeconds : cpu * stageSeconds[name]!.seconds);
  // Express bills each execution's duration rounded up to 100 ms, in 64 MB chunks of memory.
  const billedSeconds = (choose: Record<string, string>) => Math.ceil(duration(asl, pagesPerDocument, choose, taskSeconds, input('pageConcurrency')) / 0.1) * 0.1;
  const expressGbSeconds = perDocument(billedSeconds) * (Math.ceil(input('expressMemoryMb') / 64) * 64) / 1024;
  const expressSeconds = billedSeconds(paths.routed);
  const invocations: Record<string, number> = {
    'start-intake': perFile / 10,
    inspect: perFile,
    'extract-page': pagesPerDocument + sheets,
    classify: classifyInvocations,
    link: 1 + reviewShare,
    review: reviewShare,
    register: 1,
    deadlines: 1,
    'write-letters': 1,
    route: 1,
  };
  const coldShare = input('coldStartShare');
  let gbSeconds = 0;
  for (const [name, count] of Object.entries(invocations)) {
    // A sheet page costs its code's reading, not OCR.
    const seconds = name === 'extract-page' ? (pagesPerDocument * pageSeconds + sheets * sheetSeconds) / (pagesPerDocument + sheets) : name === 'start-intake' ? stageSeconds[name]!.seconds * 10 : name === 'classify' ? classifySeconds : cpu * stageSeconds[name]!.seconds;
    gbSeconds += count * memoryGb(name) * (seconds + coldShare * input('coldStartSeconds'));
  }
  const ocrGbSeconds = memoryGb('extract-page') * (pagesPerDocument * pageSeconds + sheets * sheetSeconds + (pagesPerDocument + sheets) * coldShare * input('coldStartSeconds'));
  const lambdaInvocations = Object.values(invocations).reduce((a, b) => a + b, 0);

  // ─── Requests per document ───
  const pageImages = scanned * pagesPerDocument * input('pageImageShare');
  // Made in the api function on opening: its share of a vCPU stretches the CPU seconds (Lambda gives one vCPU at 1,769 MB).
  const apiGb = memoryGb('api');
  const pageImageGbSeconds = pageImages * apiGb * ((cpu * input('pageImageSeconds')) / Math.min(1, apiGb / (1769 / 1024)));
  const s3Puts =
    perFile /* the mailroom's upload */ +
    stored /* ExtractPage: a page (or sheet) too large for its share, on its own key */ +
    (pagesInState + sheetsInState > 0 ? perFile : 0) /* Classify: the texts that came in the state, one artefact a file */ +
    pageImages /* the page image, when first opened */ +
    input('lettersPerDocument') /* write-letters: an acknowledgement to outbox/ */;
  const s3Gets = perFile /* inspect */ + (pagesPerDocument + sheets) /* extract-page reads the original */ + classifyGets /* classify reads a stored page (a split file's twice) or sheet */ + pageImages /* the original, to make a page image */ + perFile /* start-intake's HeadObject (AWS only: a local run starts its executions itself); scripts/count-letter-requests.ts counts no other GET, session 10 (was 2: HeadObject, misc) */;
  // The vault's requests are a document's own (a batch file's parts each seal theirs); the services' period keys a file's share.
  const kmsRequests = (1 - reviewShare) * input('kmsVaultRequestsRouted') + reviewShare * input('kmsVaultRequestsReviewed') + perFile * input('kmsPeriodRequestsPerFile');
  const sqsRequests = (1 + 2 / 10) * perFile; // EventBridge's send, batched receive and delete
  // The stages log at the configured level (README "Why no guard": what is kept).
  // The "page read" line of an OCR'd page carries the second look's fields (secondLookLogBytes).
  const ocrdPages = pagesPerDocument * scanned * (1 - blank);
  const secondLookLogKb = (ocrdPages * ((1 - fireShare) * input('secondLookLogBytes') + fireShare * input('secondLookFiredLogBytes'))) / 1024;
  const logGb = (lambdaInvocations * input('logKilobytesPerInvocation') + secondLookLogKb + transitionsPerDocument * input('loggedStateShare') * input('logKilobytesPerTransition')) / 1024 / 1024;
  // New intakes at the sampled rate; a decision's execution as always traced.
  const traces = perFile * input('traceSampleRate') + reviewShare;
  const storageGbMonth = ((pagesPerDocument + sheets) * input('originalKilobytesPerPage') + pagesPerDocument * input('artefactKilobytesPerPage') * input('artefactStoredShare') + pageImages * input('pageImageKilobytesPerPage') + input('lettersPerDocument') * input('letterKilobytes')) / 1024 / 1024;

  // Requests only AWS makes, which no local count sees (the counting scripts upload with one PutObject and
  // drive no service): the mailroom's LIST and multipart parts, a page image's further GETs on its first opening.
  const fileMegabytes = ((pagesPerDocument + sheets) / perFile) * input('originalKilobytesPerPage') / 1024;
  const multipartExtraPuts = fileMegabytes > input('multipartPartMegabytes') ? Math.ceil(fileMegabytes / input('multipartPartMegabytes')) + 1 : 0;
  const awsOnlyPuts = perFile * (input('mailroomListsPerFile') + multipartExtraPuts);
  const awsOnlyGets = pageImages * Math.max(0, input('pageImageGets') - 1);
  // The daily reconcile, per upload over its life: a GET of the original and the document's read a check.
  const reconcile = perFile * input('reconcileChecksPerFile') * (prices.s3Get.value + input('reconcileReadUnits') * prices.dynamoRead.value);

  const lines: [string, number][] = [
    ['Lambda: OCR (extract-page), GB-s', ocrGbSeconds * prices.lambdaArmGbSecond.value],
    ['Lambda: other stages, GB-s', (gbSeconds - ocrGbSeconds) * prices.lambdaArmGbSecond.value],
    ['Lambda: requests', lambdaInvocations * prices.lambdaRequest.value],
    ['Lambda: page images made on opening (api)', pageImageGbSeconds * prices.lambdaArmGbSecond.value],
    ['DynamoDB: start records (start-intake)', startRecordWrites * prices.dynamoWrite.value],
    ['Step Functions Express: requests', executionsPerDocument * prices.expressRequest.value],
    ['Step Functions Express: duration', expressGbSeconds * prices.expressGbSecond.value],
    ['S3: PUT + GET requests', s3Puts * prices.s3Put.value + s3Gets * prices.s3Get.value],
    ['S3: AWS-only requests, not counted locally', awsOnlyPuts * prices.s3Put.value + awsOnlyGets * prices.s3Get.value],
    ['Daily reconcile (S3 GET + DynamoDB reads)', reconcile],
    ['S3: storage, first month', storageGbMonth * prices.s3GbMonth.value],
    // A reviewed document runs to Review, then again from Link once decided: its units replace a routed one's.
    // Inspect's share is per file: measured one document a file, so a batch file's parts take it once.
    ['DynamoDB on-demand: the stages\' items', ((1 - reviewShare) * input('dynamoWritesPerDocument') + reviewShare * input('reviewPathWrites') - (1 - perFile) * input('inspectWrites')) * prices.dynamoWrite.value + ((1 - reviewShare) * input('dynamoReadsPerDocument') + reviewShare * input('reviewPathReads')) * prices.dynamoRead.value],
    ['DynamoDB on-demand: the event feed', ((1 - reviewShare) * input('eventFeedWritesPerDocument') + reviewShare * input('reviewPathFeedWrites') - (1 - perFile) * input('inspectFeedWrites')) * prices.dynamoWrite.value],
    ['KMS requests', kmsRequests * prices.kmsRequest.value],
    ['SQS requests', sqsRequests * prices.sqsRequest.value],
    ['EventBridge (S3 events)', prices.eventBridgeAwsEvent.value],
    ['CloudWatch Logs ingestion', logGb * prices.logsIngestGb.value],
    ['X-Ray traces', traces * prices.xrayTrace.value],
  ];
  // The stages watchdog (README "Why no guard"), per upload: start-intake's SendMessage to the check queue,
  // its batched receive and delete, a share of a watch-stages invocation (GB-s, request, log, sampled
  // trace), a GET of the original and the document's read. Documents that need recording are failures,
  // which this model leaves out. Not per document: Lambda's pollers of the check queue, a fixed ~$0.26 a
  // month (5 long polls of 20 s; the intake queue has the same).
  const watchInvocations = perFile / input('watchChecksPerInvocation');
  const watchdog =
    (1 + 2 / input('watchChecksPerInvocation')) * perFile * prices.sqsRequest.value +
    watchInvocations * (prices.lambdaRequest.value + memoryGb('watch-stages') * (input('watchSeconds') * input('watchChecksPerInvocation') + coldShare * input('coldStartSeconds')) * prices.lambdaArmGbSecond.value) +
    (watchInvocations * input('logKilobytesPerInvocation') * prices.logsIngestGb.value) / 1024 / 1024 +
    watchInvocations * input('traceSampleRate') * prices.xrayTrace.value +
    perFile * (prices.s3Get.value + input('watchReadUnits') * prices.dynamoRead.value);
  lines.push(['Stages watchdog (watch-stages), all of it', watchdog]);
  const total = lines.reduce((sum, [, usd]) => sum + usd, 0);
  // Every page the mailroom scanned counts, sheets included.
  const perPage = total / (pagesPerDocument + sheets);
  // A Standard workflow dedupes by execution name: no start records, no Express lines, a transition per state.
  const orchestration = new Set(['DynamoDB: start records (start-intake)', 'Step Functions Express: requests', 'Step Functions Express: duration', 'Stages watchdog (watch-stages), all of it']);
  const allStandard = total - lines.filter(([name]) => orchestration.has(name)).reduce((sum, [, v]) => sum + v, 0) + transitionsPerDocument * prices.stateTransition.value;
  return { awsOnlyPuts, awsOnlyGets, multipartExtraPuts, storageGbMonth, s3Puts, s3Gets, pagesInState, share, routed, toReview, resumed, transitionsPerDocument, startRecordWrites, watchdog, expressSeconds, pageSeconds, taskSeconds, invocations, lines, perDocument: total, perPage, allStandardPerPage: allStandard / (pagesPerDocument + sheets) };
}

const pagesPerDocument = input('pagesPerDocument');
const { awsOnlyPuts, awsOnlyGets, multipartExtraPuts, s3Puts, s3Gets, pagesInState, share, routed, toReview, resumed, transitionsPerDocument, startRecordWrites, watchdog, expressSeconds, pageSeconds, taskSeconds, invocations, lines, perDocument, perPage, allStandardPerPage } = costModel(pagesPerDocument);
const textract = prices.textractPage.value;

// ─── Report ───
const usd = (v: number) => `$${v.toFixed(4)}`;
const out: string[] = [];
out.push('postmottak in AWS (eu-north-1, arm64): cost model', '');
out.push('Inputs (override with --name value):');
for (const [name, { value, source }] of Object.entries(inputs)) out.push(`  ${kebab(name).padEnd(30)} ${String(input(name as InputName)).padStart(8)}${input(name as InputName) !== value ? ' (overridden)' : ''}  ${source}`);
out.push('', 'Per stage (memory from functions/lambda-functions.ts):');
for (const [name, count] of Object.entries(invocations)) out.push(`  ${name.padEnd(14)} ${String(memoryGb(name) * 1024).padStart(5)} MB  x${count.toFixed(2).padStart(5)} per document  ${name === 'extract-page' ? `${pageSeconds.toFixed(2)} s a page` : name === 'classify' ? `${stageSeconds[name]!.seconds} s + ${input('s3GetSeconds')} s a GET of a stored page` : `${stageSeconds[name]!.seconds} s`}  (${stageSeconds[name]!.source})`);
out.push(`  S3 per document: ${s3Puts.toFixed(2)} PUT, ${s3Gets.toFixed(2)} GET; ${pagesInState ? 'every' : 'no'} text page travels in the Express state (a page's share ${(share / 1024).toFixed(0)} KB at ${Math.ceil((pagesPerDocument + input('sheetPagesPerDocument')) * input('documentsPerFile'))} pages a file; a page ${input('artefactKilobytesPerPage')} KB)`);
out.push(`  AWS-only S3 per document (not counted locally): ${awsOnlyPuts.toFixed(2)} PUT-class (the mailroom's LIST${multipartExtraPuts ? `, ${multipartExtraPuts} more for a multipart upload` : '; a file under the part size goes in one PUT'}), ${awsOnlyGets.toFixed(2)} GET (a page image's first opening: the PNG's miss and the page text)`);
out.push(`  start-record writes per document: ${startRecordWrites.toFixed(2)} (start-intake, once per upload; no Standard execution)`);
out.push(`  stages watchdog per upload: 1 SQS send + ${(2 / input('watchChecksPerInvocation')).toFixed(1)} receive/delete, ${(1 / input('watchChecksPerInvocation')).toFixed(2)} watch-stages invocation (${input('watchSeconds')} s a check), 1 S3 GET, ${input('watchReadUnits')} read units: ${usd(watchdog * 1000)} per 1,000 documents (the Standard guard it replaces: ${usd(GUARD_PER_1000_DOCUMENTS)})`);
out.push(`  stage states per document: ${transitionsPerDocument.toFixed(1)} (routed ${routed}, review ${toReview} + resume ${resumed}, walked in statemachines/intake.asl.json): Express, billed by duration, not per state`);
out.push(`  Express duration of a routed document: ${expressSeconds.toFixed(1)} s billed at ${input('expressMemoryMb')} MB (the stage times on its path, pages ${input('pageConcurrency')} at a time)`);
out.push('', `Cost breakdown (${pagesPerDocument} pages a document):`);
out.push(`  ${'service'.padEnd(40)} ${'per 1,000 pages'.padStart(16)} ${'per 1,000 documents'.padStart(20)}  share`);
const scannedPages = pagesPerDocument + input('sheetPagesPerDocument');
for (const [name, perDoc] of lines) out.push(`  ${name.padEnd(40)} ${usd((perDoc / scannedPages) * 1000).padStart(16)} ${usd(perDoc * 1000).padStart(20)}  ${((perDoc / perDocument) * 100).toFixed(0).padStart(4)}%`);
out.push(`  ${'TOTAL, all services'.padEnd(40)} ${usd(perPage * 1000).padStart(16)} ${usd(perDocument * 1000).padStart(20)}`);
// What the second look at unread ink (session 22) moved: the same model without its gate, re-reads and log fields.
const withoutSecondLook = (() => {
  for (const name of ['secondLookGateSeconds', 'secondLookFireShare', 'secondLookLogBytes', 'secondLookFiredLogBytes'] as const) sensitivity.set(name, 0);
  try {
    return costModel(pagesPerDocument);
  } finally {
    sensitivity.clear();
  }
})();
out.push(`  of which the second look at skewed pages: ${usd((perPage - withoutSecondLook.perPage) * 1000)} per 1,000 pages (without it ${usd(withoutSecondLook.perPage * 1000)}; ${withoutSecondLook.pageSeconds.toFixed(2)} -> ${pageSeconds.toFixed(2)} s a page in Lambda: the gate ${input('secondLookGateSeconds')} s on every OCR'd page, ${input('secondLookSeconds')} s on the ${(input('secondLookFireShare') * 100).toFixed(0)}% assumed to fire; "page read" ${input('secondLookLogBytes')}/${input('secondLookFiredLogBytes')} bytes more)`);
// The format moves the stored bytes and, by its resolution, the OCR seconds (a 200 dpi page is not resampled).
const atFormat = (kb: number, dpi: 200 | 300, filled: boolean) => {
  sensitivity.set('originalKilobytesPerPage', kb);
  if (!filled) sensitivity.set('ocrStoredPageFactor', 1);
  sensitivity.set('ocrSeconds', dpi === 200 ? input('ocrSecondsAt200Dpi') : input('ocrSeconds'));
  try {
    return costModel(pagesPerDocument).perPage * 1000;
  } finally {
    sensitivity.clear();
  }
};
out.push('', `Sensitivity to the scanner's format (an assumption; KB a page from scripts/measure-original-bytes.ts at its words a page; OCR seconds ${input('ocrSecondsAt200Dpi')} at 200 dpi, ${input('ocrSeconds')} at 300 dpi, each x ${input('ocrStoredPageFactor')} for the stored page's words (the bilevel G4 page not measured apart; the factor errs high: measured on recognition alone at 300 dpi, applied to the whole page's seconds and to 200 dpi too, the highest of runs spreading 1.15/1.21/1.37)), TOTAL per 1,000 pages:`);
for (const [format, kb, dpi, filled] of ORIGINAL_FORMATS) out.push(`  ${format.padEnd(60)} ${String(kb).padStart(5)} KB  ${usd(atFormat(kb, dpi, filled))}`);
out.push('', 'Beside Amazon Textract DetectDocumentText (OCR only; the rest of a pipeline would come on top):');
out.push(`  Textract, first million pages a month     ${usd(textract * 1000).padStart(16)} ${usd(textract * pagesPerDocument * 1000).padStart(20)}   postmottak is ${(textract / perPage).toFixed(1)}x cheaper`);
out.push(`  Textract, above a million pages a month   ${usd(prices.textractPageOverMillion.value * 1000).padStart(16)} ${usd(prices.textractPageOverMillion.value * pagesPerDocument * 1000).padStart(20)}   postmottak is ${(prices.textractPageOverMillion.value / perPage).toFixed(1)}x cheaper`);
out.push(`  OCR stage alone vs Textract: ${(textract / ((lines[0]![1] / scannedPages))).toFixed(1)}x cheaper`);
out.push(`  Were the stages a Standard workflow: ${usd(allStandardPerPage * 1000)} per 1,000 pages, ${(textract / allStandardPerPage).toFixed(1)}x cheaper than Textract`);
const factor = textract / perPage;
const biggest = [...lines].sort((a, b) => b[1] - a[1])[0]!;
out.push('', factor >= TARGET_FACTOR
  ? `Target (>= ${TARGET_FACTOR}x cheaper than Textract per page, all services included): MET (${factor.toFixed(1)}x).`
  : `Target (>= ${TARGET_FACTOR}x cheaper than Textract per page, all services included): NOT MET (${factor.toFixed(1)}x). Largest item: ${biggest[0]} (${((biggest[1] / perDocument) * 100).toFixed(0)}%).`);
out.push(perPage * 1000 <= TARGET_PER_1000_PAGES
  ? `Target (issue 15: <= $${TARGET_PER_1000_PAGES} per 1,000 pages, all services, ${pagesPerDocument} pages a document): MET (${usd(perPage * 1000)}).`
  : `Target (issue 15: <= $${TARGET_PER_1000_PAGES} per 1,000 pages, all services, ${pagesPerDocument} pages a document): NOT MET (${usd(perPage * 1000)}).`);
out.push('', 'Sensitivity to pages per document (other inputs as above):');
out.push(`  ${'pages/document'.padEnd(16)} ${'per 1,000 pages'.padStart(16)} ${'vs Textract'.padStart(12)}`);
for (const pages of [1, 2.5, 5, 10, 25, 50]) {
  const m = costModel(pages);
  out.push(`  ${String(pages).padEnd(16)} ${usd(m.perPage * 1000).padStart(16)} ${`${(textract / m.perPage).toFixed(1)}x`.padStart(12)}`);
}
// The Express limit: the longest document the configuration admits, on the routed path, all pages scanned.
const limit = { seconds: 300, pages: config.limits.maxPages };
const longest = duration(asl, limit.pages, {}, taskSeconds, input('pageConcurrency'));
const fixedSeconds = duration(asl, 0, {}, taskSeconds, 1);
const roundSeconds = duration(asl, 1, {}, taskSeconds, 1) - fixedSeconds;
const fits = Math.floor((limit.seconds - fixedSeconds) / roundSeconds) * input('pageConcurrency');
out.push('', `Express limit (${limit.seconds / 60} minutes an execution): a ${limit.pages}-page scan (limits.maxPages) takes ~${longest.toFixed(0)} s at ${input('pageConcurrency')} pages at a time; about ${fits} scanned pages fit before retries and cold starts.`);
// On paper: pages a minute the stack reads with its configured concurrency, from the per-page Lambda time above.
const ocrSlots = defaultSettings.reservedConcurrency['extract-page'] ?? 1;
const onePerFile = Math.min(input('pageConcurrency'), ocrSlots);
out.push('', `On paper (${pageSeconds.toFixed(2)} s a scanned page in Lambda): ${ocrSlots} concurrent extract-page (infra/settings.ts reserved concurrency) read ~${Math.round((ocrSlots * 60) / pageSeconds)} pages a minute across files; one batch file alone reads ${onePerFile} pages at a time, ~${Math.round((onePerFile * 60) / pageSeconds)} pages a minute, and its parts then run one after another (Link…Route, ~0.5 s a part).`);
process.stdout.write(out.join('\n') + '\n');
