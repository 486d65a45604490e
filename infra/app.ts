import { PostmottakStack } from './postmottak-stack.ts';
import { addComplianceChecks, postmottakApp } from './compliance.ts';

// Region: the deployment's (CDK_DEFAULT_REGION), else Stockholm, the AWS region closest to Norway.
const app = postmottakApp();
new PostmottakStack(app, app.node.tryGetContext('stackName') ?? 'Postmottak', {
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION ?? 'eu-north-1' },
  description: 'postmottak: incoming-mail pipeline (OCR, classification, registration, deadlines, routing)',
});
addComplianceChecks(app);
app.synth();
