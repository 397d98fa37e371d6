/**
 * Database options (ALTER DATABASE SET OPTIONS): stored as the option list GetDatabaseDdl prints,
 * in the order first set, and read back typed for GetDatabase and the engine. Validation of new
 * values is the ALTER DATABASE statement's job (../ddl/database-options-rules.ts).
 */

import type { SchemaOption } from './schema-option';
import type { Catalog } from './catalog';

/** Spanner's default when version_retention_period was never set. */
export const DEFAULT_VERSION_RETENTION_PERIOD = '1h';

export interface DatabaseOptions {
  /** As written, e.g. '1h', '3d', '90m'; the default when unset. */
  versionRetentionPeriod: string;
  defaultLeader: string | null;
  optimizerVersion: string | null;
  optimizerStatisticsPackage: string | null;
  enableKeyVisualizer: boolean | null;
  defaultSequenceKind: string | null;
  defaultTimeZone: string | null;
  witnessLocation: string | null;
}

export function databaseOptionsOf(catalog: Catalog): DatabaseOptions {
  const options = catalog.databaseOptions;
  return {
    versionRetentionPeriod: stringOption(options, 'version_retention_period') ?? DEFAULT_VERSION_RETENTION_PERIOD,
    defaultLeader: stringOption(options, 'default_leader'),
    optimizerVersion: rawOption(options, 'optimizer_version'),
    optimizerStatisticsPackage: stringOption(options, 'optimizer_statistics_package'),
    enableKeyVisualizer: boolOption(options, 'enable_key_visualizer'),
    defaultSequenceKind: stringOption(options, 'default_sequence_kind'),
    defaultTimeZone: stringOption(options, 'default_time_zone'),
    witnessLocation: stringOption(options, 'witness_location'),
  };
}

export function findOption(options: readonly SchemaOption[], name: string): SchemaOption | undefined {
  const key = name.toLowerCase();
  return options.find((o) => o.name.toLowerCase() === key);
}

function stringOption(options: readonly SchemaOption[], name: string): string | null {
  const value = findOption(options, name)?.value;
  return value?.kind === 'string' ? value.value : null;
}

/** Integers (optimizer_version = 3) read as their decimal text. */
function rawOption(options: readonly SchemaOption[], name: string): string | null {
  const value = findOption(options, name)?.value;
  if (value === undefined) return null;
  switch (value.kind) {
    case 'string':
    case 'int':
      return value.value;
    case 'float':
      return String(value.value);
    default:
      return null;
  }
}

function boolOption(options: readonly SchemaOption[], name: string): boolean | null {
  const value = findOption(options, name)?.value;
  return value?.kind === 'bool' ? value.value : null;
}

/**
 * The option list after setting `updates`: a NULL value unsets, an existing option keeps its
 * position, a new one is appended.
 */
export function mergeOptions(current: readonly SchemaOption[], updates: readonly SchemaOption[]): SchemaOption[] {
  let next = [...current];
  for (const update of updates) {
    const key = update.name.toLowerCase();
    const at = next.findIndex((o) => o.name.toLowerCase() === key);
    if (update.value.kind === 'null') {
      next = next.filter((_, i) => i !== at);
    } else if (at >= 0) {
      next[at] = { name: next[at].name, value: update.value };
    } else {
      next.push(update);
    }
  }
  return next;
}
