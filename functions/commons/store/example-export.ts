import { getItem, queryAll, type Db } from './db.ts';
import type { ExampleKind, LabelledExample } from './examples.ts';

/**
 * Every archivist's answer: a decision or correction names what a text is; a later duplicate or
 * forwarded mark says the document is not one to learn from after all, so the export needs them too.
 */
const ANSWER_KINDS: readonly ExampleKind[] = ['decision', 'correction', 'duplicate', 'forwarded'];

/**
 * Every answer kept at or after `fromSortKey` (an ISO instant or date: the examples' sort keys begin
 * with when they were given), oldest first, without their text: the export reads the text from the
 * document store.
 */
export async function labelledExamplesFrom(db: Db, fromSortKey: string | null): Promise<Omit<LabelledExample, 'text'>[]> {
  const out: Omit<LabelledExample, 'text'>[] = [];
  for (const kind of ANSWER_KINDS) {
    const items = await queryAll(db, {
      KeyConditionExpression: fromSortKey ? 'pk = :pk AND sk >= :from' : 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `EXAMPLES#${kind}`, ...(fromSortKey ? { ':from': fromSortKey } : {}) },
      ProjectionExpression: 'kind, documentId, #at, #by, machine, archivist, #lang',
      ExpressionAttributeNames: { '#at': 'at', '#by': 'by', '#lang': 'language' },
    });
    out.push(...items.map((item) => item as unknown as Omit<LabelledExample, 'text'>));
  }
  return out.sort((a, b) => a.at.localeCompare(b.at));
}

/** The copy of the text kept with an example (capped), for a document whose pages are no longer in the store. */
export async function storedExampleText(db: Db, example: Pick<LabelledExample, 'kind' | 'at' | 'documentId'>): Promise<string | null> {
  const item = await getItem(db, { pk: `EXAMPLES#${example.kind}`, sk: `${example.at}#${example.documentId}` }, { projection: ['text'] });
  const text = item?.text;
  return typeof text === 'string' && text !== '' ? text : null;
}
