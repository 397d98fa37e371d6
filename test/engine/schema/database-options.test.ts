/** ALTER DATABASE SET OPTIONS: known options, value kinds, ranges and once-only options. */

import { compact, ddlAfter, lastError } from './schema-test-helpers';

const alter = (options: string) => `ALTER DATABASE db SET OPTIONS (${options})`;

describe('ALTER DATABASE SET OPTIONS', () => {
  it.each([
    ['version_retention_period', "version_retention_period = '7d'"],
    ['a retention period in hours', "version_retention_period = '1h'"],
    ['a retention period in minutes', "version_retention_period = '90m'"],
    ['default_leader', "default_leader = 'us-central1'"],
    ['optimizer_version', 'optimizer_version = 5'],
    ['optimizer_statistics_package', "optimizer_statistics_package = 'auto_20191128_14_47_22UTC'"],
    ['default_sequence_kind', "default_sequence_kind = 'bit_reversed_positive'"],
    ['default_time_zone on an empty database', "default_time_zone = 'America/Los_Angeles'"],
  ])('accepts %s', (_name, options) => {
    expect(compact(ddlAfter([alter(options)]))).toBe(compact([alter(options)]));
  });

  it('merges later options into earlier ones and unsets NULL ones', () => {
    const ddl = ddlAfter([
      alter("version_retention_period = '2d', optimizer_version = 3"),
      alter("default_leader = 'us-east1', version_retention_period = '4d'"),
      alter('optimizer_version = NULL'),
    ]);
    expect(compact(ddl)).toBe(
      "ALTER DATABASE db SET OPTIONS (version_retention_period = '4d'); ALTER DATABASE db SET OPTIONS (default_leader = 'us-east1')",
    );
  });

  it.each([
    ['an unknown option', alter('nope = 1'), 'Option: nope is unknown.'],
    [
      'an option twice',
      alter("version_retention_period = '2d', version_retention_period = '3d'"),
      'Duplicate option: version_retention_period',
    ],
    ['a NULL default_leader', alter('default_leader = NULL'), 'Option: default_leader is null.'],
    [
      'a numeric retention period',
      alter('version_retention_period = 5'),
      'Unexpected value for option: version_retention_period. Supported values are non-empty strings only.',
    ],
  ])('refuses %s while parsing', (_name, statement, detail) => {
    expect(lastError([statement])).toBe(
      `INVALID_ARGUMENT: Error parsing Spanner DDL statement: ${statement} : ${detail}`,
    );
  });

  it.each([
    [
      'a retention period under an hour',
      ["version_retention_period = '59m'"],
      'INVALID_ARGUMENT: Invalid version_retention_period: 59m. The version retention period must be between 1 hour and 7 days.',
    ],
    [
      'a retention period over a week',
      ["version_retention_period = '8d'"],
      'INVALID_ARGUMENT: Invalid version_retention_period: 8d. The version retention period must be between 1 hour and 7 days.',
    ],
    [
      'an unreadable retention period',
      ["version_retention_period = 'soon'"],
      'INVALID_ARGUMENT: Invalid version_retention_period: soon. The version retention period must be between 1 hour and 7 days.',
    ],
    [
      'another sequence kind',
      ["default_sequence_kind = 'serial'"],
      'FAILED_PRECONDITION: Invalid Sequence Kind: serial.',
    ],
    [
      'changing default_sequence_kind once set',
      ["default_sequence_kind = 'bit_reversed_positive'", 'default_sequence_kind = NULL'],
      'FAILED_PRECONDITION: The default_sequence_kind option may not be unset once set.',
    ],
    [
      'an unknown time zone',
      ["default_time_zone = 'Mars/Olympus'"],
      'FAILED_PRECONDITION: Database has invalid default_time_zone option.  Invalid time zone name: Mars/Olympus',
    ],
  ])('refuses %s', (_name, options, expected) => {
    expect(lastError(options.map(alter))).toBe(expected);
  });

  it('refuses default_time_zone once tables exist', () => {
    expect(lastError(['CREATE TABLE T (K INT64) PRIMARY KEY (K)', alter("default_time_zone = 'UTC'")])).toBe(
      "FAILED_PRECONDITION: The 'default_time_zone' database option cannot be changed on a database with user defined tables.",
    );
  });
});
