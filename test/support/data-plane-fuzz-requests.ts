/**
 * Random data-plane requests for the fuzz, as proto3 JSON, built against what the fuzz has seen
 * so far (its world): live, multiplexed and deleted sessions, ids of ended transactions, commit
 * timestamps, partition tokens. Names mix the real with bogus ones; transaction selectors are
 * single use, begin, or an id that is live, ended, another session's or garbage; options carry
 * edge values. Which requests to send when is the test's; this only makes them.
 */
import { FUZZ_INDEXES, FUZZ_TABLES, fuzzTable } from './data-plane-fuzz-schema';
import { keyTypesOf, randomKeySet, randomMutations, tableName } from './data-plane-fuzz-mutations';
import type { FuzzRequest } from './data-plane-fuzz-transport';
import type { WireValue } from './data-plane-fuzz-values';
import { Prng } from './random-values';

type Obj = { [key: string]: WireValue };

export interface FuzzWorld {
  readonly database: string;
  readonly sessions: string[];
  readonly multiplexed: string[];
  readonly deletedSessions: string[];
  /** Base64 ids of transactions that committed, rolled back or failed. */
  readonly endedTransactions: string[];
  readonly commitTimestamps: string[];
  readonly partitionTokens: string[];
  readonly resumeTokens: string[];
}

/** A transaction a script has begun: its id, session and the last precommit token seen. */
export interface LiveTransaction {
  readonly id: string;
  readonly session: string;
  readonly readWrite: boolean;
  precommitToken?: Obj;
}

const GARBAGE_IDS = ['', 'AAAA', 'not base64!', Buffer.alloc(100, 7).toString('base64'), 'AQIDBAUGBwgJCgsMDQ4PEA=='];

function pickOr<T>(r: Prng, items: readonly T[], fallback: T): T {
  return items.length === 0 ? fallback : r.pick(items);
}

export function databaseName(r: Prng, world: FuzzWorld): string {
  if (r.int(6) !== 0) return world.database;
  const instance = world.database.replace(/\/databases\/.*$/, '');
  return r.pick([
    `${instance}/databases/missing`,
    'projects/p/instances/i/databases/d',
    'databases',
    `${instance}/databases/UP`,
  ]);
}

export function sessionName(r: Prng, world: FuzzWorld, preferred?: string): string {
  if (preferred !== undefined && r.int(8) !== 0) return preferred;
  switch (r.int(10)) {
    case 0:
      return pickOr(r, world.deletedSessions, `${world.database}/sessions/gone`);
    case 1:
      return r.pick([
        `${world.database}/sessions/nope`,
        `${world.database.replace(/[^/]+$/, 'missing')}/sessions/x`,
        `${world.database}/sessions/${'a'.repeat(300)}`,
        `${world.database}/sessions`,
        'projects/p/instances/i/databases/d/sessions/s',
      ]);
    case 2:
    case 3:
      return pickOr(r, world.multiplexed, world.database);
    default:
      return pickOr(r, world.sessions, world.database);
  }
}

function timestampText(r: Prng, world: FuzzWorld): string {
  if (world.commitTimestamps.length > 0 && r.int(2) === 0) return r.pick(world.commitTimestamps);
  return r.pick([
    '1970-01-01T00:00:00Z',
    '0001-01-01T00:00:00Z',
    '2200-01-01T00:00:00Z',
    'soon',
    '2024-01-01T00:00:00Z',
  ]);
}

function readOnlyOptions(r: Prng, world: FuzzWorld, singleUse: boolean): Obj {
  switch (r.int(singleUse ? 8 : 6)) {
    case 0:
      return { strong: true };
    case 1:
      return { exactStaleness: r.pick(['0s', '1.5s', '-1s', '3600s', '315576000000s']) };
    case 2:
      return { readTimestamp: timestampText(r, world) };
    case 3:
      return { strong: true, returnReadTimestamp: true };
    case 4:
      return {};
    case 5:
      return { strong: false };
    case 6:
      return { maxStaleness: r.pick(['0s', '10s', '-2s']) };
    default:
      return { minReadTimestamp: timestampText(r, world) };
  }
}

export function transactionOptions(r: Prng, world: FuzzWorld, singleUse: boolean): Obj {
  const options: Obj = {};
  switch (r.int(7)) {
    case 0:
    case 1:
      options.readWrite = r.int(3) === 0 ? { readLockMode: r.pick(['OPTIMISTIC', 'PESSIMISTIC', 'NOPE', 7]) } : {};
      break;
    case 2:
    case 3:
      options.readOnly = readOnlyOptions(r, world, singleUse);
      break;
    case 4:
      options.partitionedDml = {};
      break;
    case 5:
      options.readWrite = {};
      options.isolationLevel = r.pick(['REPEATABLE_READ', 'SERIALIZABLE', 'ISOLATION_LEVEL_UNSPECIFIED']);
      break;
    default:
      if (r.int(2) === 0) options.readOnly = { strong: true };
  }
  if (r.int(10) === 0) options.excludeTxnFromChangeStreams = true;
  if (r.int(20) === 0) options.readWrite = {};
  return options;
}

export function transactionId(r: Prng, world: FuzzWorld, live?: LiveTransaction): string {
  if (live !== undefined && r.int(5) !== 0) return live.id;
  return r.int(2) === 0 ? pickOr(r, world.endedTransactions, 'AAAA') : r.pick(GARBAGE_IDS);
}

/** A TransactionSelector: single use, begin, or an id (the live one's mostly, when there is one). */
export function selector(r: Prng, world: FuzzWorld, live?: LiveTransaction): Obj | undefined {
  if (live !== undefined && r.int(4) !== 0) return { id: transactionId(r, world, live) };
  switch (r.int(5)) {
    case 0:
      return undefined;
    case 1:
      return { singleUse: transactionOptions(r, world, true) };
    case 2:
      return { begin: transactionOptions(r, world, false) };
    case 3:
      return { id: transactionId(r, world) };
    default:
      return r.int(6) === 0 ? { singleUse: {}, begin: {} } : { singleUse: { readOnly: { strong: true } } };
  }
}

function readTarget(r: Prng): { table: string; index?: string; columns: string[] } {
  const table = tableName(r);
  const known = FUZZ_TABLES.find((t) => t.name === table);
  const index =
    r.int(3) !== 0
      ? undefined
      : r.pick([
          ...FUZZ_INDEXES.filter((i) => i.table === table).map((i) => i.name),
          'Nope',
          r.pick(FUZZ_INDEXES).name,
        ]);
  const indexed = FUZZ_INDEXES.find((i) => i.name === index && i.table === table);
  const available =
    known === undefined
      ? ['Id']
      : indexed
        ? [...indexed.keys, ...known.key, ...indexed.storing]
        : known.columns.map((c) => c.name);
  const columns = available.filter(() => r.int(3) !== 0);
  if (columns.length === 0 && r.int(4) !== 0) columns.push(available[0]);
  if (r.int(6) === 0) columns.push(r.pick(['Nope', 'NameLen', 'Doc', 'Id', '']));
  return { table, index, columns };
}

export function readRequest(r: Prng, world: FuzzWorld, live?: LiveTransaction): Obj {
  const { table, index, columns } = readTarget(r);
  const request: Obj = { session: sessionName(r, world, live?.session), table, columns };
  if (index !== undefined) request.index = index;
  request.keySet = r.int(12) === 0 ? {} : randomKeySet(r, keyTypesOf(index ?? table));
  const txn = selector(r, world, live);
  if (txn !== undefined) request.transaction = txn;
  if (r.int(4) === 0) request.limit = r.pick(['0', '1', '2', '-1', '9223372036854775807', 'x']);
  if (r.int(6) === 0)
    request.resumeToken =
      r.int(3) === 0
        ? r.pick(['AAAA', 'garbage!', Buffer.alloc(40, 3).toString('base64')])
        : pickOr(r, world.resumeTokens, 'AQID');
  if (r.int(8) === 0) request.partitionToken = pickOr(r, world.partitionTokens, 'AQID');
  if (r.int(10) === 0) request.orderBy = r.pick(['ORDER_BY_NO_ORDER', 'ORDER_BY_PRIMARY_KEY', 'ORDER_BY_UNSPECIFIED']);
  if (r.int(10) === 0) request.lockHint = r.pick(['LOCK_HINT_EXCLUSIVE', 'LOCK_HINT_SHARED', 'LOCK_HINT_UNSPECIFIED']);
  if (r.int(12) === 0)
    request.requestOptions = { priority: 'PRIORITY_HIGH', requestTag: 'x'.repeat(r.int(2) * 100), transactionTag: 't' };
  if (r.int(15) === 0) request.dataBoostEnabled = true;
  return request;
}

export function partitionReadRequest(r: Prng, world: FuzzWorld, live?: LiveTransaction): Obj {
  const request = readRequest(r, world, live);
  delete request.limit;
  delete request.resumeToken;
  delete request.partitionToken;
  if (r.int(2) === 0)
    request.partitionOptions = {
      partitionSizeBytes: r.pick(['1', '0', '-5', '1000000']),
      maxPartitions: r.pick(['1', '3', '0', '-1', '10000']),
    };
  if (r.int(2) === 0 && live === undefined) request.transaction = { begin: { readOnly: { strong: true } } };
  return request;
}

export function commitRequest(r: Prng, world: FuzzWorld, live?: LiveTransaction): Obj {
  const request: Obj = { session: sessionName(r, world, live?.session), mutations: randomMutations(r) };
  if (live !== undefined || r.int(3) === 0) request.transactionId = transactionId(r, world, live);
  else request.singleUseTransaction = transactionOptions(r, world, true);
  if (r.int(25) === 0) request.singleUseTransaction = { readWrite: {} };
  if (r.int(4) === 0) request.returnCommitStats = true;
  if (r.int(10) === 0) request.maxCommitDelay = r.pick(['0.01s', '0s', '1s', '-0.1s', '0.5s']);
  if (live?.precommitToken !== undefined && r.int(5) !== 0) request.precommitToken = live.precommitToken;
  else if (r.int(15) === 0) request.precommitToken = { precommitToken: 'AAEC', seqNum: r.pick([0, 1, -1, 99]) };
  return request;
}

export function batchWriteRequest(r: Prng, world: FuzzWorld): Obj {
  const groups = Array.from({ length: r.int(8) === 0 ? 0 : 1 + r.int(3) }, () => ({ mutations: randomMutations(r) }));
  const request: Obj = { session: sessionName(r, world), mutationGroups: groups };
  if (r.int(8) === 0) request.excludeTxnFromChangeStreams = true;
  return request;
}

/** A strong single-use read of a whole table (or index) with every column it can give. */
export function fullRead(session: string, table: string, index?: string): FuzzRequest {
  const indexed = FUZZ_INDEXES.find((i) => i.name === index);
  const known = fuzzTable(table);
  const columns = indexed ? [...indexed.keys, ...known.key, ...indexed.storing] : known.columns.map((c) => c.name);
  const body: Obj = { session, table, columns, keySet: { all: true } };
  if (index !== undefined) body.index = index;
  return { rpc: 'read', body };
}
