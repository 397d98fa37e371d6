/**
 * Layer rules (ARCHITECTURE.md): each layer imports only downward. Checked in CI by `npm run layers`.
 * The engine and everything below it know nothing of transports, handlers, admin resources,
 * generated protos or the proto <-> engine conversion layer (convert/, which in turn knows no
 * transports, handlers or resources); the SQL front end depends only on errors; storage knows
 * bytes, keys and versions, not the catalog or SQL. Import cycles are refused except inside the
 * recursive-descent parser, the recursive AST types and the walkers that mirror them, where
 * productions and node types refer to each other.
 */
module.exports = {
  forbidden: [
    {
      name: 'engine-below-transports',
      comment: 'engine/, sql/, types/ and errors/ never import server/, handlers/, resources/ or generated/.',
      severity: 'error',
      from: { path: '^src/(engine|sql|types|errors)/' },
      to: { path: '^(src/(server|handlers|resources)/|generated/)' },
    },
    {
      name: 'engine-below-convert',
      comment: 'The proto <-> engine conversion layer sits above the engine: nothing below it imports convert/.',
      severity: 'error',
      from: { path: '^src/(engine|sql|types|errors)/' },
      to: { path: '^src/convert/' },
    },
    {
      name: 'convert-below-resources',
      comment: 'convert/ knows protos and the engine, not transports, handlers or admin resources.',
      severity: 'error',
      from: { path: '^src/convert/' },
      to: { path: '^src/(server|handlers|resources)/' },
    },
    {
      name: 'sql-only-errors',
      comment: 'The SQL front end depends only on errors/.',
      severity: 'error',
      from: { path: '^src/sql/' },
      to: { path: '^src/', pathNot: '^src/(sql|errors)/' },
    },
    {
      name: 'storage-below-schema',
      comment:
        'Storage knows bytes, keys and versions: not the catalog, not SQL, nothing else of the engine ' +
        '(layouts derived from the catalog live above it, in engine/layout).',
      severity: 'error',
      from: { path: '^src/engine/storage/' },
      to: { path: '^src/(engine|sql)/', pathNot: '^src/engine/storage/' },
    },
    {
      name: 'no-cycles',
      comment:
        'No import cycles, except where a recursive grammar is walked: the parser productions, the AST types, ' +
        'the printer that mirrors them, and the view resolver over expressions.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(sql/(parser|ast|printer)|engine/schema/objects/view-analysis)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(node_modules|dist|coverage)/' },
  },
};
