import { beforeAll, describe, expect, it } from 'vitest';
import { Match } from 'aws-cdk-lib/assertions';
import { compliancePacks } from '../../infra/compliance.ts';
import { logicalId, synthesize, type Synthesized } from './synth.ts';

/**
 * Issue 11: the page in AWS. CDK copies the built page (index.html, styles.css, dist/app.js from the
 * esbuild step serve uses) and a config.json of this deployment's sign-in values into the page
 * bucket, then invalidates the distribution; the outputs name the same values.
 */
let s: Synthesized;
beforeAll(() => {
  s = synthesize();
});

describe('the page files', () => {
  it('deploys the built page and config.json into the page bucket and invalidates the distribution', () => {
    const bucket = logicalId(s.stack, s.stack.page.bucket);
    const distribution = logicalId(s.stack, s.stack.page.distribution);
    const deployments = s.template.findResources('Custom::CDKBucketDeployment');
    expect(Object.keys(deployments)).toHaveLength(1);
    const [deployment] = Object.values(deployments) as { Properties: Record<string, any> }[];
    expect(deployment!.Properties.DestinationBucketName).toEqual({ Ref: bucket });
    expect(deployment!.Properties.DistributionId).toEqual({ Ref: distribution });
    expect(deployment!.Properties.DistributionPaths).toEqual(['/*']);
    // Two sources: the built page, and config.json with deploy-time values filled in by the handler.
    expect(deployment!.Properties.SourceObjectKeys).toHaveLength(2);
    const markers = JSON.stringify(deployment!.Properties.SourceMarkers);
    const client = Object.keys(s.template.findResources('AWS::Cognito::UserPoolClient', { Properties: { AllowedOAuthFlows: ['code'] } }))[0]!;
    expect(markers).toContain(client);
    expect(markers).toContain('DomainName');
  });

  it('writes config.json with the app client, the hosted sign-in domain and the page address as callback', () => {
    const config = s.stack.pageFiles.config;
    expect(config.auth).toBe('cognito');
    const resolved = s.stack.resolve(config) as Record<string, unknown>;
    const client = Object.keys(s.template.findResources('AWS::Cognito::UserPoolClient', { Properties: { AllowedOAuthFlows: ['code'] } }))[0]!;
    expect(resolved.clientId).toEqual({ Ref: client });
    expect(JSON.stringify(resolved.signInOrigin)).toContain('.auth.');
    expect(JSON.stringify(resolved.redirectUri)).toContain('DomainName');
    // The app client takes exactly that address back, with the authorization code flow only.
    s.template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      AllowedOAuthFlows: ['code'],
      GenerateSecret: false,
      CallbackURLs: [Match.objectLike({ 'Fn::Join': Match.anyValue() })],
    });
  });

  it('names the sign-in values as stack outputs', () => {
    const outputs = Object.keys(s.template.toJSON().Outputs ?? {});
    for (const name of ['PageUrl', 'SignInDomain', 'PageClientId', 'CallbackUrl']) expect(outputs.some((o) => o.includes(name)), name).toBe(true);
  });

  it("acknowledges the deployment handler's findings on the handler itself (cdk-nag clean)", () => {
    for (const pack of compliancePacks(s.app)) {
      const findings = pack.validateScope(s.app).violations.flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} at ${r.constructPath}`));
      expect(findings.filter((f) => /BucketDeployment|PageFiles/.test(f))).toEqual([]);
    }
  });

  it('lets a browser on the CloudFront page PUT a presigned upload into the document bucket, and nothing else', () => {
    const bucket = logicalId(s.stack, s.stack.documents.bucket);
    const cors = s.template.toJSON().Resources[bucket].Properties.CorsConfiguration.CorsRules as Record<string, unknown>[];
    expect(cors).toHaveLength(1);
    expect(cors[0]!.AllowedMethods).toEqual(['PUT']);
    expect(cors[0]!.AllowedHeaders).toEqual(['content-type']);
    expect(cors[0]!.AllowedOrigins).toEqual(['https://*.cloudfront.net']);
  });
});
