import { addComplianceChecks, postmottakApp } from './compliance.ts';
import { buildStacks } from './stacks.ts';
import { readSettingsFile } from './settings.ts';

// The region comes from the deployment settings (infra/deployment.json, or the file `-c settings=FILE`
// names), never from CDK_DEFAULT_REGION, which the CDK CLI always sets from the credentials.
const app = postmottakApp();
const settingsFile: unknown = app.node.tryGetContext('settings');
const settings = readSettingsFile(typeof settingsFile === 'string' ? settingsFile : undefined);
buildStacks(app, { name: app.node.tryGetContext('stackName') ?? 'Postmottak', account: process.env.CDK_DEFAULT_ACCOUNT, settings });
addComplianceChecks(app);
app.synth();
