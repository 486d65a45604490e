import { CfnResource, type Stack, Token } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { EDGE_REGION, HOME_REGION, type DeploymentSettings } from './settings.ts';

export class RegionError extends Error {
  override name = 'RegionError';
}

/**
 * The region rule for a stack that holds data: it must name its region (an environment-agnostic stack
 * would go wherever the deploying credentials point, which is how the template once ended up built for
 * us-east-1), that region must be the configured one, and the configured one must be eu-north-1 unless
 * the settings say why it is not. Thrown at construction, so `cdk synth` refuses.
 */
export function assertDataRegion(stack: Stack, settings: DeploymentSettings): void {
  const region = stack.region;
  if (Token.isUnresolved(region)) {
    throw new RegionError(`${stack.node.path} holds health data and must be given its region explicitly (settings.region, ${HOME_REGION} by default), not left to the deploying credentials`);
  }
  if (region !== settings.region) {
    throw new RegionError(`${stack.node.path} is being built for ${region}, but the deployment settings say ${settings.region}; the region comes from the settings, not from CDK_DEFAULT_REGION`);
  }
  if (region !== HOME_REGION && !settings.regionChosenBecause) {
    throw new RegionError(`${stack.node.path} would keep health data in ${region}; data stays in ${HOME_REGION} unless the settings say why not (regionChosenBecause)`);
  }
}

/** CloudFormation types that keep personal data or could be made to: none may live in the edge stack. */
const dataHoldingTypes = [
  'AWS::S3::Bucket',
  'AWS::DynamoDB::Table',
  'AWS::DynamoDB::GlobalTable',
  'AWS::SQS::Queue',
  'AWS::SNS::Topic',
  'AWS::Logs::LogGroup',
  'AWS::SecretsManager::Secret',
  'AWS::KMS::Key',
  'AWS::Kinesis::Stream',
  'AWS::KinesisFirehose::DeliveryStream',
  'AWS::Events::Archive',
  'AWS::StepFunctions::StateMachine',
  'AWS::Backup::BackupVault',
  'AWS::RDS::DBInstance',
  'AWS::EFS::FileSystem',
] as const;

/** The data-holding resources under a construct, by path and type. */
function dataHoldingResources(scope: IConstruct): string[] {
  return scope.node
    .findAll()
    .filter((c): c is CfnResource => CfnResource.isCfnResource(c) && (dataHoldingTypes as readonly string[]).includes(c.cfnResourceType))
    .map((c) => `${c.node.path} (${c.cfnResourceType})`);
}

/**
 * The one exception to the region rule: a companion stack in us-east-1 for what AWS keeps only there
 * for CloudFront (the CLOUDFRONT-scoped web ACL). It must be in us-east-1 and hold no data, checked
 * when the app synthesizes (a validation on the stack), so adding a bucket or log group to it fails synth.
 */
export function guardEdgeStack(stack: Stack): void {
  if (stack.region !== EDGE_REGION) {
    throw new RegionError(`${stack.node.path} is the CloudFront companion stack and belongs in ${EDGE_REGION}, not ${stack.region}`);
  }
  stack.node.addValidation({
    validate: () => dataHoldingResources(stack).map((r) => `${r} holds data; the ${EDGE_REGION} companion stack may hold none (health data stays in the data stack's region)`),
  });
}
