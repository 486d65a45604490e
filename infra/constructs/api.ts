import { Aws, Duration, Fn, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AccessLogField,
  AccessLogFormat,
  AuthorizationType,
  CognitoUserPoolsAuthorizer,
  EndpointType,
  LambdaIntegration,
  LogGroupLogDestination,
  MethodLoggingLevel,
  RestApi,
  type UsagePlan,
} from 'aws-cdk-lib/aws-apigateway';
import { AccountRecovery, CfnUserPoolGroup, FeaturePlan, Mfa, OAuthScope, ResourceServerScope, StandardThreatProtectionMode, UserPool, type UserPoolDomain, type UserPoolClient, type UserPoolResourceServer } from 'aws-cdk-lib/aws-cognito';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { CfnLoggingConfiguration, CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { retentionDays, type PipelineFunction } from './pipeline-function.ts';
import { WebAcl } from './web-acl.ts';
import { stackUniqueSuffix } from './unique-names.ts';
import { apiScopes, scopeName, SYSTEM_CLIENT_ID_ENV } from '../../service/auth/cognito.ts';

/** SPEC.md "The service": one role per person or system; in AWS a Cognito group per role. */
export const roles = {
  archivist: 'Arkivarer: review and quarantine, corrections, cases in full',
  caseworker: 'Saksbehandlere: queues, claims, awaiting deadlines, cases in full',
  reader: 'Lesere: lists and cases, national ids masked, no document text',
  system: 'Systemer: the read API, events and export for downstream systems',
  auditor: 'Revisorer: the access log, nothing else',
} as const;

/** The stage name; CloudFront forwards /api/* and /openapi.json to this stage. */
export const apiStageName = 'live';

export interface ApiProps {
  /** functions/api: the service's Fastify app behind API Gateway. */
  readonly fn: PipelineFunction;
  /** The Express stages: an archivist's decision runs them (StartSyncExecution), as `review decide` does locally. */
  readonly stages: StateMachine;
  readonly logKey: IKey;
  readonly logRetentionDays: number;
  readonly throttle: { readonly ratePerSecond: number; readonly burst: number };
  readonly signInDomainPrefix?: string | undefined;
  /** Countries the API answers (the same as the page's): a regional WAF geo rule blocks the rest. */
  readonly countries: readonly string[];
}

/**
 * The JSON API in AWS: a REST API (a regional WAF web ACL attaches to REST APIs, not to HTTP APIs)
 * whose every /api/… method needs a Cognito access token with one of the API's scopes: a person's
 * (the page's client; the user's groups are the roles) or a downstream system's (the machine client,
 * client credentials; the `system` role). The same Fastify app as `postmottak serve` answers behind
 * it (functions/api; service/auth/cognito.ts maps the token to the role).
 */
export class Api extends Construct {
  readonly userPool: UserPool;
  readonly domain: UserPoolDomain;
  readonly scopes: UserPoolResourceServer;
  /** A downstream system's client: client credentials with a secret, the `postmottak/system.read` scope only. */
  readonly systemClient: UserPoolClient;
  readonly restApi: RestApi;
  readonly accessLogs: LogGroup;
  readonly webAcl: WebAcl;
  readonly usagePlan: UsagePlan;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const stack = Stack.of(this);

    this.userPool = new UserPool(this, 'Users', {
      // People are added by an administrator (the equivalent of `postmottak users add`), never by themselves.
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: { minLength: 14, requireDigits: true, requireLowercase: true, requireUppercase: true, requireSymbols: true, tempPasswordValidity: Duration.days(3) },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Threat protection (compromised credentials, adaptive authentication) comes with the Plus plan.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const [role, description] of Object.entries(roles)) {
      new CfnUserPoolGroup(this, `Group${role[0]!.toUpperCase()}${role.slice(1)}`, { userPoolId: this.userPool.userPoolId, groupName: role, description });
    }
    this.domain = this.userPool.addDomain('SignIn', {
      cognitoDomain: { domainPrefix: props.signInDomainPrefix ?? Fn.join('-', ['postmottak', Aws.ACCOUNT_ID]) },
    });
    this.scopes = this.userPool.addResourceServer('Scopes', {
      identifier: apiScopes.server,
      userPoolResourceServerName: 'postmottak API',
      scopes: [
        new ResourceServerScope({ scopeName: apiScopes.person, scopeDescription: 'A person through the page; the role is the person\'s group' }),
        new ResourceServerScope({ scopeName: apiScopes.systemRead, scopeDescription: 'A downstream system: the system role (routed cases and documents, events, export)' }),
      ],
    });
    this.systemClient = this.userPool.addClient('SystemClient', {
      generateSecret: true,
      // No user signs in through it: only Cognito's refresh-token flow, which client credentials never use.
      authFlows: { userSrp: false },
      oAuth: { flows: { clientCredentials: true }, scopes: [OAuthScope.custom(scopeName('systemRead'))] },
      accessTokenValidity: Duration.hours(1),
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
    });
    this.systemClient.node.addDependency(this.scopes);
    // service/auth/cognito.ts gives the system role to this client's tokens only.
    props.fn.function.addEnvironment(SYSTEM_CLIENT_ID_ENV, this.systemClient.userPoolClientId);

    this.accessLogs = new LogGroup(this, 'AccessLogs', { encryptionKey: props.logKey, retention: retentionDays(props.logRetentionDays), removalPolicy: RemovalPolicy.RETAIN });
    this.restApi = new RestApi(this, 'Rest', {
      description: 'postmottak JSON API (the service of `postmottak serve`), for the archivists\' page and downstream systems',
      endpointConfiguration: { types: [EndpointType.REGIONAL] },
      // Page images, letters' PDFs, the xlsx export and raw uploads are bytes: every media type passes
      // as binary (base64 between API Gateway and the function, which decodes bodies and encodes
      // binary responses: functions/api/handler.ts), so none is mangled as text on the way.
      binaryMediaTypes: ['*/*'],
      // API Gateway writes execution logs only with an account-level role; CDK creates it here.
      cloudWatchRole: true,
      cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN,
      deployOptions: {
        stageName: apiStageName,
        accessLogDestination: new LogGroupLogDestination(this.accessLogs),
        // Who called what and how it ended; never a body (bodies carry national ids and document text)
        // and never the query string (an auditor's search names a national id). Under the Cognito
        // authorizer the IAM `user`/`caller` fields are empty and the resource path is always the
        // proxy's, so the caller is the token's `sub` and the path the request's own.
        accessLogFormat: AccessLogFormat.custom(
          JSON.stringify({
            requestId: AccessLogField.contextRequestId(),
            requestTime: AccessLogField.contextRequestTime(),
            ip: AccessLogField.contextIdentitySourceIp(),
            caller: AccessLogField.contextAuthorizerClaims('sub'),
            httpMethod: AccessLogField.contextHttpMethod(),
            path: AccessLogField.contextPath(),
            protocol: AccessLogField.contextProtocol(),
            status: AccessLogField.contextStatus(),
            responseLength: AccessLogField.contextResponseLength(),
          }),
        ),
        loggingLevel: MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        metricsEnabled: true,
        tracingEnabled: true,
        throttlingRateLimit: props.throttle.ratePerSecond,
        throttlingBurstLimit: props.throttle.burst,
      },
    });
    // The app validates every body and parameter with its zod schemas; the gateway checks what it declares.
    this.restApi.addRequestValidator('Validator', { validateRequestBody: true, validateRequestParameters: true });
    const cloudWatchRole = this.restApi.node.tryFindChild('CloudWatchRole');
    if (cloudWatchRole) {
      Validations.of(cloudWatchRole).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
        reason: 'The account-level role through which API Gateway writes execution logs; AWS documents exactly this managed policy for it and keeps it current as the service changes.',
      });
    }
    Validations.of(this.restApi.deploymentStage).acknowledge(
      {
        id: 'HIPAA.Security-APIGWCacheEnabledAndEncrypted',
        reason: 'No cache on purpose: every answer depends on who asks (roles decide masking and what is visible) and carries personal data; a stage cache would keep it outside the register and could serve one person\'s answer to another.',
      },
      {
        id: 'HIPAA.Security-APIGWSSLEnabled',
        reason: 'A client certificate proves the gateway to an HTTP backend; this API\'s only backend is a Lambda function invoked through IAM, which such a certificate does not apply to.',
      },
    );

    const authorizer = new CognitoUserPoolsAuthorizer(this, 'Authorizer', { cognitoUserPools: [this.userPool], resultsCacheTtl: Duration.minutes(5) });
    const integration = new LambdaIntegration(props.fn.function, { proxy: true, timeout: Duration.seconds(29) });
    const api = this.restApi.root.addResource('api');
    // With scopes the authorizer takes access tokens (not ID tokens): a person's with `postmottak/person`,
    // a system's with `postmottak/system.read`; the service decides the role from the token.
    api.addProxy({
      defaultIntegration: integration,
      anyMethod: true,
      defaultMethodOptions: { authorizer, authorizationType: AuthorizationType.COGNITO, authorizationScopes: [scopeName('person'), scopeName('systemRead')] },
    });
    // SPEC.md: GET /openapi.json describes the API to anyone; it holds no data.
    const openapi = this.restApi.root.addResource('openapi.json').addMethod('GET', integration, { authorizationType: AuthorizationType.NONE });
    Validations.of(openapi).acknowledge(
      { id: 'AwsSolutions-APIG4', reason: 'GET /openapi.json is public by SPEC.md ("The service"): the OpenAPI description of the API, generated from the schemas; it returns no data.' },
      { id: 'AwsSolutions-COG4', reason: 'GET /openapi.json is public by SPEC.md ("The service"): the OpenAPI description of the API, generated from the schemas; it returns no data.' },
    );

    this.usagePlan = this.restApi.addUsagePlan('UsagePlan', {
      description: 'postmottak: throttling of the whole stage (API keys are not used; Cognito identifies callers)',
      throttle: { rateLimit: props.throttle.ratePerSecond, burstLimit: props.throttle.burst },
      apiStages: [{ api: this.restApi, stage: this.restApi.deploymentStage }],
    });

    this.webAcl = new WebAcl(this, 'WebAcl', { scope: 'REGIONAL', rateLimitPerFiveMinutes: 3000, metricPrefix: 'PostmottakApi', countries: props.countries });
    new CfnWebACLAssociation(this, 'WebAclAssociation', { resourceArn: this.restApi.deploymentStage.stageArn, webAclArn: this.webAcl.acl.attrArn });
    // WAF delivers only to log groups named aws-waf-logs-…; the stack's own id keeps the name unique per stack.
    const wafLogs = new LogGroup(this, 'WafLogs', {
      logGroupName: `aws-waf-logs-postmottak-api-${stackUniqueSuffix(stack)}`,
      encryptionKey: props.logKey,
      retention: retentionDays(props.logRetentionDays),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    new CfnLoggingConfiguration(this, 'WafLogging', {
      resourceArn: this.webAcl.acl.attrArn,
      logDestinationConfigs: [wafLogs.logGroupArn],
      // The bearer token and cookies are credentials: never in a log.
      // The query string too: an auditor's access-log search may carry a national id (`nationalId=`).
      redactedFields: [{ singleHeader: { Name: 'authorization' } }, { singleHeader: { Name: 'cookie' } }, { queryString: {} }],
    });

    // The decision runs the stages, as `review decide` does locally, and waits for that short execution;
    // when the wait ends first, the documents that waited beside it are started without waiting.
    props.fn.allow(new PolicyStatement({ actions: ['states:StartSyncExecution', 'states:StartExecution'], resources: [props.stages.stateMachineArn] }));
    // service/lambda.ts reads it: the decision's execution starts here.
    props.fn.function.addEnvironment('INTAKE_STATE_MACHINE_ARN', props.stages.stateMachineArn);
  }

  /**
   * The app client the archivists' page signs in with: Cognito's hosted sign-in, authorization code
   * with PKCE and no client secret (a browser can keep none), tokens short-lived, and only the page's
   * own address as the place to come back to.
   */
  addPageClient(pageOrigin: string): UserPoolClient {
    const client = this.userPool.addClient('PageClient', {
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false },
        // The access token's `postmottak/person` is what the API's methods accept from a person.
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE, OAuthScope.custom(scopeName('person'))],
        callbackUrls: [`${pageOrigin}/`],
        logoutUrls: [`${pageOrigin}/`],
      },
      preventUserExistenceErrors: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(10),
      enableTokenRevocation: true,
    });
    client.node.addDependency(this.scopes);
    return client;
  }
}
