#!/usr/bin/env node
// Launches the TypeScript CLI through tsx, so the CLI runs the very handler sources that esbuild
// bundles for Lambda; nothing is compiled ahead of time.
const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  // In bokmål, as every line the CLI prints for people (this runs before the TypeScript can be loaded).
  process.stderr.write(
    `postmottak: trenger Node.js 22 eller nyere (dette er ${process.version}). Kjør den gjennom npm ` +
      '(npx postmottak / npm start), som bruker Node 22 som `npm install` la i node_modules.\n',
  );
  process.exit(2);
}
const { register } = await import('tsx/esm/api');
register();
// tsx turns on source maps for every module, node_modules included: Node then keeps the parsed maps
// of pdf.js, the AWS SDK and the rest, ~140 MB of heap that every garbage collection walks again
// (a 30-page batch scan: 255 MB live heap instead of 98 MB). Stack traces of the project's own
// TypeScript keep their mapping. (Node 22.14 and later; an older 22 keeps tsx's setting.)
(await import('node:module')).setSourceMapsSupport?.(true, { nodeModules: false, generatedCode: false });
const { main } = await import('../local/cli.ts');
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`postmottak: ${error?.stack ?? error}\n`);
    process.exit(1);
  },
);
