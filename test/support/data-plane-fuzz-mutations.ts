/**
 * Random key sets and mutations for the data-plane fuzz, as proto3 JSON: tables and columns mixing
 * the schema's names with bogus, generated, duplicated and other tables' ones, rows of the wrong
 * arity, keys of every length and kind, ranges with open and closed ends. `validMutation` is the
 * valid traffic the fuzz interleaves, so the invariant check has rows, indexes, cascades and
 * foreign keys to look at. No request envelopes here.
 */
import { FUZZ_INDEXES, FUZZ_TABLES, FuzzTable, columnOf } from './data-plane-fuzz-schema';
import { randomAnyValue, randomValueFor, WireValue } from './data-plane-fuzz-values';
import { Prng } from './random-values';

type Obj = { [key: string]: WireValue };

const BOGUS_NAMES = ['Nope', 'parent', '', 'Parent ', '_Id', 'x'.repeat(300), 'Ünï', 'NameLen', 'ParentByName', 'Id'];

export function tableName(r: Prng): string {
  return r.int(6) === 0 ? r.pick(BOGUS_NAMES) : r.pick(FUZZ_TABLES).name;
}

function knownTable(name: string): FuzzTable | undefined {
  return FUZZ_TABLES.find((t) => t.name === name);
}

/** A key of `types` (a prefix, the whole, or one too many), values biased to the key pool. */
function randomKey(r: Prng, types: readonly string[]): WireValue[] {
  const length = r.int(5) === 0 ? r.int(types.length + 2) : types.length;
  return Array.from({ length }, (_, i) => (i < types.length ? randomValueFor(r, types[i], true) : randomAnyValue(r)));
}

function randomRange(r: Prng, types: readonly string[]): Obj {
  const bound = () => randomKey(r, types).slice(0, r.int(types.length + 1));
  const range: Obj = {};
  range[r.int(2) === 0 ? 'startClosed' : 'startOpen'] = bound();
  range[r.int(2) === 0 ? 'endClosed' : 'endOpen'] = bound();
  if (r.int(15) === 0) range.startOpen = bound();
  if (r.int(15) === 0) delete range[r.pick(['startClosed', 'startOpen', 'endClosed', 'endOpen'])];
  return range;
}

/** A key set over keys of `types`: all, points, ranges, or a mix. */
export function randomKeySet(r: Prng, types: readonly string[]): Obj {
  const keySet: Obj = {};
  if (r.int(4) === 0) keySet.all = r.int(8) === 0 ? 'yes' : true;
  if (r.int(2) === 0) keySet.keys = Array.from({ length: r.int(4) }, () => randomKey(r, types));
  if (r.int(2) === 0) keySet.ranges = Array.from({ length: 1 + r.int(2) }, () => randomRange(r, types));
  return keySet;
}

export function keyTypesOf(tableOrIndex: string): string[] {
  const index = FUZZ_INDEXES.find((i) => i.name === tableOrIndex);
  const table = knownTable(index?.table ?? tableOrIndex);
  if (table === undefined) return ['INT64'];
  const names = index === undefined ? table.key : [...index.keys, ...table.key];
  return names.map((n) => columnOf(table, n).type);
}

function writeColumns(r: Prng, table: FuzzTable | undefined): string[] {
  if (table === undefined) return Array.from({ length: r.int(4) }, () => r.pick(BOGUS_NAMES));
  const others = table.columns.filter((c) => !table.key.includes(c.name) && !c.generated);
  const columns = [...table.key, ...others.filter(() => r.int(2) === 0).map((c) => c.name)];
  switch (r.int(12)) {
    case 0:
      return [...columns, r.pick(BOGUS_NAMES)];
    case 1:
      return [...columns, r.pick(table.columns).name];
    case 2:
      return columns.slice(1);
    case 3:
      return [...columns, r.pick(FUZZ_TABLES).columns[0].name];
    default:
      return r.int(3) === 0 ? columns.reverse() : columns;
  }
}

function writeRow(r: Prng, table: FuzzTable | undefined, columns: string[]): WireValue[] {
  const length = r.int(12) === 0 ? r.int(columns.length + 2) : columns.length;
  return Array.from({ length }, (_, i) => {
    const column = table?.columns.find((c) => c.name === columns[i]);
    if (column === undefined) return randomAnyValue(r);
    return randomValueFor(r, column.type, table!.key.includes(column.name), column.commitTimestamp);
  });
}

const WRITE_KINDS = ['insert', 'update', 'insertOrUpdate', 'replace'];

/** A random mutation of any kind, mostly plausible. */
export function randomMutation(r: Prng): Obj {
  const name = tableName(r);
  const table = knownTable(name);
  if (r.int(4) === 0) {
    return { delete: { table: name, keySet: randomKeySet(r, keyTypesOf(name)) } };
  }
  const columns = writeColumns(r, table);
  const values = Array.from({ length: r.int(8) === 0 ? 0 : 1 + r.int(3) }, () => writeRow(r, table, columns));
  const mutation: Obj = { [r.pick(WRITE_KINDS)]: { table: name, columns, values } };
  if (r.int(25) === 0) mutation.delete = { table: name, keySet: { all: true } };
  return mutation;
}

export function randomMutations(r: Prng): Obj[] {
  return Array.from({ length: r.int(10) === 0 ? 0 : 1 + r.int(4) }, () => randomMutation(r));
}

const KEYS = [0, 1, 2, 3, 5, 8, 13, 42];
const CODES = ['a', 'b', 'c'];

function validParent(r: Prng): Obj {
  const columns = ['Id', 'Name', 'Qty', 'Score', 'Amount', 'Day', 'Tags', 'Updated', 'Doc', 'Floats'];
  const row: WireValue[] = [
    String(r.pick(KEYS)),
    `n${r.int(12)}`,
    String(r.int(4)),
    r.pick([1.5, -0, 'NaN', 'Infinity', 2.25, null]),
    r.pick(['1.5', '-3', null, '99999999999999999999999999999.999999999']),
    r.pick(['2024-02-29', null, '0001-01-01']),
    r.pick([['a', null], [], null]),
    'spanner.commit_timestamp()',
    r.pick(['{"k":[1,2]}', null]),
    r.pick([[1, 'NaN', null], null]),
  ];
  return { [r.pick(['insertOrUpdate', 'insert', 'replace'])]: { table: 'Parent', columns, values: [row] } };
}

function validChild(r: Prng): Obj {
  const id = String(r.pick(KEYS));
  const values = Array.from({ length: 1 + r.int(3) }, (_, seq) => [
    id,
    String(seq + r.int(3)),
    r.pick(['x', 'y', null]),
    r.pick([...CODES, null]),
    'spanner.commit_timestamp()',
  ]);
  const columns = ['Id', 'Seq', 'Note', 'Ref', 'CreatedAt'];
  return { [r.pick(['insertOrUpdate', 'insertOrUpdate', 'insert'])]: { table: 'Child', columns, values } };
}

function validDelete(r: Prng): Obj {
  const table = r.pick(['Parent', 'Parent', 'Child', 'Label']);
  const types = keyTypesOf(table);
  const keySet: Obj =
    table === 'Label'
      ? { keys: [[r.pick(CODES)]] }
      : r.int(2) === 0
        ? { keys: [[String(r.pick(KEYS))]] }
        : { ranges: [{ startClosed: [String(r.pick(KEYS))], endOpen: [String(r.pick(KEYS))] }] };
  return { delete: { table, keySet: types.length > 0 ? keySet : { all: true } } };
}

function validKeyKinds(r: Prng): Obj {
  const columns = ['S', 'B', 'D', 'T', 'N', 'F', 'V', 'R', 'Js', 'Arr'];
  const row: WireValue[] = [
    r.pick(['a', 'b', '']),
    r.pick(['', 'AA==', null]),
    r.pick(['2024-02-29', null]),
    r.pick(['2024-01-01T00:00:00Z', null]),
    r.pick(['1.5', '-0', null]),
    r.pick([0, -0, 'NaN', 'Infinity', '-Infinity', 1.5, null]),
    r.pick([true, false, null]),
    r.pick([0, -0, 'NaN', 3.5, null]),
    r.pick(['{"a":1}', '[]', null]),
    r.pick([['AA==', null], null]),
  ];
  return { [r.pick(['insertOrUpdate', 'replace', 'insert'])]: { table: 'KeyKinds', columns, values: [row] } };
}

/** Updates that move index entries: a Parent's name, a Child's note or reference. */
function validUpdate(r: Prng): Obj {
  if (r.int(2) === 0) {
    const values = [[String(r.pick(KEYS)), `n${r.int(12)}`, String(r.int(3))]];
    return { update: { table: 'Parent', columns: ['Id', 'Name', 'Qty'], values } };
  }
  const values = [[String(r.pick(KEYS)), String(r.int(4)), r.pick(['x', 'y', null]), r.pick([...CODES, null])]];
  return { update: { table: 'Child', columns: ['Id', 'Seq', 'Note', 'Ref'], values } };
}

/** A mutation that can succeed (a duplicate or a missing parent may still refuse it). */
export function validMutation(r: Prng): Obj {
  switch (r.int(9)) {
    case 6:
      return validKeyKinds(r);
    case 7:
      return validUpdate(r);
    case 0:
      return { insertOrUpdate: { table: 'Label', columns: ['Code', 'Title'], values: [[r.pick(CODES), 't']] } };
    case 1:
    case 2:
      return validParent(r);
    case 3:
    case 4:
      return validChild(r);
    default:
      return validDelete(r);
  }
}
