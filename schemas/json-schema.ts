import { z } from 'zod';
import { publishedSchemas } from './index.ts';
import { eventSchemas, PostmottakEvent } from './events.ts';

/**
 * The events as a consumer reads them (README "Events": versions): within a version an event's `detail`
 * may gain optional fields, and a consumer ignores the ones it does not know, so the published schemas
 * leave `detail` open. The zod schemas stay strict where events are made (makeEvent), so nothing but
 * the fields defined there is ever published. An event is an object schema with `type`, `version` and
 * `detail`, wherever it sits (its own file, the union, the event feed's page in openapi.json).
 */
export function withOpenEventDetails<T>(schema: T): T {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const properties = (node as { properties?: Record<string, Record<string, unknown>> }).properties;
    if (properties?.type && properties.version && properties.detail) delete properties.detail.additionalProperties;
    Object.values(node).forEach(visit);
  };
  visit(schema);
  return schema;
}

/** File name -> JSON Schema text (draft 2020-12) for every published schema. */
export function jsonSchemaFiles(): Record<string, string> {
  const file = (name: string, schema: z.ZodType): [string, string] => {
    const json = withOpenEventDetails(z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'output' }));
    const title = name.split('/').at(-1)!;
    return [`${name}.schema.json`, JSON.stringify({ $id: `https://postmottak.invalid/schemas/${name}.schema.json`, title, ...json }, null, 2) + '\n'];
  };
  return Object.fromEntries([
    ...Object.entries(publishedSchemas).map(([name, schema]) => file(name, schema)),
    // SPEC.md "Events": one JSON Schema per event type, and the union a consumer of the whole stream validates with.
    ...Object.entries(eventSchemas).map(([type, schema]) => file(`events/${type}`, schema)),
    file('events/event', PostmottakEvent),
  ]);
}
