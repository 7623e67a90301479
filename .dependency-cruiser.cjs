/** The dependency rule, checked on every `npm test`: the domain and the use cases know no edge. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain is plain TypeScript: no HTTP, Lark, Prisma, cron, or any other layer.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/', '^node_modules/dayjs/', '^node_modules/chinese-days/', '^node:crypto$', 'crypto'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'use-cases-use-ports',
      comment: 'Use cases reach the world only through src/ports.',
      severity: 'error',
      from: { path: '^src/use-cases/' },
      to: { path: '^(src/(lark|store|http|jobs|cli|lark-stand-in|config|demo|documents)/|node_modules/(@larksuiteoapi|@prisma|prisma|express|node-cron|better-sqlite3|pg)/)' },
    },
    {
      name: 'only-lark-imports-the-sdk',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(lark|lark-stand-in)/' },
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
    doNotFollow: { path: ['node_modules', '^generated/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
