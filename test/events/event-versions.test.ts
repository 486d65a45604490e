import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { eventSchemas, eventTypes } from '#schemas/events';
import { makeEvent } from '#domain/events/make-event';

/**
 * README "Events": within version 1 a detail may gain optional fields (LetterReady's `letterDate` did),
 * and a consumer ignores the fields it does not know. The JSON Schemas consumers validate with must then
 * accept a detail with a field added later, or a consumer that validated would refuse the next release's
 * events; the zod schemas stay strict where events are made, so nothing undefined is ever published.
 */
const root = new URL('../../schemas/json/', import.meta.url);
const published = (file: string) => JSON.parse(readFileSync(new URL(file, root), 'utf8')) as Record<string, unknown>;

const letterReady = makeEvent('LetterReady', { caseId: '2025-00001' }, { letterId: 'ack.doc-1', kind: 'appeal_acknowledgement', language: 'nb', status: 'ready', letterDate: '2025-03-21' }, { time: '2025-03-21T09:00:00.000Z', change: { letterId: 'ack.doc-1' } });
const withLaterField = { ...letterReady, detail: { ...letterReady.detail, addedInALaterRelease: 'x' } };

describe('event versions, as published', () => {
  it.each(eventTypes)('%s: the committed JSON Schema leaves detail open and keeps the envelope closed', (type) => {
    const schema = published(`events/${type}.schema.json`) as { additionalProperties?: unknown; properties: { detail: { additionalProperties?: unknown } } };
    expect(schema.properties.detail.additionalProperties).toBeUndefined();
    expect(schema.additionalProperties).toBe(false);
  });

  it('a consumer validating with the published schemas accepts a detail field it does not know, in the type and the union', () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    const oneType = ajv.compile(published('events/LetterReady.schema.json'));
    expect(oneType(withLaterField), JSON.stringify(oneType.errors)).toBe(true);
    const union = ajv.compile(published('events/event.schema.json'));
    expect(union(withLaterField), JSON.stringify(union.errors)).toBe(true);
    // The envelope is not open: a field beside `detail` is a new version.
    expect(oneType({ ...letterReady, extra: 1 })).toBe(false);
  });

  it('the producer still refuses a detail field the schema does not define', () => {
    expect(eventSchemas.LetterReady.safeParse(withLaterField).success).toBe(false);
  });
});
