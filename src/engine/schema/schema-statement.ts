/**
 * A DDL statement as submitted and as parsed. Parsed once, when a schema change first sees it; the
 * parsed form then travels through validation, apply against the rows and storage effects, and
 * the text goes to the schema log (which is parsed again only when a database is opened). Parse
 * errors are worded as Spanner wraps them.
 */

import { isSpannerError } from '../../errors/spanner-error';
import { ddlParseError, emptyDdlStatement } from '../../errors/schema-errors';
import type { DdlStatement } from '../../sql/ast/ddl-statement';
import { parseDdl } from '../../sql/parser/ddl-parser';

export interface SchemaStatement {
  /** Exactly as submitted (some messages quote it; the schema log keeps it). */
  readonly text: string;
  readonly ast: DdlStatement;
}

/**
 * Parses one DDL statement, reporting syntax errors the way Spanner wraps them. Positions in them
 * count from the start of the text as sent, leading blank lines included, as Spanner's do.
 */
export function parseSchemaStatement(text: string): SchemaStatement {
  if (text.trim() === '') throw emptyDdlStatement();
  try {
    return { text, ast: parseDdl(text) };
  } catch (e) {
    if (!isSpannerError(e)) throw e;
    throw ddlParseError(text, e.message);
  }
}
