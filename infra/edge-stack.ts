import { Stack, Validations, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { WebAcl } from './constructs/web-acl.ts';
import { guardEdgeStack } from './region.ts';

/**
 * The CloudFront companion stack, in us-east-1 because AWS keeps CLOUDFRONT-scoped web ACLs only
 * there. It holds no data, which guardEdgeStack checks at synth: no bucket, table, queue, log group,
 * key or secret may be added to it. The data stack reads the web ACL's ARN through CDK's
 * cross-region references (an SSM parameter in the data region, written by this stack).
 */
export class PostmottakEdgeStack extends Stack {
  readonly webAcl: WebAcl;

  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, { ...props, crossRegionReferences: true });
    guardEdgeStack(this);
    this.webAcl = new WebAcl(this, 'PageWebAcl', { scope: 'CLOUDFRONT', rateLimitPerFiveMinutes: 2000, metricPrefix: 'PostmottakPage' });
    Validations.of(this.webAcl.acl).acknowledge({
      id: 'HIPAA.Security-WAFv2LoggingEnabled',
      reason:
        'WAF logging would write request records (addresses, paths, headers) into a log group in us-east-1, and this stack holds no data by rule. Blocked and allowed counts go to CloudWatch metrics and sampled requests are kept by WAF; the API, where personal data flows, has its own logged regional web ACL in the data region.',
    });
  }

  get webAclArn(): string {
    return this.webAcl.acl.attrArn;
  }
}
