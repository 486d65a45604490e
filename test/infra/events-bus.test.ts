import { beforeAll, describe, expect, it } from 'vitest';
import { lambdaFunctions, triggerFunctions, type LambdaFunctionSpec } from '../../functions/lambda-functions.ts';
import { eventBusEnv, eventSource } from '../../infra/constructs/events-bus.ts';
import { defaultSettings } from '../../infra/settings.ts';
import { logicalId, ofType, synthesize, type Synthesized } from './synth.ts';

// Issue #12 item 2, the AWS part: the bus downstream systems subscribe to.

let s: Synthesized;
beforeAll(() => {
  s = synthesize();
});

const allSpecs = [...lambdaFunctions, ...triggerFunctions];
const publishes = (spec: { access: LambdaFunctionSpec['access'] }) => spec.access.publishesEvents === true;
const fnId = (name: string) => logicalId(s.stack, s.stack.functions.get(name)!.function);
const policyOf = (name: string) => s.resources[logicalId(s.stack, { node: { defaultChild: s.stack.functions.get(name)!.policy.node.defaultChild } })]!.Properties!.PolicyDocument.Statement as any[];
const busId = () => logicalId(s.stack, s.stack.events.bus);

describe('events bus', () => {
  it('archives every postmottak event for the configured time', () => {
    const [[, archive]] = ofType(s.resources, 'AWS::Events::Archive') as [[string, any]];
    expect(archive).toMatchObject({ SourceArn: { 'Fn::GetAtt': [busId(), 'Arn'] }, EventPattern: { source: [eventSource] }, RetentionDays: defaultSettings.eventArchiveRetentionDays });
  });

  it('has no schema discoverer unless the settings turn it on', () => {
    expect(ofType(s.resources, 'AWS::EventSchemas::Discoverer')).toEqual([]);
    const on = synthesize({ eventSchemaDiscovery: true });
    const discoverers = ofType(on.resources, 'AWS::EventSchemas::Discoverer');
    expect(discoverers).toHaveLength(1);
    expect(discoverers[0]![1].SourceArn).toEqual({ 'Fn::GetAtt': [logicalId(on.stack, on.stack.events.bus), 'Arn'] });
  });

  it('lets exactly the publishing functions (the stages that write and the api) put events, on this bus only, as source postmottak', () => {
    const publishers = allSpecs.filter(publishes).map((spec) => spec.name);
    expect(publishers).toEqual(expect.arrayContaining(['api', 'register', 'route', 'reject', 'review', 'deadlines']));
    for (const spec of allSpecs) {
      const put = policyOf(spec.name).filter((st) => [st.Action].flat().includes('events:PutEvents'));
      const env = s.resources[fnId(spec.name)]!.Properties!.Environment.Variables;
      if (!publishes(spec)) {
        expect(put, spec.name).toEqual([]);
        expect(env[eventBusEnv], spec.name).toBeUndefined();
        continue;
      }
      expect(put, spec.name).toEqual([expect.objectContaining({ Resource: { 'Fn::GetAtt': [busId(), 'Arn'] }, Condition: { StringEquals: { 'events:source': eventSource } } })]);
      expect(env[eventBusEnv], spec.name).toEqual({ Ref: busId() });
    }
  });
});
