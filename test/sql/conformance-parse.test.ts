/**
 * The external parse corpus (../shared/conformance/parse/{query,dml,expr}): every file must parse
 * as its kind, every `!bad_` file must fail with a syntax error. NOT_YET_SUPPORTED lists the files
 * expected to fail for now; the test also fails when one of them starts to pass, so the list only
 * shrinks.
 */
import * as fs from 'fs';
import * as path from 'path';
import { SpannerError } from '../../src/errors/spanner-error';
import { Code } from '../../src/errors/codes';
import { parseExpression, parseStatementUncached } from '../../src/sql';
import { conformanceFiles } from '../support/conformance';

const NOT_YET_SUPPORTED: readonly string[] = [];

type Kind = 'query' | 'dml' | 'expr';

function parseAs(kind: Kind, text: string): void {
  if (kind === 'expr') parseExpression(text);
  else parseStatementUncached(text, kind);
}

function outcome(kind: Kind, text: string): 'parsed' | 'syntax error' {
  try {
    parseAs(kind, text);
    return 'parsed';
  } catch (e) {
    if (e instanceof SpannerError && e.code === Code.INVALID_ARGUMENT && e.message.startsWith('Syntax error:'))
      return 'syntax error';
    throw e;
  }
}

const cases: [string, Kind, string][] = (['query', 'dml', 'expr'] as const).flatMap((kind) =>
  conformanceFiles(`parse/${kind}`).map((file): [string, Kind, string] => [
    `${kind}/${path.basename(file)}`,
    kind,
    file,
  ]),
);

describe('parse conformance corpus', () => {
  test('the corpus is there', () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  test.each(cases)('%s', (name, kind, file) => {
    const text = fs.readFileSync(file, 'utf8');
    const bad = path.basename(file).startsWith('!bad_');
    const expected = bad || NOT_YET_SUPPORTED.includes(name) ? 'syntax error' : 'parsed';
    expect(outcome(kind, text)).toBe(expected);
  });

  test('every not-yet-supported entry names a corpus file', () => {
    const names = new Set(cases.map((c) => c[0]));
    for (const name of NOT_YET_SUPPORTED) expect(names.has(name)).toBe(true);
  });
});
