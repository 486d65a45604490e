import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { CfnOutput, DockerImage, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { Distribution } from 'aws-cdk-lib/aws-cloudfront';
import type { UserPoolClient, UserPoolDomain } from 'aws-cdk-lib/aws-cognito';
import type { Policy } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import { retentionDays } from './pipeline-function.ts';
import { webBundleOptions } from '../../service/web-bundle.ts';

const webDir = fileURLToPath(new URL('../../web/', import.meta.url));

/** The files of web/ a browser loads; the TypeScript sources stay behind. */
const pageFiles = ['index.html', 'styles.css'];

export interface PageFilesProps {
  readonly bucket: IBucket;
  readonly distribution: Distribution;
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;
  /** The deployment handler's log, encrypted like every log of the stack. */
  readonly logKey: IKey;
  readonly logRetentionDays: number;
}

/**
 * The page's files in its bucket: index.html, styles.css and dist/app.js built by the same esbuild
 * step as `serve` uses, and a config.json made from this deployment's values (the app client, the
 * Cognito sign-in domain, the callback address), which the page fetches to sign in through the hosted
 * UI; locally there is no config.json and the page keeps its token. Every deployment invalidates the
 * distribution's cache, so nobody keeps an old page.
 */
export class PageFiles extends Construct {
  readonly deployment: BucketDeployment;
  readonly config: Record<string, string>;

  constructor(scope: Construct, id: string, props: PageFilesProps) {
    super(scope, id);
    const pageUrl = `https://${props.distribution.distributionDomainName}/`;
    this.config = {
      auth: 'cognito',
      signInOrigin: props.domain.baseUrl(),
      clientId: props.client.userPoolClientId,
      redirectUri: pageUrl,
      region: Stack.of(this).region,
    };
    const built = Source.asset(webDir, {
      bundling: {
        // Docker is never needed: esbuild runs here, at synthesis, as it does for serve.
        image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22-slim'),
        local: {
          tryBundle(outputDir: string): boolean {
            mkdirSync(path.join(outputDir, 'dist'), { recursive: true });
            buildSync({ ...webBundleOptions(webDir, path.join(outputDir, 'dist', 'app.js')), logLevel: 'error' });
            for (const file of pageFiles) copyFileSync(path.join(webDir, file), path.join(outputDir, file));
            return true;
          },
        },
      },
    });
    this.deployment = new BucketDeployment(this, 'Deploy', {
      sources: [built, Source.jsonData('config.json', this.config)],
      destinationBucket: props.bucket,
      distribution: props.distribution,
      distributionPaths: ['/*'],
      // Old files stay until they are overwritten: a page still open in a browser keeps loading its app.js.
      prune: false,
      memoryLimit: 512,
      logGroup: new LogGroup(this, 'DeployLog', { encryptionKey: props.logKey, retention: retentionDays(props.logRetentionDays), removalPolicy: RemovalPolicy.DESTROY }),
    });

    new CfnOutput(this, 'PageUrl', { value: pageUrl, description: "The archivists' page" });
    new CfnOutput(this, 'SignInDomain', { value: this.config.signInOrigin!, description: 'The Cognito hosted sign-in the page sends people to' });
    new CfnOutput(this, 'PageClientId', { value: this.config.clientId!, description: 'The app client the page signs in with (authorization code + PKCE, no secret)' });
    new CfnOutput(this, 'CallbackUrl', { value: pageUrl, description: 'Where the hosted sign-in sends people back to' });

    acknowledgeDeploymentHandler(Stack.of(this), this.deployment);
  }
}

/** The object-level grants of the handler's policy: `<bucket>/*` of the asset bucket and of the page bucket. */
function objectGrants(stack: Stack, deployment: BucketDeployment): string[] {
  const policy = deployment.handlerRole.node.tryFindChild('DefaultPolicy') as Policy | undefined;
  const document = stack.resolve(policy?.document.toJSON()) as { Statement?: { Resource?: unknown }[] } | undefined;
  const resources = (document?.Statement ?? []).flatMap((st) => (Array.isArray(st.Resource) ? st.Resource : [st.Resource]));
  return [...new Set(resources.map((r) => flattenCfnReference(r)).filter((r) => r.endsWith('/*')))];
}

/**
 * The BucketDeployment handler is aws-cdk-lib's own singleton function: it runs at deployment only,
 * copies the page's public files, and touches no personal data.
 */
function acknowledgeDeploymentHandler(stack: Stack, deployment: BucketDeployment): void {
  const grants = objectGrants(stack, deployment);
  for (const child of stack.node.children) {
    if (!child.node.id.startsWith('Custom::CDKBucketDeployment')) continue;
    Validations.of(child).acknowledge(
      ...grants.map((resource) => ({
        id: `AwsSolutions-IAM5[Resource::${resource}]`,
        reason: "Every object of the CDK asset bucket (the page's bundle) may be read and every object of the page bucket written: the handler copies the whole page, nothing else.",
      })),
      { id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]', reason: "aws-cdk-lib's BucketDeployment handler writes its own CloudWatch log through the managed basic execution policy; it runs only while a deployment copies the page's files." },
      { id: 'AwsSolutions-IAM5[Action::s3:GetBucket*]', reason: "The handler reads the CDK asset bucket and writes the page bucket; aws-cdk-lib grants these read/write action groups on exactly those two buckets." },
      { id: 'AwsSolutions-IAM5[Action::s3:GetObject*]', reason: "The handler reads the CDK asset bucket and writes the page bucket; aws-cdk-lib grants these read/write action groups on exactly those two buckets." },
      { id: 'AwsSolutions-IAM5[Action::s3:List*]', reason: "The handler lists the page bucket to copy the page's files; aws-cdk-lib grants it on that bucket and the asset bucket only." },
      { id: 'AwsSolutions-IAM5[Action::s3:DeleteObject*]', reason: "The handler may replace the page's files in the page bucket; aws-cdk-lib grants the delete action group on that bucket only." },
      { id: 'AwsSolutions-IAM5[Action::s3:Abort*]', reason: "The handler uploads the page's files, and an interrupted multipart upload must be abortable; granted on the page bucket only." },
      { id: 'AwsSolutions-IAM5[Resource::*]', reason: 'CloudFront CreateInvalidation/GetInvalidation, which the handler calls after copying, support no resource-level permission narrower than the distribution set by aws-cdk-lib.' },
      { id: 'AwsSolutions-L1', reason: "The runtime of aws-cdk-lib's BucketDeployment handler is chosen by the library and moves with its upgrades (package-lock.json pins it); it runs only during a deployment." },
      { id: 'HIPAA.Security-LambdaConcurrency', reason: 'The handler runs once per deployment, started by CloudFormation; no traffic reaches it, so it needs no concurrency limit.' },
      { id: 'HIPAA.Security-LambdaDLQ', reason: 'The handler is a CloudFormation custom resource: a failure fails the deployment, which CloudFormation rolls back; there is no event to keep in a dead-letter queue.' },
      { id: 'HIPAA.Security-IAMNoInlinePolicy', reason: "aws-cdk-lib's BucketDeployment grants its handler read on the asset bucket, write on the page bucket and the invalidation as an inline policy of the handler's own role; no other principal uses that role." },
      { id: 'HIPAA.Security-LambdaInsideVPC', reason: "The handler copies the page's public static files between two S3 buckets during a deployment; it touches no personal data and needs no network placement." },
    );
  }
}
