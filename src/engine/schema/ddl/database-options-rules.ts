/**
 * Which ALTER DATABASE options exist and what values they take. Spanner reports unknown options,
 * duplicates and values of the wrong kind while parsing the statement (so those errors carry the
 * parse-error wrapping), and the rest (ranges, once-only options) while applying it.
 */

import {
  changeDefaultTimeZoneOnNonEmptyDatabase,
  defaultSequenceKindAlreadySet,
  invalidDefaultTimeZoneOption,
  unsupportedSequenceKind,
  versionRetentionPeriodOutOfRange,
} from '../../../errors/schema-alter-errors';
import { ddlParseError } from '../../../errors/schema-errors';
import type { SpannerError } from '../../../errors/spanner-error';
import type { DdlOption, DdlOptionValue } from '../../../sql/ast/ddl-common';
import type { Catalog } from '../catalog/catalog';
import { findOption } from '../catalog/database-options';

type ValueKind = DdlOptionValue['kind'];

/** Each option: the value kinds it accepts (NULL unsets unless noted) and how parse errors word it. */
const DATABASE_OPTIONS: Readonly<Record<string, { kinds: readonly ValueKind[]; expected: string }>> = {
  version_retention_period: { kinds: ['string', 'null'], expected: 'Supported values are non-empty strings only.' },
  default_leader: { kinds: ['string'], expected: 'Supported option values are strings.' },
  witness_location: { kinds: ['string'], expected: 'Supported option values are strings.' },
  optimizer_version: { kinds: ['int', 'null'], expected: 'Supported option values are integers and NULL.' },
  optimizer_statistics_package: {
    kinds: ['string', 'null'],
    expected: 'Supported option values are strings and NULL.',
  },
  enable_key_visualizer: { kinds: ['bool', 'null'], expected: 'Supported option values are booleans and NULL.' },
  default_sequence_kind: { kinds: ['string', 'null'], expected: 'Supported option values are strings and NULL.' },
  default_time_zone: { kinds: ['string', 'null'], expected: 'Supported option values are strings and NULL.' },
  read_lease_regions: { kinds: ['string', 'null'], expected: 'Supported option values are strings and NULL.' },
};

const HOUR_SECONDS = 3600;
const WEEK_SECONDS = 7 * 24 * HOUR_SECONDS;

export function validateDatabaseOptions(catalog: Catalog, options: readonly DdlOption[], statement: string): void {
  const seen = new Set<string>();
  for (const option of options) {
    const name = option.name.toLowerCase();
    const parseError = (detail: string): SpannerError => ddlParseError(statement.trim(), detail);
    if (seen.has(name)) throw parseError(`Duplicate option: ${option.name}`);
    seen.add(name);
    const spec = DATABASE_OPTIONS[name];
    if (spec === undefined) throw parseError(`Option: ${option.name} is unknown.`);
    if (option.value.kind === 'null' && !spec.kinds.includes('null')) throw parseError(`Option: ${name} is null.`);
    if (!spec.kinds.includes(option.value.kind))
      throw parseError(`Unexpected value for option: ${name}. ${spec.expected}`);
  }
  for (const option of options) checkValue(catalog, option);
}

function checkValue(catalog: Catalog, option: DdlOption): void {
  const name = option.name.toLowerCase();
  const value = option.value;
  if (name === 'version_retention_period' && value.kind === 'string') {
    const seconds = durationSeconds(value.value);
    if (seconds === null || seconds < HOUR_SECONDS || seconds > WEEK_SECONDS) {
      throw versionRetentionPeriodOutOfRange(value.value);
    }
  }
  if (name === 'default_sequence_kind') {
    if (findOption(catalog.databaseOptions, 'default_sequence_kind') !== undefined)
      throw defaultSequenceKindAlreadySet();
    if (value.kind === 'string' && value.value !== 'bit_reversed_positive') throw unsupportedSequenceKind(value.value);
  }
  if (name === 'default_time_zone') {
    if (catalog.tables.size > 0) throw changeDefaultTimeZoneOnNonEmptyDatabase();
    if (value.kind === 'string' && !isTimeZone(value.value)) throw invalidDefaultTimeZoneOption(value.value);
  }
}

/** `90s`, `30m`, `24h`, `7d` (Spanner's duration forms for the retention period), in seconds. */
export function durationSeconds(text: string): number | null {
  const match = /^(\d+)([smhd])$/.exec(text.trim());
  if (match === null) return null;
  const unit = { s: 1, m: 60, h: HOUR_SECONDS, d: 24 * HOUR_SECONDS }[match[2] as 's' | 'm' | 'h' | 'd'];
  return Number(match[1]) * unit;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
