import { drivingBoxes, drivingWords, type ExplanationEntry } from '../../domain/classify/driving-words.ts';
import { imageUrl, type DocumentText } from './api.ts';
import { h } from './dom.ts';

type Page = DocumentText['pages'][number];

/**
 * The pages of a document beside their text: the prepared page image OCR read when there is one,
 * else a facsimile drawn from the text layer's word boxes; the words that drove the type and the area
 * marked where they stand. Boxes are placed in percent of the page, so the image may scale freely.
 *
 * Drawn at once, without waiting for any image: a scanned page shows its facsimile until its image
 * has come. The first scanned page's image is asked for at once, every other one only when its page
 * comes into view (a page image is made and stored on its first opening, so a 200-page scan opened
 * for its first page makes and sends one image, not 200: README "Page images when opened").
 */
export function pagesView(documentId: string, text: DocumentText, explanation: ExplanationEntry[], language: string | null): HTMLElement {
  const driving = drivingWords(explanation);
  const figures = text.pages.map((page) => ({ page, figure: pageFigure(page, driving, language) }));
  const scanned = figures.filter(({ page }) => page.source === 'ocr');
  const [first, ...later] = scanned;
  if (first) void showImage(documentId, first.page, first.figure);
  if (later.length) {
    const waiting = new Map(later.map(({ page, figure }) => [figure, page]));
    // A page just below the fold is asked for as it nears, so it is usually there when it is reached.
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const page = entry.isIntersecting ? waiting.get(entry.target as HTMLElement) : undefined;
          if (!page) continue;
          waiting.delete(entry.target as HTMLElement);
          observer.unobserve(entry.target);
          void showImage(documentId, page, entry.target as HTMLElement);
        }
        if (!waiting.size) observer.disconnect();
      },
      { rootMargin: '0px 0px 200px 0px' },
    );
    for (const figure of waiting.keys()) observer.observe(figure);
  }
  return h('div', { class: 'pages' }, figures.length ? figures.map(({ figure }) => figure) : h('p', {}, 'Dokumentet har ingen lest tekst.'));
}

/** One scanned page's image, fetched and put in place of its facsimile; the facsimile stays if the image cannot be had. */
async function showImage(documentId: string, page: Page, figure: HTMLElement): Promise<void> {
  const src = await imageUrl(`/documents/${encodeURIComponent(documentId)}/pages/${page.pageIndex + 1}/image`).catch(() => null);
  const sheet = figure.querySelector('.sheet');
  if (!src || !sheet) return;
  // Decoding stays off the main thread; the marks of the driving words stay above the image.
  const image = h('img', { src, alt: `Side ${page.pageIndex + 1} slik den ble skannet`, decoding: 'async' });
  for (const drawn of sheet.querySelectorAll('.fax-word, .fax-text')) drawn.remove();
  sheet.classList.remove('facsimile');
  sheet.prepend(image);
}

function pageFigure(page: Page, driving: ReturnType<typeof drivingWords>, language: string | null): HTMLElement {
  const number = page.pageIndex + 1;
  const marks = drivingBoxes(page.words, driving);
  const box = (bbox: Page['words'][number]['bbox']) =>
    `left:${(100 * bbox.x0) / page.width}%;top:${(100 * bbox.y0) / page.height}%;width:${(100 * (bbox.x1 - bbox.x0)) / page.width}%;height:${(100 * (bbox.y1 - bbox.y0)) / page.height}%`;
  const sheet = h(
    'div',
    { class: 'sheet facsimile', style: `aspect-ratio:${page.width || 1}/${page.height || Math.SQRT2}` },
    page.words.length === 0
      ? // A text layer without word boxes (some PDF writers give none): show its lines where the page would be.
        h('pre', { class: 'fax-text', style: 'margin:0;padding:8%;white-space:pre-wrap;font-size:2.2cqh', 'aria-hidden': 'true', lang: language }, page.text)
      : page.words.map((w) => h('span', { class: 'fax-word', style: `${box(w.bbox)};font-size:${Math.max(0.4, (70 * (w.bbox.y1 - w.bbox.y0)) / page.height)}cqh`, 'aria-hidden': 'true', lang: language }, w.text)),
    marks.map((m) => h('mark', { class: `drove drove-${m.driver}`, style: box(m.word.bbox), title: m.driver === 'type' ? `«${m.word.text}» talte for dokumenttypen` : `«${m.word.text}» talte for saksområdet` })),
  );
  const words = [...new Set(marks.map((m) => `${m.word.text} (${m.driver === 'type' ? 'type' : 'område'})`))];
  return h(
    'figure',
    { class: 'page', 'data-page': number },
    sheet,
    h('figcaption', {}, `Side ${number} – ${page.source === 'ocr' ? `OCR, sikkerhet ${Math.round(page.confidence * 100)} %` : 'tekstlag'}`, words.length ? h('span', { class: 'drove-list' }, `. Utslagsgivende ord: ${words.join(', ')}`) : null),
  );
}

/**
 * The recognised text as read, page by page, marked with the document's language (the page is bokmål), so a
 * screen reader reads an English or Swedish letter with that language's rules (WCAG 3.1.2).
 */
export function textView(text: DocumentText, language: string | null): HTMLElement {
  return h(
    'section',
    { class: 'recognised', 'aria-labelledby': 'recognised-title' },
    h('h3', { id: 'recognised-title' }, 'Lest tekst'),
    text.pages.map((p) => h('div', {}, h('h4', {}, `Side ${p.pageIndex + 1}`), h('pre', { tabindex: '0', 'aria-label': `Tekst på side ${p.pageIndex + 1}`, lang: language }, p.text))),
  );
}
