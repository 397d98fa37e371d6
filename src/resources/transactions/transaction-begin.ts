/**
 * Starting a transaction of each kind for the registry: a read-only one fixes its read timestamp
 * now (refused when older than the database keeps, or more than an hour ahead: Spanner would wait
 * past its deadline); a read-write one gets an engine transaction with its lock owner. Waiting for
 * a future read timestamp is the reader's, at its first read.
 */
import type { Clock } from '../../common/clock';
import type { Database } from '../../engine/database/database';
import type { LockPriority } from '../../engine/locking/lock-request';
import { beginReadWrite as beginEngineReadWrite } from '../../engine/transaction/begin-read-write';
import { chooseReadTimestamp, MAX_FUTURE_READ_MICROS } from '../../engine/transaction/read-timestamp';
import type { ReadOnlyMode, ReadWriteMode } from '../../engine/transaction/transaction-options';
import type { SpannerError } from '../../errors/spanner-error';
import { readTimestampTooFarInFuture } from '../../errors/transaction-errors';
import { FrontTransaction, type SessionRef } from './front-transaction';
import type { PrecommitTokens } from './precommit-tokens';

export function beginReadOnly(
  id: Buffer,
  session: SessionRef,
  database: Database,
  mode: ReadOnlyMode,
  clock: Clock,
): FrontTransaction {
  const now = clock.nowMicros();
  const readTimestamp = chooseReadTimestamp(mode.bound, now, database.commitTimestamps);
  if (readTimestamp - now > MAX_FUTURE_READ_MICROS) throw readTimestampTooFarInFuture(readTimestamp);
  database.assertReadableAt(readTimestamp);
  return new FrontTransaction(id, session, database, mode, readTimestamp, null, null, clock);
}

export function beginReadWrite(
  id: Buffer,
  session: SessionRef,
  database: Database,
  mode: ReadWriteMode,
  priority: LockPriority,
  tokens: PrecommitTokens | null,
  clock: Clock,
  onWounded: (error: SpannerError) => void,
): FrontTransaction {
  const engine = beginEngineReadWrite(database, mode, id.toString('hex'), priority, onWounded);
  return new FrontTransaction(id, session, database, mode, null, engine, tokens, clock);
}
