import { z } from 'zod';
import { publishedSchemas } from './index.ts';
import { eventSchemas, PostmottakEvent } from './events.ts';
import { withOpenEventDetails } from './open-event-details.ts';

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
