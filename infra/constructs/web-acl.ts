import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

export interface WebAclProps {
  /** REGIONAL for the REST API; CLOUDFRONT for the distribution (which AWS keeps only in us-east-1). */
  readonly scope: 'REGIONAL' | 'CLOUDFRONT';
  /** Requests from one address in five minutes before the address is blocked for a while. */
  readonly rateLimitPerFiveMinutes: number;
  readonly metricPrefix: string;
  /**
   * ISO 3166-1 alpha-2 codes: requests from elsewhere are blocked. For the regional API, whose callers
   * are the page (through CloudFront, which restricts viewers itself) and downstream systems.
   */
  readonly countries?: readonly string[];
}

/**
 * A web ACL with AWS's managed common rule set (the OWASP-style core: bad inputs, oversized bodies,
 * known exploit patterns), its known-bad-inputs set, and a per-address rate limit. Managed rule sets
 * are kept current by AWS, which is the point of using them instead of writing rules.
 */
export class WebAcl extends Construct {
  readonly acl: CfnWebACL;

  constructor(scope: Construct, id: string, props: WebAclProps) {
    super(scope, id);
    const visibility = (name: string) => ({ cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName: `${props.metricPrefix}${name}` });
    const managed = (name: string, priority: number) => ({
      name,
      priority,
      overrideAction: { none: {} },
      statement: { managedRuleGroupStatement: { vendorName: 'AWS', name } },
      visibilityConfig: visibility(name),
    });
    this.acl = new CfnWebACL(this, 'Acl', {
      scope: props.scope,
      defaultAction: { allow: {} },
      visibilityConfig: visibility('WebAcl'),
      rules: [
        ...(props.countries ? [onlyFrom(props.countries, visibility('OnlyFromCountries'))] : []),
        managed('AWSManagedRulesCommonRuleSet', 1),
        managed('AWSManagedRulesKnownBadInputsRuleSet', 2),
        {
          name: 'RateLimitPerAddress',
          priority: 3,
          action: { block: {} },
          statement: { rateBasedStatement: { limit: props.rateLimitPerFiveMinutes, aggregateKeyType: 'IP' } },
          visibilityConfig: visibility('RateLimitPerAddress'),
        },
      ],
    });
  }
}

/**
 * Blocks a request unless its address is in one of the countries. A request the page sends through
 * CloudFront arrives from an edge server, whose address may be placed in another country than the
 * person's; CloudFront has checked the viewer's country already and names the viewer's address first
 * in X-Forwarded-For, so that address counts too. A caller can write that header itself, so this
 * keeps out the world's unsolicited traffic, not a determined caller: the token is the access control.
 */
function onlyFrom(countries: readonly string[], visibilityConfig: CfnWebACL.VisibilityConfigProperty): CfnWebACL.RuleProperty {
  const countryCodes = [...countries];
  return {
    name: 'OnlyFromCountries',
    priority: 0,
    action: { block: {} },
    statement: {
      notStatement: {
        statement: {
          orStatement: {
            statements: [{ geoMatchStatement: { countryCodes } }, { geoMatchStatement: { countryCodes, forwardedIpConfig: { headerName: 'X-Forwarded-For', fallbackBehavior: 'NO_MATCH' } } }],
          },
        },
      },
    },
    visibilityConfig,
  };
}
