/**
 * The import graph's rules (test/build/importGraph.test.ts holds the code to them): no cycle,
 * type-only imports included, and no arrow running up the layers README's Layout lists —
 * schema at the bottom, then engine, content and derivation, i18n, state, the views, and the
 * entry points (cli, build, bench) on top.
 */
const LAYERS = {
  schema: [],
  engine: ['schema'],
  content: ['schema', 'engine'],
  derivation: ['schema', 'engine'],
  i18n: ['schema', 'engine'],
  state: ['schema', 'engine', 'content', 'derivation', 'i18n'],
  ui: ['schema', 'engine', 'content', 'derivation', 'i18n', 'state'],
};

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...Object.entries(LAYERS).map(([layer, below]) => ({
      name: `${layer}-imports-only-below`,
      comment: `src/${layer} may import ${below.length ? below.join(', ') : 'nothing else in src'}`,
      severity: 'error',
      from: { path: `^src/${layer}/` },
      to: {
        path: '^src/',
        pathNot: [`^src/${layer}/`, ...below.map((b) => `^src/${b}/`)],
      },
    })),
    {
      name: 'ui-check-below-equations',
      comment: 'the answer parts (ui/check) sit below the rows that hold them (ui/equations)',
      severity: 'error',
      from: { path: '^src/ui/check/' },
      to: { path: '^src/ui/equations/' },
    },
    {
      name: 'pure-engine-and-derivation',
      comment: 'the engine and the derivation builder are pure TypeScript: no React, D3, KaTeX',
      severity: 'error',
      from: { path: '^src/(engine|derivation|schema)/' },
      to: { dependencyTypes: ['npm', 'npm-dev'] },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/.*\\.d\\.ts$' },
  },
};
