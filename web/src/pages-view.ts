import { drivingBoxes, drivingWords, type ExplanationEntry } from '../../domain/classify/driving-words.ts';
import { imageUrl, type DocumentText } from './api.ts';
import { h } from './dom.ts';

type Page = DocumentText['pages'][number];

/**
 * The pages of a document beside their text: the prepared page image OCR read when there is one,
 * else a facsimile drawn from the text layer's word boxes; the words that drove the type and the area
 * marked where they stand. Boxes are placed in percent of the page, so the image may scale freely.
 */
export async function pagesView(documentId: string, text: DocumentText, explanation: ExplanationEntry[]): Promise<HTMLElement> {
  const driving = drivingWords(explanation);
  const figures = await Promise.all(text.pages.map((page) => pageFigure(documentId, page, driving)));
  return h('div', { class: 'pages' }, figures.length ? figures : h('p', {}, 'Dokumentet har ingen lest tekst.'));
}

async function pageFigure(documentId: string, page: Page, driving: ReturnType<typeof drivingWords>): Promise<HTMLElement> {
  const number = page.pageIndex + 1;
  const marks = drivingBoxes(page.words, driving);
  const src = page.source === 'ocr' ? await imageUrl(`/documents/${encodeURIComponent(documentId)}/pages/${number}/image`) : null;
  const box = (bbox: Page['words'][number]['bbox']) =>
    `left:${(100 * bbox.x0) / page.width}%;top:${(100 * bbox.y0) / page.height}%;width:${(100 * (bbox.x1 - bbox.x0)) / page.width}%;height:${(100 * (bbox.y1 - bbox.y0)) / page.height}%`;
  const sheet = h(
    'div',
    { class: src ? 'sheet' : 'sheet facsimile', style: `aspect-ratio:${page.width || 1}/${page.height || Math.SQRT2}` },
    src
      ? h('img', { src, alt: `Side ${number} slik den ble skannet` })
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
