/**
 * TransactionSelector of a read or query: none (a single-use strong read-only transaction), a
 * single-use one, an existing transaction by id, or an inline begin (the first result carries the
 * new transaction). Also the checks every use of an existing transaction shares: a finished,
 * failed or replaced transaction is refused with the reason. Which RPCs accept which selector
 * kinds beyond this (DML, partitions) is their handlers'.
 */
import type { TransactionSelector } from '../../../generated/google/spanner/v1/transaction';
import { transactionModeFromProto } from '../../convert/transaction-options';
import type { Database } from '../../engine/database/database';
import { STRONG_READ_ONLY } from '../../engine/transaction/transaction-options';
import { assertNever } from '../../errors/assert-never';
import { Code } from '../../errors/codes';
import {
  cannotUseTransactionAfterConstraintError,
  onlyCommitOrRollbackAfterLastStatement,
  readAfterTransactionEnded,
  singleUseReadMustBeReadOnly,
} from '../../errors/transaction-errors';
import type { FrontTransaction, SessionRef } from './front-transaction';
import type { TransactionRegistry } from './transaction-registry';

export interface SelectedTransaction {
  readonly txn: FrontTransaction;
  /** Begun by this call: its first result carries the transaction (and the call ending in error rolls it back). */
  readonly begun: boolean;
  /** Used by this call only; never registered. */
  readonly singleUse: boolean;
}

/** The transaction a Read, StreamingRead or query runs in. */
export function selectForRead(
  registry: TransactionRegistry,
  session: SessionRef,
  database: Database,
  selector: TransactionSelector | undefined,
): SelectedTransaction {
  const choice = selector?.selector;
  if (choice === undefined) {
    return { txn: registry.singleUse(session, database, STRONG_READ_ONLY), begun: false, singleUse: true };
  }
  switch (choice.$case) {
    case 'singleUse': {
      if (choice.value.mode?.$case !== 'readOnly') throw singleUseReadMustBeReadOnly();
      const mode = transactionModeFromProto(choice.value, 'singleUse');
      return { txn: registry.singleUse(session, database, mode), begun: false, singleUse: true };
    }
    case 'id': {
      const txn = registry.find(session, choice.value);
      assertUsableForStatements(txn);
      return { txn, begun: false, singleUse: false };
    }
    case 'begin': {
      const mode = transactionModeFromProto(choice.value, 'multiUse');
      return { txn: registry.begin(session, database, mode), begun: true, singleUse: false };
    }
    default:
      return assertNever(choice, 'transaction selector');
  }
}

/** An existing transaction may run reads, queries and DML only while it is active. */
export function assertUsableForStatements(txn: FrontTransaction): void {
  switch (txn.state) {
    case 'active':
      txn.readWrite?.assertUsable();
      if (txn.lastStatementDone) throw onlyCommitOrRollbackAfterLastStatement();
      return;
    case 'committed':
    case 'rolledBack':
      throw readAfterTransactionEnded();
    case 'failed':
      // An aborted transaction keeps answering ABORTED (clients retry it); one that failed a
      // commit's checks is merely unusable.
      throw txn.failure?.code === Code.ABORTED ? txn.failure : cannotUseTransactionAfterConstraintError();
    default:
      return assertNever(txn.state, 'transaction state');
  }
}
