import { beforeAll, describe, expect, it } from 'vitest';
import { logicalId, ofType, synthesize, type Synthesized } from './synth.ts';

// Issue #14 item 7 carried through (QA s13 M5, M6, L2, L3): what a first deploy needs from the template.

let s: Synthesized;
// Countries other than the default, so the template shows the API and the page take the setting (review s14).
const countries = ['NO', 'SE'];
beforeAll(() => {
  s = synthesize({ pageCountries: countries });
});

const idOf = (construct: { node: { defaultChild?: unknown } }) => logicalId(s.stack, construct);
const statementsOf = (policyId: string) => s.resources[policyId]!.Properties!.PolicyDocument.Statement as any[];

describe('the outputs a first deploy uses', () => {
  it('names the user pool, the document bucket, the uploader policy, the system client and the token endpoint', () => {
    const outputs = s.template.toJSON().Outputs as Record<string, { Value: unknown }>;
    const value = (name: string) => Object.entries(outputs).find(([key]) => key === name)?.[1].Value;
    expect(value('UserPoolId')).toEqual({ Ref: idOf(s.stack.api.userPool) });
    expect(value('DocumentBucketName')).toEqual({ Ref: idOf(s.stack.documents.bucket) });
    expect(value('UploaderPolicyArn')).toEqual({ Ref: idOf(s.stack.uploader.policy) });
    expect(value('SystemClientId')).toEqual({ Ref: idOf(s.stack.api.systemClient) });
    expect(JSON.stringify(value('TokenEndpoint'))).toMatch(/amazoncognito\.com\/oauth2\/token/);
  });
});

describe("the mailroom's uploader policy", () => {
  it('may put and list under incoming/ and have S3 encrypt with the data key, nothing else, and is attached to nobody by the stack', () => {
    const policyId = idOf(s.stack.uploader.policy);
    const bucketArn = { 'Fn::GetAtt': [idOf(s.stack.documents.bucket), 'Arn'] };
    const keyArn = { 'Fn::GetAtt': [idOf(s.stack.keys.data), 'Arn'] };
    expect(statementsOf(policyId)).toEqual([
      { Sid: 'PutOriginals', Effect: 'Allow', Action: ['s3:AbortMultipartUpload', 's3:PutObject'], Resource: { 'Fn::Join': ['', [bucketArn, '/incoming/*']] } },
      { Sid: 'ListIncoming', Effect: 'Allow', Action: 's3:ListBucket', Resource: bucketArn, Condition: { StringLike: { 's3:prefix': 'incoming/*' } } },
      { Sid: 'EncryptThroughS3', Effect: 'Allow', Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'], Resource: keyArn, Condition: { StringEquals: { 'kms:ViaService': 's3.eu-north-1.amazonaws.com' } } },
    ]);
    const policy = s.resources[policyId]!.Properties!;
    expect(policy.Roles ?? policy.Users ?? policy.Groups).toBeUndefined();
  });
});

describe("downstream systems' machine client (the system role)", () => {
  const clients = () => ofType(s.resources, 'AWS::Cognito::UserPoolClient');

  it('is a client-credentials client with a secret and the system.read scope only, no user sign-in', () => {
    const [server] = ofType(s.resources, 'AWS::Cognito::UserPoolResourceServer').map(([, r]) => r);
    expect(server).toMatchObject({ Identifier: 'postmottak', UserPoolId: { Ref: idOf(s.stack.api.userPool) } });
    expect(server!.Scopes.map((scope: { ScopeName: string }) => scope.ScopeName).sort()).toEqual(['person', 'system.read']);
    const machine = s.resources[idOf(s.stack.api.systemClient)]!.Properties!;
    expect(machine).toMatchObject({ GenerateSecret: true, AllowedOAuthFlows: ['client_credentials'], AllowedOAuthScopes: ['postmottak/system.read'], ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'] });
    expect(clients()).toHaveLength(2);
    // The page's client asks for the person scope, never the system one.
    const page = clients().find(([id]) => id !== idOf(s.stack.api.systemClient))![1];
    expect(page.AllowedOAuthScopes).toContain('postmottak/person');
    expect(page.AllowedOAuthScopes).not.toContain('postmottak/system.read');
  });

  it('the API methods take access tokens with either scope, and the api function knows which client is the system', () => {
    const resources = Object.fromEntries(ofType(s.resources, 'AWS::ApiGateway::Resource').map(([id, r]) => [id, r]));
    const underApi = ofType(s.resources, 'AWS::ApiGateway::Method').map(([, m]) => m).filter((m) => resources[m.ResourceId.Ref]?.PathPart === '{proxy+}');
    expect(underApi.length).toBeGreaterThan(0);
    for (const method of underApi) expect(method.AuthorizationScopes).toEqual(['postmottak/person', 'postmottak/system.read']);
    const api = s.resources[idOf(s.stack.functions.get('api')!.function)]!.Properties!;
    expect(api.Environment.Variables.SYSTEM_CLIENT_ID).toEqual({ Ref: idOf(s.stack.api.systemClient) });
  });
});

describe('the regional API answers only the configured countries (QA s13 L2)', () => {
  const geoRule = (acl: Record<string, any>) => acl.Rules.find((r: any) => r.Name === 'OnlyFromCountries');

  it('blocks, before any other rule, a request whose address (or the viewer address CloudFront forwards) is not in pageCountries', () => {
    const [[, acl]] = ofType(s.resources, 'AWS::WAFv2::WebACL') as [[string, any]];
    const rule = geoRule(acl);
    expect(rule.Priority).toBe(Math.min(...acl.Rules.map((r: any) => r.Priority)));
    expect(rule.Action).toEqual({ Block: {} });
    const [direct, forwarded] = rule.Statement.NotStatement.Statement.OrStatement.Statements;
    expect(direct).toEqual({ GeoMatchStatement: { CountryCodes: countries } });
    expect(forwarded).toEqual({ GeoMatchStatement: { CountryCodes: countries, ForwardedIPConfig: { HeaderName: 'X-Forwarded-For', FallbackBehavior: 'NO_MATCH' } } });
  });

  it('takes its countries from the setting the distribution uses', () => {
    const distribution = ofType(s.resources, 'AWS::CloudFront::Distribution')[0]![1];
    expect(distribution.DistributionConfig.Restrictions.GeoRestriction.Locations).toEqual(countries);
    // The CloudFront web ACL has no geo rule: the distribution restricts its viewers itself.
    expect(JSON.stringify(s.edgeTemplate.toJSON())).not.toContain('GeoMatch');
  });
});

describe('IAM conditions say what they mean (QA s13 L3)', () => {
  it('no policy compares a wildcard with StringEquals (a literal `*` there never matches)', () => {
    const policies = Object.values(s.resources).filter((r) => r.Type === 'AWS::IAM::ManagedPolicy' || r.Type === 'AWS::IAM::Policy');
    const exact = policies.flatMap((p) => (p.Properties!.PolicyDocument.Statement as any[]).map((st) => st.Condition?.StringEquals).filter(Boolean));
    for (const condition of exact) expect(JSON.stringify(condition)).not.toContain('*');
    // The stages' log delivery may make a data key for log ARNs of this account.
    const stages = statementsOf(idOf(s.stack.intake.stages.policy));
    expect(stages.find((st) => st.Condition?.ArnLike?.['kms:EncryptionContext:SourceArn'])).toMatchObject({ Action: 'kms:GenerateDataKey' });
  });
});
