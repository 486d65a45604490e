/**
 * Which folder may import which (README "Architecture"). `npm run lint:deps` checks it; `npm test` runs it.
 * @type {import('dependency-cruiser').IConfiguration}
 */

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'domain/ imports only schemas/ and domain/: no AWS SDK, no engine, no fs or env, no other folder. Allowed besides: node:crypto ' +
        '(hashing is computation, not I/O), fastest-levenshtein (string computation) and the promoted model models/*.json (bundled data, as the configuration is).',
      severity: 'error',
      from: { path: '^domain/' },
      to: { pathNot: ['^domain/', '^schemas/', '^crypto$', '^node_modules/fastest-levenshtein/', '^models/[^/]+[.]json$'] },
    },
    {
      name: 'domain-not-engines',
      comment: 'Engines (OCR, image preparation, PDF reading) wrap libraries; the domain never calls them.',
      severity: 'error',
      from: { path: '^domain/' },
      to: { path: '^engines/' },
    },
    {
      name: 'schemas-only-zod',
      comment: 'schemas/ are the contract: zod and each other, nothing of the implementation.',
      severity: 'error',
      from: { path: '^schemas/' },
      to: { pathNot: ['^schemas/', '^node_modules/zod/'] },
    },
    {
      name: 'stages-not-functions-or-aws',
      comment: 'A stage is the use case: it reaches DynamoDB, S3 and EventBridge only through the ports of stages/ports.ts.',
      severity: 'error',
      from: { path: '^stages/' },
      to: { path: ['^functions/', '^node_modules/@aws-sdk/', '^local/', '^infra/'] },
    },
    {
      name: 'nothing-imports-test',
      comment: 'test/ is for tests: scripts, the corpus and the product never import it (the corpus renderer lives in corpus/).',
      severity: 'error',
      // eval-sets/*/src builds the unseen-writer letters' fixed data with the tests' synthetic-id maker.
      from: { pathNot: '^(test|eval-sets/[^/]+/src)/' },
      to: { path: '^test/' },
    },
    {
      name: 'product-not-scripts-or-corpus',
      comment: 'scripts/ (benchmarks, training) and corpus/ (training letters) are tools around the product, never part of it.',
      severity: 'error',
      from: { path: '^(domain|engines|stages|functions|service|schemas|infra|local|config)/' },
      to: { path: '^(scripts|corpus)/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve is a broken build.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^cdk[.]out/', '^coverage/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.json', '.d.ts'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
