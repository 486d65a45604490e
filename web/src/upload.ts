import type { IntakeLine, IntakeOutcome } from '../../schemas/api.ts';
import type { UploadSlot } from '../../schemas/uploads.ts';
import { ApiError, apiHeaders, post, problemOf } from './api.ts';
import { announce, h, replace } from './dom.ts';
import { dateField, isoOf } from './date-field.ts';
import { outcomeNames, queueName, typeName, type Names } from './labels.ts';
import type { TaxonomyView } from './api.ts';
import { mailroomSheets } from './sheets.ts';
import { firstUploadInFlightProblem } from '../../schemas/problem-types.ts';

/**
 * Drag-and-drop upload for the mailroom: files dropped on the zone (or picked) are sent one at a
 * time, each to the slot the service gives (a presigned PUT into incoming/ in AWS, the intake route
 * locally), and each file's line shows what became of it.
 */
const TYPES: Record<string, string> = { pdf: 'application/pdf', tif: 'image/tiff', tiff: 'image/tiff', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png' };

function contentTypeOf(file: File): string | null {
  if (Object.values(TYPES).includes(file.type)) return file.type;
  return TYPES[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? null;
}


/** A file's outcome in the page's own words: the type and queue by name, the reason as archivists read it. */
export function describe(line: IntakeLine, names: Names): string {
  const part = line.part ? `Del ${line.part} av ${line.parts} (side ${line.pageRange?.join('–')}): ` : '';
  const reason = line.reasonNb ?? line.reason;
  const where = line.status === 'routed' ? ` → ${queueName(line.queue, names.areas)}${line.caseId ? `, sak ${line.caseId.replace('-', '/')}` : ''}` : reason ? ` – ${reason}` : '';
  return `${part}${outcomeNames[line.status]}${line.documentType ? ` (${typeName(names.documentTypes, line.documentType)})` : ''}${where}${line.duplicateOf ? ' (kjent fra før)' : ''}`;
}

/** What became of one file: its lines, and the document the service had already where it was known (a link, not a failure). */
interface Sent {
  lines: string[];
  known: string | null;
  already?: boolean;
}

/**
 * A file whose bytes the service has already (SPEC "Duplicates and re-runs"): not a failure. A 409 while
 * its first upload is still under way has no document to open yet (its record is written when the first
 * upload has an outcome, and a split file's documents are `<id>-N`): the service's sentence, no link (review
 * s17: the link answered «finnes ikke», and an archivist told that may scan the letter again); a 200 after
 * it names the document, `duplicateOf`, and links it.
 */
const alreadyReceived = 'allerede mottatt';

async function send(file: File, contentType: string, received: string, names: Names): Promise<Sent> {
  const slot = await post<UploadSlot>('/uploads', { fileName: file.name, size: file.size, contentType, ...(received ? { received } : {}) });
  if (slot.via === 'presigned-put') {
    const put = await fetch(slot.url, { method: 'PUT', headers: slot.headers, body: file });
    if (!put.ok) throw new ApiError(put.status, `Lagringen svarte ${put.status}.`);
    return { lines: ['Lastet opp – behandles nå; se køene om litt.'], known: null };
  }
  const response = await fetch(slot.url, { method: 'POST', headers: { ...slot.headers, ...apiHeaders() }, body: file });
  if (!response.ok) {
    const problem = await problemOf(response);
    if (problem.type === firstUploadInFlightProblem) return { lines: [`${alreadyReceived} – ${problem.detail}`], known: null, already: true };
    throw problem;
  }
  const outcome = (await response.json()) as IntakeOutcome;
  if (outcome.status === 'split') return { lines: [`Delt i ${outcome.parts.length} dokumenter:`, ...outcome.parts.map((part) => describe(part, names))], known: null };
  if (!outcome.duplicateOf) return { lines: [describe(outcome, names)], known: null };
  const { duplicateOf, ...first } = outcome;
  return { lines: [`${alreadyReceived} – ${describe(first, names)}`], known: duplicateOf };
}

export function uploadView(main: HTMLElement, names: TaxonomyView): void {
  const results = h('ul', { class: 'upload-results', 'aria-live': 'polite' });
  // The file input's own button is the browser's, in the browser's language ("Choose Files" in an
  // English Chromium, whatever the page's lang): it is kept out of sight and reached by our own button.
  const picker = h('input', { id: 'upload-files', type: 'file', multiple: true, class: 'visually-hidden', tabindex: '-1', 'aria-hidden': 'true', accept: '.pdf,.tif,.tiff,.jpg,.jpeg,.png,application/pdf,image/tiff,image/jpeg,image/png' });
  const choose = h('button', { type: 'button', id: 'upload-choose' }, 'Velg filer …');
  const received = dateField({ id: 'upload-received', name: 'received', label: 'Mottatt' });
  const zone = h('div', { class: 'drop-zone', id: 'drop-zone', tabindex: '0', role: 'button', 'aria-describedby': 'drop-hint' }, h('p', { id: 'drop-hint' }, 'Slipp skannede filer her, eller trykk Enter for å velge filer.'));
  let queue: Promise<void> = Promise.resolve();

  const take = (files: FileList | File[]) => {
    // A received day the page cannot read stops the files before they are sent, with the field's sentence.
    if (!received.reportValidity()) return;
    const items: HTMLElement[] = [];
    for (const file of Array.from(files)) {
      const detail = h('ul', {});
      const state = h('span', { class: 'upload-state' }, 'venter…');
      const item = h('li', { class: 'upload-item', tabindex: '-1' }, h('strong', {}, file.name), ': ', state, detail);
      results.append(item);
      items.push(item);
      // One file at a time: the pipeline reads a file's pages in parallel already.
      queue = queue.then(async () => {
        const contentType = contentTypeOf(file);
        if (!contentType) {
          state.textContent = 'ikke sendt – bare PDF, TIFF, JPEG og PNG tas imot';
          item.classList.add('upload-failed');
          return;
        }
        state.textContent = 'sendes…';
        try {
          const { lines: [first, ...rest], known, already } = await send(file, contentType, isoOf(received), names);
          state.textContent = first ?? '';
          replace(detail, rest.map((line) => h('li', {}, line)));
          // The document the file already is, one step away: the archivist sees where it went (or is going).
          if (known) state.after(' ', h('a', { href: `#/documents/${encodeURIComponent(known)}`, class: 'upload-known' }, 'Åpne dokumentet'));
          item.classList.add(known || already ? 'upload-already' : 'upload-done');
        } catch (error) {
          state.textContent = `feilet – ${error instanceof ApiError ? error.detail : 'tjenesten svarer ikke'}`;
          item.classList.add('upload-failed');
        }
        // Said over this view only: a batch still going when the clerk has moved on stays in its list.
        if (item.isConnected) announce(`${file.name}: ${state.textContent}`);
      });
    }
    // Once the files are in, focus goes to what became of the first, unless the clerk has gone on to another field.
    queue = queue.then(() => {
      const at = document.activeElement;
      if (items[0]?.isConnected && (!at || at === document.body || at === choose || at === zone || at === picker)) items[0].focus();
    });
  };

  picker.addEventListener('change', () => {
    if (picker.files) take(picker.files);
    picker.value = '';
  });
  zone.addEventListener('click', () => picker.click());
  choose.addEventListener('click', () => picker.click());
  zone.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      picker.click();
    }
  });
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('drag-over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('drag-over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('drag-over');
    if (event.dataTransfer?.files.length) take(event.dataTransfer.files);
  });

  replace(
    main,
    h('h2', { id: 'view-title', tabindex: '-1' }, 'Last opp post'),
    h('p', {}, 'Hver fil går gjennom hele løpet: lesing, klassifisering, registrering og fordeling. En skannet bunke med skilleark blir ett dokument per del.'),
    h('p', {}, h('label', { for: 'upload-received' }, 'Mottatt (tom: i dag) '), received),
    zone,
    h('p', {}, choose, picker),
    h('h3', {}, 'Filer'),
    results,
    // Printed before the scanning: a cover sheet on top of a letter for a known case, separators in a batch.
    mailroomSheets(names),
  );
}
