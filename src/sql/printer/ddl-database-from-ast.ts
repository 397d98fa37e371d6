/**
 * Builds the printable definition of a whole database from a plain sequence of CREATE statements,
 * the case where no catalog is needed to know the final schema. Statements that modify or replace
 * existing objects need a catalog, so they are refused rather than approximated.
 */

import type { DdlStatement } from '../ast/ddl-statement';
import type { DatabaseDdlDef } from './ddl-definitions';
import {
  changeStreamDefFromAst,
  functionDefFromAst,
  modelDefFromAst,
  namedOptionsDefFromAst,
  sequenceDefFromAst,
  viewDefFromAst,
} from './ddl-objects-from-ast';
import { emptyDatabaseDdlDef } from './ddl-printer';
import { indexDefFromAst, optionDefs, tableDefFromAst } from './ddl-table-from-ast';

/** The definition after applying `statements` to an empty database, or null if one is not a plain CREATE. */
export function databaseDdlFromCreates(
  databaseName: string,
  statements: readonly DdlStatement[],
): DatabaseDdlDef | null {
  const db = emptyDatabaseDdlDef(databaseName);
  for (const stmt of statements) {
    if (!addCreate(db, stmt)) return null;
  }
  return db;
}

function addCreate(db: DatabaseDdlDef, stmt: DdlStatement): boolean {
  switch (stmt.kind) {
    case 'createTable':
      db.tables.push(tableDefFromAst(stmt));
      return true;
    case 'createIndex':
    case 'createSearchIndex':
    case 'createVectorIndex':
      db.indexes.push(indexDefFromAst(stmt));
      return true;
    case 'createChangeStream':
      db.changeStreams.push(changeStreamDefFromAst(stmt));
      return true;
    case 'createSequence':
      db.sequences.push(sequenceDefFromAst(stmt));
      return true;
    case 'createPlacement':
      db.placements.push(namedOptionsDefFromAst(stmt));
      return true;
    case 'createLocalityGroup':
      db.localityGroups.push(namedOptionsDefFromAst(stmt));
      return true;
    case 'createProtoBundle':
      db.protoBundleTypes.push(...stmt.types);
      return true;
    default:
      return addReplaceableCreate(db, stmt);
  }
}

/** CREATE statements that may say OR REPLACE: plain only when they do not. */
function addReplaceableCreate(db: DatabaseDdlDef, stmt: DdlStatement): boolean {
  switch (stmt.kind) {
    case 'createView':
      if (stmt.orReplace) return false;
      db.views.push(viewDefFromAst(stmt));
      return true;
    case 'createModel':
      if (stmt.orReplace) return false;
      db.models.push(modelDefFromAst(stmt));
      return true;
    case 'createSchema':
      if (stmt.orReplace) return false;
      db.schemas.push(stmt.name.name);
      return true;
    case 'createFunction':
      if (stmt.orReplace) return false;
      db.functions.push(functionDefFromAst(stmt));
      return true;
    case 'createDatabase':
      db.databaseOptions.push(...optionDefs(stmt.options));
      return true;
    default:
      return false;
  }
}
