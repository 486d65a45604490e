import { addComplianceChecks, postmottakApp } from './compliance.ts';
import { buildStacks } from './stacks.ts';
import { readSettingsFile, SettingsError } from './settings.ts';

// The region comes from the deployment settings (infra/deployment.json, or the file `-c settings=FILE`
// names), never from CDK_DEFAULT_REGION, which the CDK CLI always sets from the credentials.
const app = postmottakApp();
const settingsFile: unknown = app.node.tryGetContext('settings');
const settings = readSettingsOrExit(typeof settingsFile === 'string' ? settingsFile : undefined);
buildStacks(app, { name: app.node.tryGetContext('stackName') ?? 'Postmottak', account: process.env.CDK_DEFAULT_ACCOUNT, settings });
addComplianceChecks(app);
app.synth();

/** A slip in the settings file is the operator's to correct: one line naming the file and the field, exit 2, no stack trace. */
function readSettingsOrExit(file: string | undefined) {
  try {
    return readSettingsFile(file);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    process.stderr.write(`postmottak: ${error.message}\n`);
    process.exit(2);
  }
}
