/**
 * What must hold of the fuzz's database after any sequence of requests, checked on rows read back
 * through the Read API (proto3 JSON, every column): each index holds exactly its table's rows
 * (minus those a NULL_FILTERED index skips), the UNIQUE index's key is unique, and no row breaks
 * NOT NULL, the CHECK, the generated column's expression, interleaving or the foreign key. Answers
 * the violations found; reading is the caller's.
 */
import { FUZZ_INDEXES, FUZZ_TABLES, FuzzIndex, fuzzTable } from './data-plane-fuzz-schema';
import type { Json } from './data-plane-fuzz-transport';

export type Rows = Json[][];

/** Rows by table or index name, columns in the order fullRead asks for them. */
export type Snapshot = ReadonlyMap<string, Rows>;

function columnsOf(table: string): string[] {
  return fuzzTable(table).columns.map((c) => c.name);
}

function indexProblems(index: FuzzIndex, snapshot: Snapshot): string[] {
  const names = columnsOf(index.table);
  const wanted = [...index.keys, ...fuzzTable(index.table).key, ...index.storing].map((c) => names.indexOf(c));
  const expected = (snapshot.get(index.table) ?? [])
    .filter((row) => !index.nullFiltered || index.keys.every((k) => row[names.indexOf(k)] !== null))
    .map((row) => JSON.stringify(wanted.map((i) => row[i])))
    .sort();
  const actual = (snapshot.get(index.name) ?? []).map((row) => JSON.stringify(row)).sort();
  const problems: string[] = [];
  const missing = expected.filter((e) => !actual.includes(e));
  const extra = actual.filter((a) => !expected.includes(a));
  if (missing.length > 0) problems.push(`${index.name} lacks ${missing.slice(0, 3).join(' ')}`);
  if (extra.length > 0) problems.push(`${index.name} has extra ${extra.slice(0, 3).join(' ')}`);
  if (expected.length !== actual.length)
    problems.push(`${index.name}: ${actual.length} entries, ${expected.length} rows`);
  if (index.unique) {
    const keys = actual.map((a) => JSON.stringify(JSON.parse(a).slice(0, index.keys.length)));
    if (new Set(keys).size !== keys.length) problems.push(`${index.name}: duplicate keys`);
  }
  return problems;
}

function notNullProblems(snapshot: Snapshot): string[] {
  const problems: string[] = [];
  for (const table of FUZZ_TABLES) {
    const names = table.columns.map((c) => c.name);
    for (const row of snapshot.get(table.name) ?? []) {
      for (const column of table.columns) {
        if (column.notNull && row[names.indexOf(column.name)] === null)
          problems.push(`${table.name} row ${JSON.stringify(row)} has NULL ${column.name}`);
      }
    }
  }
  return problems;
}

function parentProblems(snapshot: Snapshot): string[] {
  const names = columnsOf('Parent');
  const at = (row: Json[], column: string) => row[names.indexOf(column)];
  const problems: string[] = [];
  for (const row of snapshot.get('Parent') ?? []) {
    const qty = at(row, 'Qty');
    if (qty !== null && BigInt(qty) < 0n) problems.push(`Parent ${at(row, 'Id')} breaks the CHECK: Qty ${qty}`);
    const name = at(row, 'Name');
    if (name !== null && at(row, 'NameLen') !== String([...name].length))
      problems.push(`Parent ${at(row, 'Id')}: NameLen ${at(row, 'NameLen')} for ${JSON.stringify(name)}`);
  }
  return problems;
}

function childProblems(snapshot: Snapshot): string[] {
  const names = columnsOf('Child');
  const parents = new Set((snapshot.get('Parent') ?? []).map((row) => row[0]));
  const codes = new Set((snapshot.get('Label') ?? []).map((row) => row[0]));
  const problems: string[] = [];
  for (const row of snapshot.get('Child') ?? []) {
    if (!parents.has(row[names.indexOf('Id')])) problems.push(`Child ${JSON.stringify(row)} has no parent`);
    const ref = row[names.indexOf('Ref')];
    if (ref !== null && !codes.has(ref)) problems.push(`Child ${JSON.stringify(row)} references a missing Label`);
  }
  return problems;
}

export function invariantProblems(snapshot: Snapshot): string[] {
  return [
    ...FUZZ_INDEXES.flatMap((index) => indexProblems(index, snapshot)),
    ...notNullProblems(snapshot),
    ...parentProblems(snapshot),
    ...childProblems(snapshot),
  ];
}
