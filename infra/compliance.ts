import { App, Validations, type AppProps } from 'aws-cdk-lib';
import { CURRENTLY_RECOMMENDED_FLAGS } from 'aws-cdk-lib/cx-api';
import { AwsSolutionsChecks, HIPAASecurityChecks, type NagPack } from 'cdk-nag';

/**
 * The app with aws-cdk-lib's recommended feature flags (e.g. access logs granted by bucket policy, not
 * an ACL), the same for `npm run synth` and for the tests. package-lock.json pins the library, so the
 * flags change only with a deliberate upgrade, which the template tests then check.
 */
export function postmottakApp(context: AppProps['context'] = {}, outdir?: string): App {
  return new App({ context: { ...CURRENTLY_RECOMMENDED_FLAGS, ...context }, ...(outdir ? { outdir } : {}) });
}

/**
 * cdk-nag's AWS Solutions pack and, because medical declarations are health data, its HIPAA Security
 * pack. As validation plugins they run during synthesis and an unacknowledged finding fails it; every
 * acknowledgement is written next to the resource it concerns, with its reason.
 */
export function compliancePacks(app: App): NagPack[] {
  return [new AwsSolutionsChecks(app), new HIPAASecurityChecks(app)];
}

export function addComplianceChecks(app: App): void {
  Validations.of(app).addPlugins(...compliancePacks(app));
}
