import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Apache PDFBox Preflight (Debian's libpdfbox2-java): the PDF/A-1b validator the letter tests use.
 * ensureSystemPackages installs it with apt when it is missing and we are root (CI), through the same
 * script the page tests use for chromium.
 */
const script = fileURLToPath(new URL('../../scripts/ensure-system-packages.sh', import.meta.url));

export function ensureSystemPackages(...capabilities: string[]): void {
  execFileSync('bash', [script, ...capabilities], { stdio: ['ignore', 'inherit', 'inherit'] });
}

const CLASSPATH = ['preflight', 'pdfbox2', 'fontbox2', 'xmpbox', 'commons-logging', 'javax.activation', 'jaxb-api'].map((j) => `/usr/share/java/${j}.jar`).join(':');

export interface PreflightResult {
  valid: boolean;
  /** What the validator printed: "valid PDF/A-1b" or each violation. */
  report: string;
}

export function preflightA1b(file: string): PreflightResult {
  const run = spawnSync('java', ['-cp', CLASSPATH, 'org.apache.pdfbox.preflight.Validator_A1b', file], { encoding: 'utf8' });
  const report = `${run.stdout}${run.stderr}`;
  return { valid: run.status === 0 && /is a valid PDF\/A-1b file/.test(report), report };
}
