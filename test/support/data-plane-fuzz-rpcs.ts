/**
 * Which data-plane request the fuzz sends next: any RPC on its own (sessions, reads, partitions,
 * commits, BatchWrite, rollbacks, the SQL RPCs not built yet), or the next request of a live
 * transaction's script. The request bodies are made in data-plane-fuzz-requests.ts.
 */
import { randomMutations } from './data-plane-fuzz-mutations';
import {
  batchWriteRequest,
  commitRequest,
  databaseName,
  FuzzWorld,
  LiveTransaction,
  partitionReadRequest,
  readRequest,
  selector,
  sessionName,
  transactionId,
  transactionOptions,
} from './data-plane-fuzz-requests';
import type { FuzzRequest } from './data-plane-fuzz-transport';
import type { WireValue } from './data-plane-fuzz-values';
import { Prng } from './random-values';

type Obj = { [key: string]: WireValue };

function sessionRequest(r: Prng, world: FuzzWorld): FuzzRequest {
  switch (r.int(5)) {
    case 0: {
      const session: Obj = { labels: r.int(2) === 0 ? {} : { env: 'fz', 'BAD KEY': 'x' }, multiplexed: r.int(3) === 0 };
      if (r.int(6) === 0) session.creatorRole = 'nobody';
      return { rpc: 'createSession', body: { database: databaseName(r, world), session } };
    }
    case 1: {
      const sessionCount = r.pick([0, 1, 2, -1, 150]);
      return {
        rpc: 'batchCreateSessions',
        body: { database: databaseName(r, world), sessionCount, sessionTemplate: {} },
      };
    }
    case 2:
      return { rpc: 'getSession', body: { name: sessionName(r, world) } };
    case 3: {
      const body: Obj = { database: databaseName(r, world) };
      if (r.int(2) === 0) body.pageSize = r.pick([0, 1, -1, 1000]);
      if (r.int(3) === 0) body.pageToken = r.pick(['garbage', 'AAAA', '']);
      if (r.int(3) === 0) body.filter = r.pick(['labels.env:fz', 'labels.env', 'bogus = 1', '(']);
      return { rpc: 'listSessions', body };
    }
    default:
      return { rpc: 'deleteSession', body: { name: sessionName(r, world) } };
  }
}

function sqlRequest(r: Prng, world: FuzzWorld): FuzzRequest {
  const session = sessionName(r, world);
  const sql = r.pick(['SELECT 1', 'UPDATE Parent SET Qty = -1 WHERE TRUE', '', 'garbage']);
  switch (r.int(4)) {
    case 0:
      return { rpc: 'executeSql', body: { session, sql, transaction: selector(r, world) } };
    case 1:
      return { rpc: 'executeStreamingSql', body: { session, sql } };
    case 2:
      return {
        rpc: 'executeBatchDml',
        body: { session, statements: [{ sql }], seqno: '1', transaction: { begin: { readWrite: {} } } },
      };
    default:
      return { rpc: 'partitionQuery', body: { session, sql, transaction: { begin: { readOnly: {} } } } };
  }
}

/** A request of any data-plane RPC, not tied to a live transaction. */
export function standaloneRequest(r: Prng, world: FuzzWorld): FuzzRequest {
  switch (r.int(12)) {
    case 0:
    case 1:
      return { rpc: 'read', body: readRequest(r, world) };
    case 2:
      return { rpc: 'streamingRead', body: readRequest(r, world) };
    case 3:
      return { rpc: 'partitionRead', body: partitionReadRequest(r, world) };
    case 4:
    case 5:
      return { rpc: 'commit', body: commitRequest(r, world) };
    case 6:
      return { rpc: 'batchWrite', body: batchWriteRequest(r, world) };
    case 7: {
      const body: Obj = { session: sessionName(r, world), options: transactionOptions(r, world, false) };
      if (r.int(4) === 0) body.mutationKey = r.pick(randomMutations(r).concat([{}]));
      return { rpc: 'beginTransaction', body };
    }
    case 8:
      return { rpc: 'rollback', body: { session: sessionName(r, world), transactionId: transactionId(r, world) } };
    case 9:
      return sqlRequest(r, world);
    default:
      return sessionRequest(r, world);
  }
}

/** A request in a live transaction's script: a read, a partition, a commit or a rollback. */
export function scriptRequest(r: Prng, world: FuzzWorld, live: LiveTransaction): FuzzRequest {
  switch (r.int(7)) {
    case 0:
    case 1:
      return { rpc: 'read', body: readRequest(r, world, live) };
    case 2:
      return { rpc: 'streamingRead', body: readRequest(r, world, live) };
    case 3:
      return { rpc: 'partitionRead', body: partitionReadRequest(r, world, live) };
    case 4:
    case 5:
      return { rpc: 'commit', body: commitRequest(r, world, live) };
    default:
      return {
        rpc: 'rollback',
        body: { session: sessionName(r, world, live.session), transactionId: transactionId(r, world, live) },
      };
  }
}
