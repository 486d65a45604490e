import { nationalIdHash } from '#domain/registry/national-id-hash';
import { openNationalIds, sealNationalIds, type KeyWrapper } from '../crypto/national-id-vault.ts';
import { nationalIdKeyWrapper } from '../crypto/national-id-key.ts';
import { idHashKey } from './id-hash-key.ts';
import type { Db, Item } from './db.ts';

/**
 * National ids at rest on document items (issue #12 item 5): a stored `fields` object keeps no id in
 * clear, only the HMAC keys the lookups use (`nationalIdHashes`) and one sealed copy for display
 * (`nationalIdsSealed`). Every read through the store opens it again, so stages and the service see the
 * same `fields.nationalIds` as before. Two places hold fields: the item's own and the review item's copy
 * of the classification (`resume.classification.fields`); each is sealed bound to its document and path.
 */
type Fields = Record<string, unknown> & { nationalIds?: unknown };

export interface NationalIdSealing {
  wrapper: () => KeyWrapper;
  hashKey: () => Promise<string>;
}

const fromEnv: NationalIdSealing = { wrapper: nationalIdKeyWrapper, hashKey: idHashKey };

/** A Db that carries its stage ports' keys (tests and benchmarks inject them); otherwise the environment's. */
export type SealingDb = Db & { readonly nationalIdSealing?: NationalIdSealing | undefined };

export function sealingOf(db: Db): NationalIdSealing {
  return (db as SealingDb).nationalIdSealing ?? fromEnv;
}

async function sealFields(fields: Fields, context: string, sealing: NationalIdSealing): Promise<Fields> {
  const { nationalIds, ...rest } = fields;
  if (!Array.isArray(nationalIds) || nationalIds.length === 0) return fields;
  const ids = nationalIds as string[];
  const hashKey = await sealing.hashKey();
  return {
    ...rest,
    nationalIdHashes: [...new Set(ids.map((id) => nationalIdHash(id, hashKey)))],
    nationalIdsSealed: await sealNationalIds(sealing.wrapper(), ids, context),
  };
}

async function openFields(fields: Fields, context: string, sealing: NationalIdSealing): Promise<Fields> {
  const { nationalIdsSealed, nationalIdHashes: _hashes, ...rest } = fields;
  if (typeof nationalIdsSealed !== 'string') return fields;
  return { ...rest, nationalIds: await openNationalIds(sealing.wrapper(), nationalIdsSealed, context) };
}

const isFields = (value: unknown): value is Fields => !!value && typeof value === 'object' && !Array.isArray(value);

async function mapDocumentFields(item: Item, map: (fields: Fields, context: string) => Promise<Fields>): Promise<Item> {
  const documentId = String(item.documentId);
  const out: Item = { ...item };
  if (isFields(item.fields)) out.fields = await map(item.fields, `${documentId}#fields`);
  const resume = item.resume as { classification?: { fields?: unknown } } | undefined;
  if (resume?.classification && isFields(resume.classification.fields)) {
    out.resume = { ...resume, classification: { ...resume.classification, fields: await map(resume.classification.fields, `${documentId}#resume`) } };
  }
  return out;
}

/** The item as it may be written: national ids replaced by their HMAC keys and a sealed copy. */
export function sealDocumentItem(item: Item, sealing: NationalIdSealing = fromEnv): Promise<Item> {
  return mapDocumentFields(item, (fields, context) => sealFields(fields, context, sealing));
}

/** The item as read for use and display: the sealed copies opened. */
export function openDocumentItem(item: Item, sealing: NationalIdSealing = fromEnv): Promise<Item> {
  return mapDocumentFields(item, (fields, context) => openFields(fields, context, sealing));
}

/** A `fields` value about to be written on its own (an update), sealed for that document. */
export async function sealedFields(documentId: string, fields: Record<string, unknown>, sealing: NationalIdSealing = fromEnv): Promise<Record<string, unknown>> {
  return sealFields(fields, `${documentId}#fields`, sealing);
}
