import { get } from './api.ts';
import { h } from './dom.ts';
import { areaName, percent, typeName, type Names } from './labels.ts';

interface Share {
  code: string;
  decisions: number;
  acceptedUnchanged: number;
  share: number;
}
interface Accuracy {
  decisions: number;
  acceptedUnchanged: number;
  share: number | null;
  byType: Share[];
  byArea: Share[];
}

/** How the current model did on the last 100 decisions: the share the archivists accepted unchanged. */
export async function accuracyView(names: Names): Promise<HTMLElement> {
  const accuracy = await get<Accuracy>('/review/accuracy').catch(() => null);
  if (!accuracy) return h('section', {});
  const table = (caption: string, rows: Share[], name: (code: string) => string) =>
    h(
      'table',
      { class: 'list compact' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Hva'), h('th', { scope: 'col' }, 'Avgjort'), h('th', { scope: 'col' }, 'Godtatt uendret'))),
      h('tbody', {}, rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, name(r.code)), h('td', {}, r.decisions), h('td', {}, percent(r.share))))),
    );
  return h(
    'section',
    { class: 'accuracy', 'aria-labelledby': 'accuracy-title' },
    h('h3', { id: 'accuracy-title' }, 'Modellen på de siste 100 avgjørelsene'),
    accuracy.decisions
      ? [
          h('p', {}, `${accuracy.acceptedUnchanged} av ${accuracy.decisions} godtatt uendret (${percent(accuracy.share)}).`),
          h('div', { class: 'accuracy-tables' }, table('Per dokumenttype', accuracy.byType, (c) => typeName(names.documentTypes, c)), table('Per saksområde', accuracy.byArea, (c) => areaName(names.areas, c))),
        ]
      : h('p', {}, 'Ingen avgjørelser ennå.'),
  );
}
