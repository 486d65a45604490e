import { loadConfig } from '#domain/config';
import { dbFromEnv } from './service.ts';
import type { StageDeps } from './stages.ts';
import { idHashKey } from './id-hash-key.ts';

/**
 * The stages' dependencies in a Lambda (or the embedded runtime, which sets the same environment):
 * built per invocation, which is cheap (the SDK client is cached) and lets the embedded runtime
 * point a process at new loopback servers.
 */
export function stageDeps(): StageDeps {
  return {
    db: dbFromEnv(),
    config: loadConfig(),
    idHashKey,
    now: () => new Date(),
  };
}
