/**
 * Judges one step's outcome against its `expect` (SQL corpus README, "Expectations"): an expected
 * error by code name and message pattern, rows (ordered, as a multiset, or contained), column
 * types, row counts, batch DML result sets and read timestamps. Answers the first mismatch as a
 * sentence, or null. It sends nothing; `$var`s are already substituted.
 */
import type { ErrorExpectation, Expectation, Json } from './sql-conformance-cases';
import type { RestError } from './sql-conformance-rest';
import { rowsEqual, typeName, type TypeJson } from './sql-conformance-values';

export interface TransactionJson {
  id?: string;
  readTimestamp?: string;
}

export interface ResultSetJson {
  metadata?: { rowType?: { fields?: { name?: string; type: TypeJson }[] }; transaction?: TransactionJson };
  rows?: unknown[][];
  stats?: { rowCountExact?: string | number; rowCountLowerBound?: string | number };
}

/** What a step produced: its error (if any) and whatever results came with or before it. */
export interface StepOutcome {
  error: RestError | null;
  resultSet?: ResultSetJson;
  /** batchDml: the result sets of the statements that ran, also when the status is an error. */
  resultSets?: ResultSetJson[];
  /** begin: the transaction returned. */
  transaction?: TransactionJson;
}

export function checkExpectation(expect: Expectation | undefined, outcome: StepOutcome): string | null {
  const errorMismatch =
    expect?.error !== undefined ? checkError(expect.error, outcome.error) : unexpectedError(outcome.error);
  if (errorMismatch !== null || expect === undefined) return errorMismatch;
  return (
    checkResultSet(expect, outcome.resultSet) ?? checkBatch(expect, outcome.resultSets) ?? checkBegin(expect, outcome)
  );
}

function checkError(expected: ErrorExpectation, actual: RestError | null): string | null {
  const wanted = `${expected.code ?? 'an error'}${expected.message === undefined ? '' : ` matching /${expected.message}/`}`;
  if (actual === null) return `expected ${wanted}, but the step succeeded`;
  const codeOk = expected.code === undefined || expected.code === actual.code;
  const messageOk = expected.message === undefined || new RegExp(expected.message).test(actual.message);
  return codeOk && messageOk ? null : `expected ${wanted}, got ${actual.code}: ${actual.message}`;
}

function unexpectedError(actual: RestError | null): string | null {
  return actual === null ? null : `unexpected error ${actual.code}: ${actual.message}`;
}

function checkResultSet(expect: Expectation, resultSet: ResultSetJson | undefined): string | null {
  const wantsResultSet =
    expect.rows !== undefined ||
    expect.types !== undefined ||
    expect.numRows !== undefined ||
    expect.rowCount !== undefined ||
    expect.rowCountLowerBound !== undefined ||
    expect.readTimestampNotBefore !== undefined;
  if (!wantsResultSet) return null;
  if (resultSet === undefined) return 'expected a result set, got none';
  const fields = resultSet.metadata?.rowType?.fields ?? [];
  const rows = resultSet.rows ?? [];
  return (
    checkTypes(expect.types, fields) ??
    checkRows(
      expect,
      fields.map((f) => f.type),
      rows,
    ) ??
    checkCount('numRows', expect.numRows, rows.length) ??
    checkCount('rowCountExact', expect.rowCount, resultSet.stats?.rowCountExact) ??
    checkCount('rowCountLowerBound', expect.rowCountLowerBound, resultSet.stats?.rowCountLowerBound) ??
    checkReadTimestamp(expect.readTimestampNotBefore, resultSet.metadata?.transaction?.readTimestamp)
  );
}

function checkTypes(expected: (string | null)[] | undefined, fields: readonly { type: TypeJson }[]): string | null {
  if (expected === undefined) return null;
  const actual = fields.map((f) => typeName(f.type));
  const same = actual.length === expected.length && expected.every((t, i) => t === null || t === actual[i]);
  return same ? null : `expected column types ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}

function checkRows(expect: Expectation, types: readonly TypeJson[], actual: readonly unknown[][]): string | null {
  const expected = expect.rows;
  if (expected === undefined) return null;
  const mode = expect.contains === true ? 'contains' : expect.ordered === false ? 'multiset' : 'ordered';
  const matches =
    mode === 'ordered'
      ? actual.length === expected.length && actual.every((row, i) => rowsEqual(types, row, expected[i]))
      : (mode === 'contains' || actual.length === expected.length) && matchEach(types, actual, expected);
  if (matches) return null;
  return `expected rows (${mode}) ${clip(JSON.stringify(expected))}, got ${clip(JSON.stringify(actual))}`;
}

/** Whether every expected row pairs with a distinct actual row (equality is an equivalence, so greedy works). */
function matchEach(types: readonly TypeJson[], actual: readonly unknown[][], expected: readonly Json[][]): boolean {
  const used = new Set<number>();
  return expected.every((row) => {
    const i = actual.findIndex((candidate, j) => !used.has(j) && rowsEqual(types, candidate, row));
    if (i >= 0) used.add(i);
    return i >= 0;
  });
}

function checkCount(what: string, expected: string | number | undefined, actual: unknown): string | null {
  if (expected === undefined || String(expected) === String(actual)) return null;
  return `expected ${what} ${expected}, got ${actual === undefined ? 'none' : String(actual)}`;
}

function checkReadTimestamp(notBefore: Json | undefined, actual: string | undefined): string | null {
  if (notBefore === undefined) return null;
  if (typeof notBefore !== 'string') return `readTimestampNotBefore is not a timestamp: ${JSON.stringify(notBefore)}`;
  if (actual !== undefined && timestampNanos(actual) >= timestampNanos(notBefore)) return null;
  return `expected a read timestamp not before ${notBefore}, got ${actual ?? 'none'}`;
}

function checkBatch(expect: Expectation, resultSets: ResultSetJson[] | undefined): string | null {
  if (expect.rowCounts === undefined && expect.resultSetCount === undefined) return null;
  if (resultSets === undefined) return 'expected batch DML result sets, got none';
  const counts = resultSets.map((r) => String(r.stats?.rowCountExact));
  if (expect.rowCounts !== undefined && JSON.stringify(counts) !== JSON.stringify(expect.rowCounts.map(String))) {
    return `expected row counts ${JSON.stringify(expect.rowCounts)}, got ${JSON.stringify(counts)}`;
  }
  return checkCount('result sets', expect.resultSetCount, resultSets.length);
}

function checkBegin(expect: Expectation, outcome: StepOutcome): string | null {
  if (expect.hasReadTimestamp === undefined) return null;
  const has = outcome.transaction?.readTimestamp !== undefined;
  return has === expect.hasReadTimestamp ? null : `expected hasReadTimestamp ${expect.hasReadTimestamp}, got ${has}`;
}

/** An RFC 3339 UTC timestamp as nanoseconds since the epoch, exactly. */
export function timestampNanos(text: string): bigint {
  const match = /^(.*T\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?Z$/.exec(text);
  const millis = match === null ? Number.NaN : Date.parse(`${match[1]}Z`);
  if (match === null || Number.isNaN(millis)) throw new Error(`not an RFC 3339 UTC timestamp: ${text}`);
  return BigInt(millis) * 1_000_000n + BigInt((match[2] ?? '').padEnd(9, '0'));
}

function clip(text: string): string {
  return text.length > 600 ? `${text.slice(0, 600)}...` : text;
}
