/**
 * The schema features the DDL conformance cases exercise, who builds each, and whether it is built.
 * A case counts as "not yet built" when it uses a feature marked unbuilt here; flipping a feature to
 * built makes every case using it count (and fail the suite if it does not pass). Features are
 * detected from the parsed statements, never from case ids.
 */

import type { DdlColumnDefinition, DdlAlterTableAction, DdlTableConstraint } from '../../src/sql/ast/ddl-table';
import type { DdlStatement } from '../../src/sql/ast/ddl-statement';
import type { DdlColumnType } from '../../src/sql/ast/ddl-common';

export type Owner = 'schema core' | 'constraints' | 'schema objects' | 'sql front end';

export const FEATURES = {
  /** Tables, columns, keys, interleaving, row deletion policies, synonyms, ALTER/DROP/RENAME. */
  tables: { owner: 'schema core', built: true },
  secondaryIndexes: { owner: 'schema core', built: true },
  databaseOptions: { owner: 'schema core', built: true },
  checkConstraints: { owner: 'constraints', built: true },
  foreignKeys: { owner: 'constraints', built: true },
  generatedColumns: { owner: 'constraints', built: true },
  columnDefaults: { owner: 'constraints', built: true },
  columnOnUpdate: { owner: 'constraints', built: true },
  identityColumns: { owner: 'constraints', built: true },
  views: { owner: 'schema objects', built: true },
  functions: { owner: 'schema objects', built: true },
  sequences: { owner: 'schema objects', built: true },
  changeStreams: { owner: 'schema objects', built: true },
  models: { owner: 'schema objects', built: true },
  searchIndexes: { owner: 'schema objects', built: true },
  vectorIndexes: { owner: 'schema objects', built: true },
  namedSchemas: { owner: 'schema objects', built: true },
  placements: { owner: 'schema objects', built: true },
  localityGroups: { owner: 'schema objects', built: true },
  accessControl: { owner: 'schema objects', built: true },
  protoBundles: { owner: 'schema objects', built: true },
  statistics: { owner: 'schema core', built: true },
  /**
   * The official emulator's DDL parser words syntax errors its own way ("Encountered ')' while
   * parsing: column_type", "Syntax error on line 4, column 15: ..."), and so does our DDL parser.
   */
  emulatorParserWording: { owner: 'sql front end', built: true },
  /**
   * Spanner parses the SQL embedded in DDL (CHECK and generated expressions, view bodies) only when
   * it analyses the statement, so a syntax error there is reported as an analysis error ("Error
   * parsing expression ... from check constraint", "Cannot replace VIEW ..."). Our parser keeps
   * such fragments as text for analysis too; a case lands here only if it rejected one anyway.
   */
  deferredEmbeddedSqlErrors: { owner: 'sql front end', built: true },
} satisfies Record<string, { owner: Owner; built: boolean }>;

export type Feature = keyof typeof FEATURES;

/**
 * The feature each file is about: a statement that does not parse exercises the parser only, so
 * its case counts under its file's feature.
 */
export const FILE_FEATURES: Readonly<Record<string, Feature>> = {
  'change_streams.test': 'changeStreams',
  'check_constraint.test': 'checkConstraints',
  'column_default_values.test': 'columnDefaults',
  'column_on_update.test': 'columnOnUpdate',
  'combined.test': 'tables',
  'foreign_key.test': 'foreignKeys',
  'generated_column.test': 'generatedColumns',
  'key_column_alteration.test': 'tables',
  'models.test': 'models',
  'search.test': 'searchIndexes',
  'views.test': 'views',
};

/** Errors Spanner raises when analysing embedded SQL; a case expecting one should never fail to parse. */
const EMBEDDED_SQL_ERROR =
  /Error parsing expression '|Error (?:parsing|analyzing) the definition of|Cannot replace VIEW/;

/** The feature of a case whose statement our parser rejects although Spanner fails it later. */
export function unparsedStatementFeatures(expected: string): Feature[] {
  return EMBEDDED_SQL_ERROR.test(expected) ? ['deferredEmbeddedSqlErrors'] : [];
}

/** Expected errors worded by the official emulator's own DDL parser. */
const EMULATOR_PARSER_WORDING =
  /Encountered .* while parsing|Syntax error on line \d+|Expecting '|Encountered an unknown character/;

export function expectedTextFeatures(expected: string): Feature[] {
  return EMULATOR_PARSER_WORDING.test(expected) ? ['emulatorParserWording'] : [];
}

export function statementFeatures(stmt: DdlStatement): Feature[] {
  switch (stmt.kind) {
    case 'createTable':
      return ['tables', ...stmt.columns.flatMap(columnFeatures), ...stmt.constraints.map(constraintFeature)];
    case 'alterTable':
      return ['tables', ...alterTableFeatures(stmt.action)];
    case 'dropTable':
    case 'renameTable':
      return ['tables'];
    case 'createIndex':
      return ['secondaryIndexes'];
    case 'alterIndex':
    case 'dropIndex':
      return [
        stmt.indexKind === 'index'
          ? 'secondaryIndexes'
          : stmt.indexKind === 'search'
            ? 'searchIndexes'
            : 'vectorIndexes',
      ];
    case 'createSearchIndex':
      return ['searchIndexes'];
    case 'createVectorIndex':
      return ['vectorIndexes'];
    case 'createDatabase':
    case 'alterDatabase':
    case 'analyze':
      return ['databaseOptions'];
    default:
      return objectStatementFeatures(stmt);
  }
}

function objectStatementFeatures(stmt: DdlStatement): Feature[] {
  const byKind: Partial<Record<DdlStatement['kind'], Feature>> = {
    createView: 'views',
    dropView: 'views',
    createFunction: 'functions',
    dropFunction: 'functions',
    createSequence: 'sequences',
    alterSequence: 'sequences',
    dropSequence: 'sequences',
    createChangeStream: 'changeStreams',
    alterChangeStream: 'changeStreams',
    dropChangeStream: 'changeStreams',
    createModel: 'models',
    alterModel: 'models',
    dropModel: 'models',
    createSchema: 'namedSchemas',
    alterSchema: 'namedSchemas',
    dropSchema: 'namedSchemas',
    createPlacement: 'placements',
    alterPlacement: 'placements',
    dropPlacement: 'placements',
    createLocalityGroup: 'localityGroups',
    alterLocalityGroup: 'localityGroups',
    dropLocalityGroup: 'localityGroups',
    createRole: 'accessControl',
    dropRole: 'accessControl',
    grant: 'accessControl',
    revoke: 'accessControl',
    createProtoBundle: 'protoBundles',
    alterProtoBundle: 'protoBundles',
    dropProtoBundle: 'protoBundles',
    alterStatistics: 'statistics',
  };
  const feature = byKind[stmt.kind];
  if (feature === undefined) throw new Error(`no feature for statement kind ${stmt.kind}`);
  return [feature];
}

function columnFeatures(column: DdlColumnDefinition): Feature[] {
  const features: Feature[] = [];
  if (column.generated !== null) features.push('generatedColumns');
  if (column.defaultValue !== null) features.push('columnDefaults');
  if (column.onUpdate !== null) features.push('columnOnUpdate');
  if (column.identity !== null || column.autoIncrement) features.push('identityColumns');
  if (column.placementKey) features.push('placements');
  if (usesType(column.type, (t) => t.kind === 'scalar' && t.name === 'TOKENLIST')) features.push('searchIndexes');
  if (usesType(column.type, (t) => t.kind === 'named')) features.push('protoBundles');
  if (column.options?.some((o) => o.name.toLowerCase() === 'locality_group')) features.push('localityGroups');
  return features;
}

function usesType(type: DdlColumnType, test: (t: DdlColumnType) => boolean): boolean {
  if (test(type)) return true;
  if (type.kind === 'array') return usesType(type.element, test);
  if (type.kind === 'struct') return type.fields.some((f) => usesType(f.type, test));
  return false;
}

function constraintFeature(constraint: DdlTableConstraint): Feature {
  return constraint.kind === 'check' ? 'checkConstraints' : 'foreignKeys';
}

function alterTableFeatures(action: DdlAlterTableAction): Feature[] {
  switch (action.kind) {
    case 'addColumn':
      return columnFeatures(action.column);
    case 'addConstraint':
      return [constraintFeature(action.constraint)];
    case 'dropConstraint':
      return ['checkConstraints', 'foreignKeys'];
    case 'alterColumn': {
      const alteration = action.alteration;
      if (alteration.kind === 'redefine') return columnFeatures(alteration.definition);
      if (alteration.kind === 'setDefault' || alteration.kind === 'dropDefault') return ['columnDefaults'];
      if (alteration.kind === 'setOnUpdate' || alteration.kind === 'dropOnUpdate') return ['columnOnUpdate'];
      if (alteration.kind === 'alterIdentity') return ['identityColumns'];
      if (alteration.kind === 'setPlacementKey' || alteration.kind === 'dropPlacementKey') return ['placements'];
      return [];
    }
    default:
      return [];
  }
}
