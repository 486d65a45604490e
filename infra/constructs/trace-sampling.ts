import { Fn, Stack } from 'aws-cdk-lib';
import { CfnSamplingRule } from 'aws-cdk-lib/aws-xray';
import { Construct } from 'constructs';
import { stackUniqueSuffix } from './unique-names.ts';

export interface TraceSamplingProps {
  /** Share of requests traced (infra/settings.ts traceSampleRate). */
  readonly rate: number;
  /** Where an intake's trace starts: start-intake's function name (SQS gives it no upstream decision). */
  readonly starterFunctionName: string;
  /** The Express stages machine's name: an execution started without a sampled trace header decides here. */
  readonly stagesName: string;
  /** The stages watchdog's function name (functions/watch-stages): its checks start traces of their own. */
  readonly watcherFunctionName: string;
}

/**
 * X-Ray samples a share of intakes instead of the default rule's first request each second (which
 * traces nearly every execution of a steady trickle of mail). The decision is taken where a trace
 * starts and travels with the trace header: start-intake's, then StartExecution, then every task's
 * Lambda. No reservoir: the rate is the rate, also at a handful of documents a minute.
 */
export class TraceSampling extends Construct {
  readonly rules: CfnSamplingRule[];

  constructor(scope: Construct, id: string, props: TraceSamplingProps) {
    super(scope, id);
    const suffix = stackUniqueSuffix(Stack.of(this));
    const rule = (name: string, serviceName: string, serviceType: string) =>
      new CfnSamplingRule(this, name, {
        samplingRule: {
          // At most 32 characters: 'pm-' + 8 + '-' + the suffix's 12.
          ruleName: Fn.join('-', [`pm-${name.toLowerCase().slice(0, 8)}`, suffix]),
          priority: 100,
          fixedRate: props.rate,
          reservoirSize: 0,
          serviceName,
          serviceType,
          host: '*',
          httpMethod: '*',
          urlPath: '*',
          resourceArn: '*',
          version: 1,
        },
      });
    this.rules = [rule('Starter', props.starterFunctionName, 'AWS::Lambda::Function'), rule('Stages', props.stagesName, 'AWS::StepFunctions::StateMachine'), rule('Watchdog', props.watcherFunctionName, 'AWS::Lambda::Function')];
  }
}
