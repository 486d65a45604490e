import { drivingBoxes, drivingWords, type ExplanationEntry } from '../../domain/classify/driving-words.ts';
import { imageUrl, type DocumentText } from './api.ts';
import { h } from './dom.ts';

type Page = DocumentText['pages'][number];

/**
 * The pages of a document beside their text: the prepared page image OCR read when there is one,
 * else a facsimile drawn from the text layer's word boxes; the words that drove the type and the area
 * marked where they stand. Boxes are placed in percent of the page, so the image may scale freely.
 */
export async function pagesView(documentId: string, text: DocumentText, explanation: ExplanationEntry[], images: Promise<PageImages> = pageImages(documentId, text)): Promise<HTMLElement> {
  const driving = drivingWords(explanation);
  const sources = await images;
  const figures = text.pages.map((page) => pageFigure(page, driving, sources.get(page.pageIndex) ?? null));
  return h('div', { class: 'pages' }, figures.length ? figures : h('p', {}, 'Dokumentet har ingen lest tekst.'));
}

/** The scanned pages' images, fetched, by page index. */
export type PageImages = Map<number, HTMLImageElement | null>;

/**
 * The images OCR read, fetched as soon as the text says which pages have one: the review view starts
 * this beside its other requests instead of after them, so the largest download is not the last.
 */
export async function pageImages(documentId: string, text: DocumentText): Promise<PageImages> {
  const scanned = text.pages.filter((page) => page.source === 'ocr');
  const images = await Promise.all(
    scanned.map(async (page) => {
      const src = await imageUrl(`/documents/${encodeURIComponent(documentId)}/pages/${page.pageIndex + 1}/image`);
      if (!src) return null;
      // Loading starts now, beside the other requests; decoding stays off the main thread.
      return h('img', { src, alt: `Side ${page.pageIndex + 1} slik den ble skannet`, decoding: 'async' });
    }),
  );
  return new Map(scanned.map((page, i) => [page.pageIndex, images[i] ?? null]));
}

function pageFigure(page: Page, driving: ReturnType<typeof drivingWords>, image: HTMLImageElement | null): HTMLElement {
  const number = page.pageIndex + 1;
  const marks = drivingBoxes(page.words, driving);
  const box = (bbox: Page['words'][number]['bbox']) =>
    `left:${(100 * bbox.x0) / page.width}%;top:${(100 * bbox.y0) / page.height}%;width:${(100 * (bbox.x1 - bbox.x0)) / page.width}%;height:${(100 * (bbox.y1 - bbox.y0)) / page.height}%`;
  const sheet = h(
    'div',
    { class: image ? 'sheet' : 'sheet facsimile', style: `aspect-ratio:${page.width || 1}/${page.height || Math.SQRT2}` },
    image
      ? image
      : page.words.length === 0
        ? // A text layer without word boxes (some PDF writers give none): show its lines where the page would be.
          h('pre', { class: 'fax-text', style: 'margin:0;padding:8%;white-space:pre-wrap;font-size:2.2cqh', 'aria-hidden': 'true' }, page.text)
        : page.words.map((w) => h('span', { class: 'fax-word', style: `${box(w.bbox)};font-size:${Math.max(0.4, (70 * (w.bbox.y1 - w.bbox.y0)) / page.height)}cqh`, 'aria-hidden': 'true' }, w.text)),
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

/** The recognised text as read, page by page. */
export function textView(text: DocumentText): HTMLElement {
  return h(
    'section',
    { class: 'recognised', 'aria-labelledby': 'recognised-title' },
    h('h3', { id: 'recognised-title' }, 'Lest tekst'),
    text.pages.map((p) => h('div', {}, h('h4', {}, `Side ${p.pageIndex + 1}`), h('pre', { tabindex: '0', 'aria-label': `Tekst på side ${p.pageIndex + 1}` }, p.text))),
  );
}
