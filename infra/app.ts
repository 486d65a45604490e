import { addComplianceChecks, postmottakApp } from './compliance.ts';
import { buildStacks } from './stacks.ts';
import { assertDeployable, deploymentFile, readSettingsFile, SettingsError } from './settings.ts';

// The region comes from the deployment settings (infra/deployment.json, or the file `-c settings=FILE`
// names), never from CDK_DEFAULT_REGION, which the CDK CLI always sets from the credentials.
const app = postmottakApp();
const settingsFile: unknown = app.node.tryGetContext('settings');
const account = process.env.CDK_DEFAULT_ACCOUNT;
const settings = readSettingsOrExit(typeof settingsFile === 'string' ? settingsFile : undefined, account !== undefined);
buildStacks(app, { name: app.node.tryGetContext('stackName') ?? 'Postmottak', account, settings });
addComplianceChecks(app);
app.synth();

/**
 * A slip in the settings file is the operator's to correct: one line naming the file and the field, exit 2, no stack trace.
 * With an account (the CDK CLI sets it from the credentials, as for every deploy) the example alarm address is a slip too.
 */
function readSettingsOrExit(file: string | undefined, deploying: boolean) {
  try {
    const settings = readSettingsFile(file);
    if (deploying) assertDeployable(settings, file ?? deploymentFile);
    return settings;
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    process.stderr.write(`postmottak: ${error.message}\n`);
    process.exit(2);
  }
}
