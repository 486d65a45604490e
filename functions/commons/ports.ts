import { loadConfig } from '#config/load';
import type { BlobStore, StagePorts } from '../../stages/ports.ts';
import { s3BlobStore } from './blob-store.ts';
import { dbFromEnv } from './store/service.ts';
import { dynamoStagePorts } from './store/repositories.ts';
import { idHashKey } from './store/id-hash-key.ts';
import { eventPublisherFromEnv } from './events/publisher-from-env.ts';

/**
 * The stages' ports in a Lambda (or the embedded runtime, which sets the same environment): built per
 * invocation, which is cheap (the SDK clients are cached) and lets the embedded runtime point a
 * process at new loopback servers.
 */
export function stagePorts(): StagePorts {
  return dynamoStagePorts(dbFromEnv(), { config: loadConfig(), idHashKey, now: () => new Date(), events: eventPublisherFromEnv() });
}

export function stagePortsWithBlobs(): StagePorts & { blobs: BlobStore } {
  return { ...stagePorts(), blobs: s3BlobStore() };
}
