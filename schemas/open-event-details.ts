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
