/**
 * The dependency rule, checked on every `npm test` (test/architecture proves each rule refuses a file that breaks it):
 * the domain knows nothing else; ports speak the domain's language; use cases reach the world only through ports;
 * adapters serve use cases and never call them; the product never depends on the tools around it (the Lark stand-in,
 * the demo). Layers that must stay small are written as what they may use, so a new folder is refused until placed.
 */
const tools = '^(src/)?(lark-stand-in|demo|sandbox)/';
const domainLibraries = ['^node_modules/dayjs/', '^node_modules/chinese-days/', '^node:crypto$', '^crypto$'];
const drivers = ['^src/(jobs|cli)/', '^src/lark/handlers/', '^src/(main|start-service)\\.ts$'];

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain is plain TypeScript: no port, use case, HTTP, Lark, Prisma, cron, or any other layer — not even a type.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/', ...domainLibraries] },
    },
    {
      name: 'ports-speak-the-domain',
      comment: 'A port is an interface in the domain\'s terms: it names no adapter, no use case and no library.',
      severity: 'error',
      from: { path: '^src/ports/' },
      to: { pathNot: ['^src/(ports|domain)/'] },
    },
    {
      name: 'use-cases-use-ports',
      comment: 'Use cases reach the world only through src/ports: besides the domain and the ports they use nothing the domain may not.',
      severity: 'error',
      from: { path: '^src/use-cases/' },
      to: { pathNot: ['^src/(use-cases|domain|ports)/', ...domainLibraries] },
    },
    {
      name: 'adapters-serve-use-cases',
      comment: 'Adapters implement ports for the use cases; only drivers (handlers, jobs, command line, composition root) call a use case.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/(use-cases|domain)/', '^src/lark/replies/', tools, ...drivers] },
      to: { path: '^src/use-cases/' },
    },
    {
      name: 'replies-read-outcomes-only',
      comment: 'lark/replies words what a use case returned: it may name the outcome and refusal types, never run a use case.',
      severity: 'error',
      from: { path: '^src/lark/replies/' },
      to: { path: '^src/use-cases/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'product-without-tools',
      comment: 'The Lark stand-in, the demo and the sandbox are tools around the product; the product never imports them.',
      severity: 'error',
      from: { path: '^src/', pathNot: tools },
      to: { path: tools },
    },
    {
      name: 'product-runs-on-its-dependencies',
      comment: "A deployment installs without devDependencies (the stand-in's protobufjs, busboy, ws; the test tools).",
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'only-lark-imports-the-sdk',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/lark/', tools] },
      to: { path: '^node_modules/@larksuiteoapi/' },
    },
    {
      name: 'only-store-imports-prisma',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/store/' },
      to: { path: '^(node_modules/(@prisma|prisma|better-sqlite3|pg)/|generated/)' },
    },
  ],
  options: {
    // A package is named by where it is installed, even when node_modules is a link to another checkout's.
    preserveSymlinks: true,
    doNotFollow: { path: ['node_modules', '^generated/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
