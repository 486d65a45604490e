import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { Template } from 'aws-cdk-lib/assertions';
import type { App } from 'aws-cdk-lib';
import type { PostmottakStack } from '../../infra/postmottak-stack.ts';
import type { PostmottakEdgeStack } from '../../infra/edge-stack.ts';
import { postmottakApp } from '../../infra/compliance.ts';
import { buildStacks } from '../../infra/stacks.ts';
import { parseSettings, type DeploymentSettingsInput } from '../../infra/settings.ts';

export interface Synthesized {
  readonly app: App;
  readonly stack: PostmottakStack;
  readonly edge: PostmottakEdgeStack;
  readonly template: Template;
  readonly edgeTemplate: Template;
  readonly resources: Record<string, { Type: string; Properties?: Record<string, any>; DependsOn?: string[] }>;
  /** A file asset of the cloud assembly (the state machine definition is one), by its S3 key. */
  readonly asset: (key: string) => string;
}

export const testSettings: DeploymentSettingsInput = { alarmEmail: 'drift@klageorgan.test' };

/** The stacks synthesized once per test file, bundling skipped (bundling is `npm run synth`'s job). */
export function synthesize(settings: Partial<DeploymentSettingsInput> = {}): Synthesized {
  const app = postmottakApp({ 'aws:cdk:bundling-stacks': [] }, scratchDir());
  const { data: stack, edge } = buildStacks(app, { name: 'PostmottakTest', account: '111111111111', settings: parseSettings({ ...testSettings, ...settings }, 'test settings') });
  const assembly = app.synth();
  const template = Template.fromJSON(assembly.getStackByName(stack.stackName).template);
  return {
    app,
    stack,
    edge,
    template,
    edgeTemplate: Template.fromJSON(assembly.getStackByName(edge.stackName).template),
    resources: template.toJSON().Resources,
    asset: (key) => readFileSync(path.join(assembly.directory, `asset.${key}`), 'utf8'),
  };
}

/**
 * aws-cdk-lib's BucketDeployment handler (infra/constructs/page-files.ts): a CloudFormation custom
 * resource that copies the page's public files at deployment, with the library's own role and policy.
 * It is none of the product's functions, so their rules (the function list, reserved concurrency,
 * customer-managed policies only) are checked without it; cdk-nag's findings on it are acknowledged there.
 */
export const isPageDeploymentHandler = (logicalId: string) => logicalId.startsWith('CustomCDKBucketDeployment');

export function ofType(resources: Synthesized['resources'], type: string): [string, Record<string, any>][] {
  return Object.entries(resources)
    .filter(([, r]) => r.Type === type)
    .map(([id, r]) => [id, r.Properties ?? {}]);
}

/** The logical id of a construct's CloudFormation resource. */
export function logicalId(stack: PostmottakStack | PostmottakEdgeStack, construct: { node: { defaultChild?: unknown } }): string {
  return stack.resolve((construct.node.defaultChild as { logicalId: string }).logicalId);
}

const scratch: string[] = [];
// Registered when a test file imports this module, so each file removes the folders it made.
afterAll(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A cloud-assembly folder, removed after the test file. */
export function scratchDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'postmottak-assembly-'));
  scratch.push(dir);
  return dir;
}
