import { beforeAll, describe, expect, it } from 'vitest';
import { Stack, Validations } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import type { IConstruct } from 'constructs';
import { compliancePacks, postmottakApp } from '../../infra/compliance.ts';
import { scratchDir, synthesize, type Synthesized } from './synth.ts';

let s: Synthesized;
beforeAll(() => {
  s = synthesize();
});

function acknowledgements(root: IConstruct): { path: string; id: string; reason: string }[] {
  return root.node.findAll().flatMap((c) =>
    c.node.metadata
      .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((m) => Object.entries(m.data as Record<string, string>).map(([id, reason]) => ({ path: c.node.path, id, reason }))),
  );
}

describe('cdk-nag', () => {
  for (const pack of ['AwsSolutions', 'HIPAA.Security']) {
    it(`${pack}: no finding that is not acknowledged`, () => {
      const checks = compliancePacks(s.app).find((p) => p.readPackName === pack)!;
      const findings = checks.validateScope(s.app).violations.flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} at ${r.constructPath}: ${v.description}`));
      expect(findings).toEqual([]);
    });
  }

  it('acknowledges each finding with a written reason, on the resource it concerns, never stack-wide', () => {
    const acks = acknowledgements(s.app);
    expect(acks.length).toBeGreaterThan(0);
    for (const ack of acks) {
      expect(ack.reason.length, `${ack.id} at ${ack.path}`).toBeGreaterThanOrEqual(40);
      expect(ack.path, ack.id).not.toBe(s.stack.node.path);
    }
  });

  it('reports what it is there to report (a bare queue: no encryption, no TLS policy, no dead-letter queue)', () => {
    const app = postmottakApp({}, scratchDir());
    const stack = new Stack(app, 'Bare');
    new Queue(stack, 'Queue');
    app.synth();
    const checks = compliancePacks(app).find((p) => p.readPackName === 'AwsSolutions')!;
    expect(checks.validateScope(app).violations.map((v) => v.ruleName).sort()).toEqual(['AwsSolutions-SQS3', 'AwsSolutions-SQS4']);
  });
});
