/**
 * The DDL parse corpus (../shared/conformance/parse/ddl): every file parses as one DDL statement,
 * except `!bad_` files, which must fail with an INVALID_ARGUMENT syntax error worded as Spanner's
 * DDL parser words it (`Syntax error on line 1, column 5: ...`).
 */
import * as fs from 'fs';
import * as path from 'path';
import { Code } from '../../src/errors/codes';
import { isSpannerError } from '../../src/errors/spanner-error';
import { parseDdl } from '../../src/sql/parser/ddl-parser';
import { conformanceFiles } from '../support/conformance';

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

  it.each(files.filter(([name]) => !name.startsWith('!bad_')))('parses %s', (_name, file) => {
    const error = parseFile(file);
    if (error !== null) throw error;
  });
});
