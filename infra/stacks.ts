import type { App } from 'aws-cdk-lib';
import { PostmottakEdgeStack } from './edge-stack.ts';
import { PostmottakStack } from './postmottak-stack.ts';
import { EDGE_REGION, type DeploymentSettings } from './settings.ts';

export interface PostmottakStacks {
  readonly data: PostmottakStack;
  readonly edge: PostmottakEdgeStack;
}

/**
 * The two stacks of a deployment: the data stack in the configured region (never the deploying
 * credentials' region) and its CloudFront companion in us-east-1, which holds no data.
 */
export function buildStacks(app: App, options: { name: string; account: string | undefined; settings: DeploymentSettings }): PostmottakStacks {
  const { name, account, settings } = options;
  const edge = new PostmottakEdgeStack(app, `${name}Edge`, {
    env: { account, region: EDGE_REGION },
    description: 'postmottak: the CloudFront-scoped web ACL of the archivists\' page (us-east-1 by AWS\'s rule; holds no data)',
  });
  const data = new PostmottakStack(app, name, {
    env: { account, region: settings.region },
    settings,
    pageWebAclArn: edge.webAclArn,
  });
  // The cross-region reference (the web ACL's ARN) already orders the deploy: edge first.
  return { data, edge };
}
