/**
 * The PartialResultSet chunker, checked by reassembling its messages as clients do (the Node
 * client's type-driven merge and the proto's kind-driven rule, test/support/partial-result-merge):
 * the official emulator's chunking cases (strings, nested lists, lists of strings ending at a cut,
 * numbers, empty lists, multi-byte characters), random result sets at many small message sizes,
 * message sizes, resume tokens only at row boundaries, metadata first, and the 1 MiB default.
 */
import { PartialResultSet } from '../../generated/google/spanner/v1/result_set';
import { elementSize } from '../../src/convert/chunk-cuts';
import { partialResultSets, PartialResultSetChunker } from '../../src/convert/chunking';
import { ResultColumn, resultSetMetadata, rowToProto } from '../../src/convert/result-sets';
import {
  arrayOf,
  BOOL,
  BYTES,
  FLOAT64,
  INT64,
  SqlType,
  STRING,
  structOf,
} from '../../src/engine/query/analyzer/sql-type';
import type { SpannerValue } from '../../src/types/spanner-value';
import { reassemble, Wire } from '../support/partial-result-merge';
import { Prng } from '../support/random-values';

function chunk(columns: ResultColumn[], rows: Wire[][], maxChunkBytes: number, tokens = false): PartialResultSet[] {
  const chunker = new PartialResultSetChunker(resultSetMetadata(columns), { maxChunkBytes });
  const messages = rows.flatMap((row, i) => chunker.addRow(row, tokens ? Buffer.of(i) : undefined));
  return [...messages, chunker.finish()];
}

/** Rows back as both client rules rebuild them; each must equal `rows`. */
function expectRoundTrip(messages: PartialResultSet[], rows: Wire[][]): void {
  expect(reassemble(messages, 'node')).toEqual(rows);
  expect(reassemble(messages, 'kinds')).toEqual(rows);
}

const valuesBytes = (m: PartialResultSet): number => m.values.reduce((n: number, v: Wire) => n + elementSize(v), 0);
const col = (name: string, type: SqlType): ResultColumn => ({ name, type });

describe("the emulator's cases", () => {
  test('a long string is cut into pieces that concatenate', () => {
    const rows = [['abcdefghijklmnopqrstuvwxyz']];
    const messages = chunk([col('s', STRING)], rows, 16);
    expect(messages.length).toBeGreaterThan(2);
    expect(messages.slice(0, -1).every((m) => m.chunkedValue)).toBe(true);
    expect(messages.at(-1)!.chunkedValue).toBe(false);
    expect(messages.map((m) => m.values[0]).join('')).toBe(rows[0][0]);
    expectRoundTrip(messages, rows);
  });

  test('nested lists of strings', () => {
    const s = 'abcdefghijklmnoqrstu';
    const type = arrayOf(structOf([{ name: 'l', type: arrayOf(STRING) }]));
    const rows: Wire[][] = [[[[[s]], [[s]], [[s]]]]];
    for (const size of [30, 44, 60, 90]) expectRoundTrip(chunk([col('list', type)], rows, size), rows);
  });

  test('a list cut after a complete string continues with an empty string', () => {
    // FLOAT64 arrays mix numbers and strings: a number cannot be cut, so the cut falls after a string.
    const rows: Wire[][] = [[['NaN', 1.5, 'Infinity', 2.5, '-Infinity', 3.5, 'NaN', 4.5]]];
    const continued: Wire[] = [];
    for (let size = 20; size < 90; size++) {
      const messages = chunk([col('f', arrayOf(FLOAT64))], rows, size);
      continued.push(...messages.slice(1).map((m) => (m.values[0] as Wire[])[0]));
      expectRoundTrip(messages, rows);
    }
    expect(continued).toContain('');
  });

  test('lists of strings are cut inside a string', () => {
    const rows: Wire[][] = [[['The beginning', 'abcdefghijklmnopqrstuvwxyz', 'The end']]];
    const messages = chunk([col('list', arrayOf(STRING))], rows, 48);
    expect(messages.length).toBeGreaterThan(1);
    expect(messages[0].chunkedValue).toBe(true);
    expectRoundTrip(messages, rows);
  });

  test('lists ending at a message boundary stay apart', () => {
    const rows: Wire[][] = [
      [
        ['The beginning', 'abcdefghijklmno'],
        ['pqrstuvwxyz', 'The end'],
      ],
    ];
    const columns = [col('a', arrayOf(STRING)), col('b', arrayOf(STRING))];
    for (let size = 20; size < 80; size += 3) expectRoundTrip(chunk(columns, rows, size), rows);
  });

  test('number lists are cut between numbers, with no empty string added', () => {
    const rows: Wire[][] = [[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]];
    const messages = chunk([col('n', arrayOf(FLOAT64))], rows, 64);
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.slice(0, -1).every((m) => m.chunkedValue)).toBe(true);
    expect(
      messages
        .flatMap((m) => m.values as Wire[][])
        .flat()
        .every((v) => typeof v === 'number'),
    ).toBe(true);
    expectRoundTrip(messages, rows);
  });

  test('a list of empty structs cannot be cut, so it goes whole', () => {
    const rows: Wire[][] = [[Array.from({ length: 10 }, () => [])]];
    const messages = chunk([col('l', arrayOf(structOf([])))], rows, 20);
    expect(messages.filter((m) => m.values.length > 0)).toHaveLength(1);
    expectRoundTrip(messages, rows);
  });

  test('multi-byte characters are never split', () => {
    for (const s of [
      '\u0000\u0000\u0000\u0000\u00c8',
      '\u0000\u0000\u0000\u0c01',
      '\u0000\u0000\u{1f600}',
      'é😀ü€𝄞'.repeat(5),
    ]) {
      for (let size = 8; size < 24; size++) {
        const messages = chunk([col('s', STRING)], [[s]], size);
        for (const m of messages) expect(Buffer.from(m.values[0] as string, 'utf8').toString('utf8')).toBe(m.values[0]);
        expectRoundTrip(messages, [[s]]);
      }
    }
  });
});

describe('random result sets', () => {
  const PIECE = structOf([
    { name: 'a', type: STRING },
    { name: 'b', type: FLOAT64 },
    { name: 'c', type: arrayOf(STRING) },
  ]);
  const COLUMNS: ResultColumn[] = [
    col('id', INT64),
    col('s', STRING),
    col('b', BYTES),
    col('f', FLOAT64),
    col('t', BOOL),
    col('strings', arrayOf(STRING)),
    col('numbers', arrayOf(FLOAT64)),
    col('ints', arrayOf(INT64)),
    col('pieces', arrayOf(PIECE)),
    col('singles', arrayOf(structOf([{ name: 'x', type: FLOAT64 }]))),
    col(
      'pair',
      structOf([
        { name: 'p', type: arrayOf(FLOAT64) },
        { name: 'q', type: STRING },
      ]),
    ),
  ];
  const CHARS = ['a', 'b', 'é', '€', '😀', ' ', '"'];

  function randomOf(r: Prng, type: SqlType): SpannerValue {
    if (r.int(6) === 0) return null;
    if (type.kind === 'array') return Array.from({ length: r.int(6) }, () => randomOf(r, type.element));
    if (type.kind === 'struct') return type.fields.map((f) => randomOf(r, f.type));
    switch (type.name) {
      case 'STRING':
        return Array.from({ length: r.int(4) === 0 ? r.int(80) : r.int(6) }, () => r.pick(CHARS)).join('');
      case 'BYTES':
        return Uint8Array.from({ length: r.int(40) }, () => r.int(256));
      case 'INT64':
        return r.bigint(64);
      case 'FLOAT64':
        return r.pick([0, 1.5, -2, NaN, Infinity, 1e300, r.next() / 7]);
      case 'BOOL':
        return r.int(2) === 0;
      default:
        throw new Error(type.name);
    }
  }

  test.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %d: both client rules rebuild every row, at every size', (seed) => {
    const r = new Prng(seed * 7919);
    const rows = Array.from({ length: 1 + r.int(5) }, () =>
      rowToProto(
        COLUMNS.map((c) => randomOf(r, c.type)),
        COLUMNS,
      ),
    ) as Wire[][];
    for (const size of [12, 16, 24, 33, 48, 64, 100, 150, 256, 400]) {
      const messages = chunk(COLUMNS, rows, size, true);
      expectRoundTrip(messages, rows);
      for (const m of messages) {
        if (m.values.length > 1) expect(valuesBytes(m)).toBeLessThanOrEqual(size);
      }
      expect(messages.map((m) => PartialResultSet.decode(PartialResultSet.encode(m).finish()))).toEqual(messages);
    }
  });
});

describe('resume tokens', () => {
  test('only messages that end at a row boundary carry one: the token of that row', () => {
    const r = new Prng(11);
    const columns = [col('s', STRING), col('l', arrayOf(STRING))];
    const rows: Wire[][] = Array.from({ length: 40 }, () => [
      'x'.repeat(r.int(60)),
      Array.from({ length: r.int(5) }, () => 'y'.repeat(r.int(20))),
    ]);
    const messages = chunk(columns, rows, 64, true);
    let values = 0;
    let withToken = 0;
    for (const m of messages) {
      values += m.values.length - (m.chunkedValue ? 1 : 0);
      const atRowEnd = !m.chunkedValue && values % columns.length === 0;
      if (m.resumeToken.length > 0) {
        withToken++;
        expect(atRowEnd).toBe(true);
        expect([...m.resumeToken]).toEqual([values / columns.length - 1]);
      } else {
        expect(atRowEnd && values > 0).toBe(false);
      }
    }
    expect(withToken).toBeGreaterThan(5);
    expectRoundTrip(messages, rows);
  });

  test('a row that fits a message of its own starts one, so every message of whole rows ends with a token', () => {
    const columns = [col('id', INT64), col('s', STRING)];
    const rows: Wire[][] = Array.from({ length: 30 }, (_, i) => [String(i), 'z'.repeat(100)]);
    const messages = chunk(columns, rows, 512, true);
    expect(messages.length).toBeGreaterThan(5);
    for (const m of messages.slice(0, -1)) expect(m.resumeToken.length).toBeGreaterThan(0);
    expectRoundTrip(messages, rows);
  });
});

describe('the stream', () => {
  test('metadata in the first message only; with no rows, one message', () => {
    const columns = [col('a', INT64)];
    expect(chunk(columns, [], 100)).toEqual([
      expect.objectContaining({ metadata: resultSetMetadata(columns), values: [], chunkedValue: false }),
    ]);
    const messages = chunk(
      columns,
      Array.from({ length: 50 }, (_, i) => [String(i)]),
      40,
    );
    expect(messages[0].metadata).toEqual(resultSetMetadata(columns));
    expect(messages.slice(1).every((m) => m.metadata === undefined)).toBe(true);
  });

  test('finish() returns the last message, never an empty one after others', () => {
    const messages = chunk(
      [col('a', INT64)],
      Array.from({ length: 30 }, (_, i) => [String(i)]),
      30,
    );
    expect(messages.length).toBeGreaterThan(3);
    expect(messages.every((m) => m.values.length > 0)).toBe(true);
  });

  test('by default messages hold about 1 MiB', () => {
    const big = 'é'.repeat(1_300_000);
    const rows: Wire[][] = [[big], ['small'], ...Array.from({ length: 3000 }, (_, i): Wire[] => ['x'.repeat(i)])];
    const chunker = new PartialResultSetChunker(resultSetMetadata([col('s', STRING)]));
    const messages = [...rows.flatMap((row) => chunker.addRow(row)), chunker.finish()];
    for (const m of messages) expect(PartialResultSet.encode(m).finish().length).toBeLessThanOrEqual(1024 * 1024 + 64);
    expect(messages.length).toBeGreaterThan(6);
    expectRoundTrip(messages, rows);
  });

  test('partialResultSets() converts engine rows and ends with the last message', () => {
    const columns = [col('id', INT64), col('name', STRING)];
    const rows = [{ values: [1n, 'a'] }, { values: [2n, null], resumeToken: Buffer.from('t2') }];
    const messages = [...partialResultSets(columns, rows)];
    expect(messages).toEqual([
      expect.objectContaining({ metadata: resultSetMetadata(columns), values: ['1', 'a', '2', null] }),
    ]);
    expect(messages[0].resumeToken.toString()).toBe('t2');
  });
});
