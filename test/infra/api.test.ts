import { beforeAll, describe, expect, it } from 'vitest';
import { lambdaFunctions, triggerFunctions } from '../../functions/lambda-functions.ts';
import { roles } from '../../infra/constructs/api.ts';
import { defaultSettings } from '../../infra/settings.ts';
import { logicalId, ofType, synthesize, type Synthesized } from './synth.ts';

// Issue #11 item 8: the API handlers as Lambda behind API Gateway, the page behind CloudFront.

let s: Synthesized;
beforeAll(() => {
  s = synthesize();
});

const allSpecs = [...lambdaFunctions, ...triggerFunctions];
const fnId = (name: string) => logicalId(s.stack, s.stack.functions.get(name)!.function);
const policyOf = (name: string) => s.resources[logicalId(s.stack, { node: { defaultChild: s.stack.functions.get(name)!.policy.node.defaultChild } })]!.Properties!.PolicyDocument.Statement as any[];
const restApiId = () => logicalId(s.stack, s.stack.api.restApi);

describe('REST API', () => {
  it('is a regional REST API whose every /api method needs a Cognito user pool token, answered by functions/api', () => {
    const [[, api]] = ofType(s.resources, 'AWS::ApiGateway::RestApi') as [[string, any]];
    expect(api.EndpointConfiguration).toEqual({ Types: ['REGIONAL'] });
    const authorizers = ofType(s.resources, 'AWS::ApiGateway::Authorizer');
    expect(authorizers).toHaveLength(1);
    const [[authorizerId, authorizer]] = authorizers as [[string, any]];
    expect(authorizer).toMatchObject({ Type: 'COGNITO_USER_POOLS', ProviderARNs: [{ 'Fn::GetAtt': [logicalId(s.stack, s.stack.api.userPool), 'Arn'] }] });

    const resources = Object.fromEntries(ofType(s.resources, 'AWS::ApiGateway::Resource').map(([id, r]) => [id, r]));
    const methods: any[] = ofType(s.resources, 'AWS::ApiGateway::Method').map(([, m]) => ({ ...m, path: resources[m.ResourceId.Ref]?.PathPart }));
    const underApi = methods.filter((m) => m.path === '{proxy+}');
    expect(underApi.length).toBeGreaterThan(0);
    for (const method of underApi) expect(method).toMatchObject({ AuthorizationType: 'COGNITO_USER_POOLS', AuthorizerId: { Ref: authorizerId } });
    // Only the OpenAPI description is open (SPEC.md), and nothing else.
    expect(methods.filter((m) => m.AuthorizationType === 'NONE').map((m) => [m.path, m.HttpMethod])).toEqual([['openapi.json', 'GET']]);
    for (const method of methods) {
      expect(method.Integration.Type).toBe('AWS_PROXY');
      expect(JSON.stringify(method.Integration.Uri)).toContain(fnId('api'));
    }
  });

  it('has the roles as the user pool\'s groups, people added by an administrator only, MFA required', () => {
    expect(ofType(s.resources, 'AWS::Cognito::UserPoolGroup').map(([, g]) => g.GroupName).sort()).toEqual(['archivist', 'auditor', 'caseworker', 'reader', 'system']);
    expect(Object.keys(roles).sort()).toEqual(['archivist', 'auditor', 'caseworker', 'reader', 'system']);
    const [[, pool]] = ofType(s.resources, 'AWS::Cognito::UserPool') as [[string, any]];
    expect(pool).toMatchObject({ AdminCreateUserConfig: { AllowAdminCreateUserOnly: true }, MfaConfiguration: 'ON' });
  });

  it('lets the page sign in with the authorization code flow and no client secret, returning only to the page itself', () => {
    const client = ofType(s.resources, 'AWS::Cognito::UserPoolClient').map(([, c]) => c).find((c) => c.AllowedOAuthFlows?.includes('code'))!;
    expect(client).toMatchObject({ GenerateSecret: false, AllowedOAuthFlows: ['code'], AllowedOAuthFlowsUserPoolClient: true, PreventUserExistenceErrors: 'ENABLED' });
    const distributionId = logicalId(s.stack, s.stack.page.distribution);
    expect(client.CallbackURLs).toEqual([{ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }, '/']] }]);
  });

  it('is behind a regional WAF web ACL with AWS\'s managed common rule set, logged with credentials redacted', () => {
    const acls = ofType(s.resources, 'AWS::WAFv2::WebACL');
    expect(acls).toHaveLength(1);
    const [[aclId, acl]] = acls as [[string, any]];
    expect(acl.Scope).toBe('REGIONAL');
    expect(acl.Rules.map((r: any) => r.Statement.ManagedRuleGroupStatement?.Name).filter(Boolean)).toContain('AWSManagedRulesCommonRuleSet');
    const [[, association]] = ofType(s.resources, 'AWS::WAFv2::WebACLAssociation') as [[string, any]];
    expect(association.WebACLArn).toEqual({ 'Fn::GetAtt': [aclId, 'Arn'] });
    expect(JSON.stringify(association.ResourceArn)).toContain(logicalId(s.stack, s.stack.api.restApi.deploymentStage));
    const [[, logging]] = ofType(s.resources, 'AWS::WAFv2::LoggingConfiguration') as [[string, any]];
    expect(logging.RedactedFields).toContainEqual({ SingleHeader: { Name: 'authorization' } });
    // An auditor's access-log search by person carries the national id in the query string.
    expect(logging.RedactedFields).toContainEqual({ QueryString: {} });
  });

  it('passes every media type as binary, so page images, PDFs, the xlsx export and raw uploads arrive as the bytes they are', () => {
    const [[, api]] = ofType(s.resources, 'AWS::ApiGateway::RestApi') as [[string, any]];
    expect(api.BinaryMediaTypes).toEqual(['*/*']);
  });

  it('throttles the stage and has a usage plan with the configured throttling', () => {
    const [[, plan]] = ofType(s.resources, 'AWS::ApiGateway::UsagePlan') as [[string, any]];
    expect(plan.Throttle).toEqual({ RateLimit: defaultSettings.apiThrottle.ratePerSecond, BurstLimit: defaultSettings.apiThrottle.burst });
    expect(plan.ApiStages).toEqual([expect.objectContaining({ ApiId: { Ref: restApiId() } })]);
    const [[, stage]] = ofType(s.resources, 'AWS::ApiGateway::Stage') as [[string, any]];
    expect(stage.MethodSettings).toContainEqual(expect.objectContaining({ HttpMethod: '*', ResourcePath: '/*', ThrottlingRateLimit: defaultSettings.apiThrottle.ratePerSecond, ThrottlingBurstLimit: defaultSettings.apiThrottle.burst, DataTraceEnabled: false }));
    expect(JSON.stringify(stage.AccessLogSetting.DestinationArn)).toContain(`{"Ref":"${logicalId(s.stack, s.stack.api.accessLogs)}"}`);
    // Who called what and how it ended, never a body or the query string (an auditor's search names a
    // national id); the caller is the Cognito token's subject, the path the request's own.
    const format = JSON.parse(stage.AccessLogSetting.Format);
    expect(format).toMatchObject({ caller: '$context.authorizer.claims.sub', path: '$context.path', status: '$context.status', httpMethod: '$context.httpMethod' });
    expect(stage.AccessLogSetting.Format).not.toMatch(/body|querystring|\$input/i);
    expect(stage.TracingEnabled).toBe(true);
  });

  it('lets the api function, and of the rest only start-intake, start the stages: the api function synchronously (and the documents waiting beside a decision asynchronously), start-intake asynchronously; nothing else', () => {
    const stagesRef = { Ref: logicalId(s.stack, s.stack.intake.stages.stateMachine) };
    const on = (name: string, action: string) => policyOf(name).filter((st) => [st.Action].flat().includes(action)).flatMap((st) => [st.Resource].flat());
    const starters = allSpecs.filter((spec) => policyOf(spec.name).some((st) => [st.Action].flat().some((a: string) => a.startsWith('states:Start')))).map((spec) => spec.name);
    expect(starters.sort()).toEqual(['api', 'start-intake']);
    expect(on('api', 'states:StartSyncExecution')).toEqual([stagesRef]);
    expect(on('api', 'states:StartExecution')).toEqual([stagesRef]);
    expect(on('start-intake', 'states:StartExecution')).toEqual([stagesRef]);
    const stepFunctionsActions = (name: string) => policyOf(name).flatMap((st) => [st.Action].flat()).filter((a: string) => a.startsWith('states:'));
    expect(stepFunctionsActions('api').sort()).toEqual(['states:StartExecution', 'states:StartSyncExecution']);
    expect(stepFunctionsActions('start-intake')).toEqual(['states:StartExecution']);
    expect(s.resources[fnId('api')]!.Properties!.Environment.Variables.INTAKE_STATE_MACHINE_ARN).toEqual(stagesRef);
  });
});

describe('the archivists\' page', () => {
  const distribution = () => (ofType(s.resources, 'AWS::CloudFront::Distribution')[0]![1] as any).DistributionConfig;

  it('is served from a private bucket that only the distribution can read, through origin access control', () => {
    const bucketId = logicalId(s.stack, s.stack.page.bucket);
    expect(s.resources[bucketId]!.Properties!.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    const origin = distribution().Origins.find((o: any) => o.S3OriginConfig);
    expect(origin.DomainName).toEqual({ 'Fn::GetAtt': [bucketId, 'RegionalDomainName'] });
    expect(origin.OriginAccessControlId).toBeDefined();
    expect(origin.S3OriginConfig.OriginAccessIdentity ?? '').toBe('');
    const policy = ofType(s.resources, 'AWS::S3::BucketPolicy').find(([, p]) => p.Bucket.Ref === bucketId)![1];
    const read = policy.PolicyDocument.Statement.find((st: any) => st.Effect === 'Allow');
    expect(read).toMatchObject({ Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject' });
    expect(JSON.stringify(read.Condition)).toContain(logicalId(s.stack, s.stack.page.distribution));
  });

  it('sends /api/* and /openapi.json to the REST API\'s stage, uncached, with the caller\'s Authorization header', () => {
    const behaviors = distribution().CacheBehaviors as any[];
    expect(behaviors.map((b) => b.PathPattern).sort()).toEqual(['/api/*', '/openapi.json']);
    const apiOrigin = distribution().Origins.find((o: any) => JSON.stringify(o.DomainName).includes(restApiId()));
    expect(apiOrigin.OriginPath).toBe('/live');
    for (const behavior of behaviors) {
      expect(behavior.TargetOriginId).toBe(apiOrigin.Id);
      expect(behavior.ViewerProtocolPolicy).toBe('https-only');
      expect(behavior.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad'); // CachingDisabled
      expect(behavior.OriginRequestPolicyId).toBe('b689b0a8-53d0-40ab-baf2-68738e2966ac'); // AllViewerExceptHostHeader
    }
  });

  it('answers with HSTS, a content security policy, frame, content-type and referrer headers', () => {
    const [[policyId, policy]] = ofType(s.resources, 'AWS::CloudFront::ResponseHeadersPolicy') as [[string, any]];
    const headers = policy.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(headers.StrictTransportSecurity).toMatchObject({ AccessControlMaxAgeSec: 730 * 86400, IncludeSubdomains: true, Override: true });
    const csp = JSON.stringify(headers.ContentSecurityPolicy.ContentSecurityPolicy);
    for (const directive of ["default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "script-src 'self'"]) expect(csp).toContain(directive);
    expect(headers.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
    expect(headers.ContentTypeOptions).toEqual({ Override: true });
    expect(headers.ReferrerPolicy).toEqual({ ReferrerPolicy: 'no-referrer', Override: true });
    expect(distribution().DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
    for (const behavior of distribution().CacheBehaviors) expect(behavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
  });

  it('is guarded by the CloudFront web ACL of the us-east-1 companion stack, with the common rule set, and served only to the configured countries', () => {
    const webAclId = JSON.stringify(distribution().WebACLId);
    expect(webAclId).toContain('Fn::GetStackOutput');
    expect(webAclId).toContain('us-east-1');
    const [[, acl]] = ofType(s.edgeTemplate.toJSON().Resources, 'AWS::WAFv2::WebACL') as [[string, any]];
    expect(acl.Scope).toBe('CLOUDFRONT');
    expect(acl.Rules.map((r: any) => r.Statement.ManagedRuleGroupStatement?.Name).filter(Boolean)).toContain('AWSManagedRulesCommonRuleSet');
    expect(distribution().Restrictions.GeoRestriction).toEqual({ RestrictionType: 'whitelist', Locations: defaultSettings.pageCountries });
  });
});
