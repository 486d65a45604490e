/** Fail fast, at cold start, on missing configuration rather than on the first document. */
export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
}

export const env = {
  documentBucket: () => requireEnv('DOCUMENT_BUCKET'),
  tableName: () => requireEnv('TABLE_NAME'),
};
