/**
 * The DDL parse corpus (../shared/conformance/parse/ddl): every file parses as one DDL statement,
 * except `!bad_` files, which must fail with an INVALID_ARGUMENT syntax error worded as Spanner's
 * DDL parser words it (`Syntax error on line 1, column 5: ...`). Files covering
 * features not supported yet are listed once, below; the list is checked both ways so it can only
 * shrink.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Code } from '../../src/errors/codes';
import { isSpannerError } from '../../src/errors/spanner-error';
import { parseDdl } from '../../src/sql/parser/ddl-parser';
import { conformanceFiles } from '../support/conformance';

/** Files Spanner accepts that this parser does not yet, with the reason. */
const NOT_YET_SUPPORTED: Readonly<Record<string, string>> = {
  'create_or_replace_property_graph_fingraph_verbose.sql': 'property graphs are not supported',
  'create_property_graph_schemaless.sql': 'property graphs are not supported',
  'drop_property_graph.sql': 'property graphs are not supported',
};

const files = conformanceFiles('parse/ddl').map((f) => [path.basename(f), f] as const);

function parseFile(file: string): unknown {
  try {
    parseDdl(fs.readFileSync(file, 'utf8'));
    return null;
  } catch (e) {
    return e;
  }
}

describe('DDL parse corpus', () => {
  it.each(files.filter(([name]) => name.startsWith('!bad_')))('rejects %s with a syntax error', (_name, file) => {
    const error = parseFile(file);
    expect(isSpannerError(error)).toBe(true);
    if (isSpannerError(error)) {
      expect(error.code).toBe(Code.INVALID_ARGUMENT);
      expect(error.message).toMatch(/^Syntax error on line \d+, column \d+: \S/);
    }
  });

  it.each(files.filter(([name]) => !name.startsWith('!bad_') && !(name in NOT_YET_SUPPORTED)))('parses %s', (_name, file) => {
    const error = parseFile(file);
    if (error !== null) throw error;
  });

  it.each(Object.keys(NOT_YET_SUPPORTED))('does not parse %s yet (remove it from the list once it does)', (name) => {
    const file = files.find(([n]) => n === name);
    expect(file).toBeDefined();
    if (file !== undefined) expect(isSpannerError(parseFile(file[1]))).toBe(true);
  });
});
