import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { RestApi } from 'aws-cdk-lib/aws-apigateway';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  GeoRestriction,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
  type BehaviorOptions,
} from 'aws-cdk-lib/aws-cloudfront';
import { RestApiOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership, type IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { apiStageName } from './api.ts';

export interface ArchivistsPageProps {
  readonly api: RestApi;
  /** The CLOUDFRONT-scoped web ACL of the us-east-1 companion stack. */
  readonly webAclArn: string;
  readonly accessLogs: IBucket;
  /** The document bucket, whose short-lived links the page shows page images and originals from. */
  readonly documentBucket: IBucket;
  /** The Cognito hosted sign-in domain (https://<prefix>.auth.<region>.amazoncognito.com). */
  readonly signInOrigin: string;
  readonly countries: readonly string[];
}

/**
 * The archivists' and case handlers' page: static files on a private bucket that only this
 * distribution can read (origin access control), and the API under the same origin (/api/*,
 * /openapi.json to the REST API's stage), so the page needs no CORS and its CSP can say 'self'.
 * Every answer carries the security headers; the CloudFront web ACL lives in the companion stack.
 */
export class ArchivistsPage extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  readonly headers: ResponseHeadersPolicy;

  constructor(scope: Construct, id: string, props: ArchivistsPageProps) {
    super(scope, id);
    const { region } = Stack.of(this);

    this.bucket = new Bucket(this, 'Files', {
      // The page's HTML, CSS and scripts: no personal data, and identical for everyone.
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'page-bucket/',
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{ id: 'expire-old-page-versions', noncurrentVersionExpiration: Duration.days(30) }],
    });
    Validations.of(this.bucket).acknowledge(
      { id: 'HIPAA.Security-S3DefaultEncryptionKMS', reason: 'The bucket holds the page\'s static HTML, CSS and scripts, the same for every visitor and free of personal data; SSE-S3 lets CloudFront read it through origin access control without a KMS key policy for CloudFront.' },
      { id: 'HIPAA.Security-S3BucketReplicationEnabled', reason: 'The page\'s static files are built from the repository by every deploy; a lost bucket is rebuilt by deploying again.' },
    );

    this.headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'postmottak: HSTS, CSP, frame and content-type options, referrer policy',
      securityHeadersBehavior: {
        strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, preload: true, override: true },
        contentSecurityPolicy: {
          contentSecurityPolicy: [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            // Page images and originals come as short-lived links to the document bucket.
            `img-src 'self' data: blob: https://${props.documentBucket.bucketRegionalDomainName}`,
            `connect-src 'self' https://cognito-idp.${region}.amazonaws.com ${props.signInOrigin}`,
            `form-action 'self' ${props.signInOrigin}`,
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "object-src 'none'",
            'upgrade-insecure-requests',
          ].join('; '),
          override: true,
        },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        contentTypeOptions: { override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
      },
    });

    const apiBehavior: BehaviorOptions = {
      origin: new RestApiOrigin(props.api, { originPath: `/${apiStageName}` }),
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      // Answers depend on who asks: never cached at the edge.
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: this.headers,
    };
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'postmottak: the archivists\' page and its API',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.headers,
      },
      additionalBehaviors: { '/api/*': apiBehavior, '/openapi.json': apiBehavior },
      webAclId: props.webAclArn,
      geoRestriction: GeoRestriction.allowlist(...props.countries),
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
    });
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR3',
        reason:
          'CloudFront standard logs need a bucket with ACLs enabled, which every bucket of this stack disables. Requests that touch data go on to the REST API, whose access log (who, what, status) and WAF log are kept in the data region; the page itself is static files.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'On the default *.cloudfront.net certificate CloudFront cannot be held to TLS 1.2 for viewers (minimumProtocolVersion applies only to a custom certificate). With a custom domain, its ACM certificate belongs in the us-east-1 companion stack and minimumProtocolVersion TLS_V1_2_2021 goes with it. The origins are reached over TLS 1.2 or later.',
      },
    );
  }
}
