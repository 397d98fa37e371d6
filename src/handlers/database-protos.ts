/**
 * Databases as google.spanner.admin.database.v1.Database: state, dialect, creation time, and the
 * values GetDatabase derives from the schema (version retention period, default leader) and from
 * the clock (earliest version time).
 */
import { DatabaseDialect } from '../../generated/google/spanner/admin/database/v1/common';
import { Database, Database_State } from '../../generated/google/spanner/admin/database/v1/spanner_database_admin';
import { databaseOptionsOf } from '../engine/schema/schema-change';
import type { LiveDatabase } from '../resources/databases/databases';
import { timestampFromMicros } from '../convert/proto-time';
import { pack } from './admin-protos';

export const DATABASE_PACKAGE = 'google.spanner.admin.database.v1';

export function databaseToProto({ record, database }: LiveDatabase): Database {
  const options = databaseOptionsOf(database.catalog);
  return Database.fromPartial({
    name: record.name,
    state: Database_State.READY,
    createTime: timestampFromMicros(record.createTime),
    versionRetentionPeriod: options.versionRetentionPeriod,
    earliestVersionTime: timestampFromMicros(database.earliestVersionTime()),
    defaultLeader: options.defaultLeader ?? '',
    databaseDialect: record.dialect === 'POSTGRESQL' ? DatabaseDialect.POSTGRESQL : DatabaseDialect.GOOGLE_STANDARD_SQL,
    enableDropProtection: record.enableDropProtection,
    reconciling: false,
  });
}

export function packDatabase(live: LiveDatabase) {
  return pack(`${DATABASE_PACKAGE}.Database`, Database, databaseToProto(live));
}
