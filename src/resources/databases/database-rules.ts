/**
 * The rules of CreateDatabase as the official emulator checks them: the create statement names the
 * database, the database id pattern, the dialect, the per-instance quota. Validation only.
 */
import {
  ddlParseError,
  invalidCreateDatabaseStatement,
  invalidDatabaseId,
  isSpannerError,
  missingCreateStatement,
} from '../../errors';
import { parseStatement } from '../../sql';

const DATABASE_ID = /^[a-z][-a-z0-9_]*[a-z0-9]$/;

/** Spanner's limit, which the official emulator enforces too. */
export const MAX_DATABASES_PER_INSTANCE = 100;

export function validateDatabaseId(id: string): void {
  if (id.length < 2 || id.length > 30 || !DATABASE_ID.test(id)) throw invalidDatabaseId(id);
}

/** The database id named by `CREATE DATABASE <name>`, with syntax errors reported as Spanner does. */
export function databaseIdOfCreateStatement(text: string): string {
  if (text === '') throw missingCreateStatement();
  let statement;
  try {
    statement = parseStatement(text, 'ddl');
  } catch (e) {
    if (!isSpannerError(e)) throw e;
    throw ddlParseError(text, e.message);
  }
  if (statement.kind !== 'createDatabase') throw invalidCreateDatabaseStatement(text);
  return statement.name.name;
}
