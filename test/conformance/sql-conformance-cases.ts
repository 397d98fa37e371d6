/**
 * The data-plane conformance corpus (../shared/conformance/sql/*.json, format in its README): the
 * case and step model, the loader, and what each step needs from the emulator (used to word the
 * reasons of the not-built list). It only reads the corpus; running the steps is elsewhere.
 */
import * as fs from 'fs';
import * as path from 'path';
import { assertNever } from '../../src/errors/assert-never';
import { conformanceFiles } from '../support/conformance';

/** A JSON value of a request piece or an expectation, possibly holding `{"$var": NAME}`. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface ErrorExpectation {
  code?: string;
  /** A JavaScript regular expression searched in the message (unanchored). */
  message?: string;
}

export interface Expectation {
  error?: ErrorExpectation;
  rows?: Json[][];
  ordered?: boolean;
  contains?: boolean;
  types?: (string | null)[];
  numRows?: number;
  rowCount?: string | number;
  rowCountLowerBound?: string | number;
  rowCounts?: (string | number)[];
  resultSetCount?: number;
  readTimestampNotBefore?: Json;
  hasReadTimestamp?: boolean;
}

/** What every step may carry besides its own key. */
interface StepCommon {
  expect?: Expectation;
  transaction?: JsonObject;
  inLastTransaction?: boolean;
  seqno?: string | number;
  commitTimestampAs?: string;
  saveValueAs?: string;
}

export type BatchStatement = string | { sql: string; params?: JsonObject; paramTypes?: JsonObject };

export type Step =
  | ({ kind: 'sql'; sql: string; params?: JsonObject; paramTypes?: JsonObject } & StepCommon)
  | ({ kind: 'read'; read: JsonObject } & StepCommon)
  | ({ kind: 'dml'; dml: string; params?: JsonObject; paramTypes?: JsonObject } & StepCommon)
  | ({ kind: 'batchDml'; batchDml: BatchStatement[] } & StepCommon)
  | ({ kind: 'pdml'; pdml: string } & StepCommon)
  | ({ kind: 'begin'; begin: 'readWrite' | 'readOnly' | JsonObject } & StepCommon)
  | ({ kind: 'commit'; commit: { mutations?: Json[] } } & StepCommon)
  | ({ kind: 'rollback'; rollback: JsonObject } & StepCommon)
  | ({ kind: 'endTransaction'; endTransaction: JsonObject } & StepCommon)
  | ({ kind: 'ddl'; ddl: string[] } & StepCommon);

export type StepKind = Step['kind'];

const STEP_KINDS: readonly StepKind[] = [
  'sql',
  'read',
  'dml',
  'batchDml',
  'pdml',
  'begin',
  'commit',
  'rollback',
  'endTransaction',
  'ddl',
];

export interface SqlCase {
  /** `<file>/<Test>`: unique in the corpus, the jest test name and the not-built list key. */
  name: string;
  source: string;
  schema: string[];
  steps: Step[];
  optional?: string;
  /** `differs: <reason>` when the official emulator 1.5.28 does not meet the expectation. */
  official_1_5_28?: string;
  note?: string;
}

/** Every case of every corpus file, in file order. */
export function loadSqlCases(): SqlCase[] {
  const cases = conformanceFiles('sql')
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => readCaseFile(file));
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.name)) throw new Error(`duplicate case name ${c.name}`);
    seen.add(c.name);
  }
  return cases;
}

function readCaseFile(file: string): SqlCase[] {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as (Omit<SqlCase, 'steps'> & { steps: JsonObject[] })[];
  return raw.map((c) => {
    try {
      return { ...c, steps: c.steps.map(toStep) };
    } catch (error) {
      throw new Error(`${path.basename(file)}: ${c.name}: ${(error as Error).message}`, { cause: error });
    }
  });
}

/** Tags a step with its kind (the one step key it holds) and checks its error pattern compiles. */
function toStep(raw: JsonObject): Step {
  const kinds = STEP_KINDS.filter((kind) => kind in raw);
  if (kinds.length !== 1)
    throw new Error(`a step needs exactly one of ${STEP_KINDS.join(', ')}: ${JSON.stringify(raw)}`);
  const step = { ...raw, kind: kinds[0] } as unknown as Step;
  const pattern = step.expect?.error?.message;
  if (pattern !== undefined) new RegExp(pattern);
  return step;
}

/** The parts of the emulator a case needs, named as the not-built list words them. */
export type Feature = 'the data plane (mutations and reads)' | 'query engine' | 'DML' | 'partitioned DML';

/** The most advanced part any step of the case needs (partitioned DML > DML > queries > the rest). */
export function neededFeature(c: SqlCase): Feature {
  const rank: Feature[] = ['the data plane (mutations and reads)', 'query engine', 'DML', 'partitioned DML'];
  return rank[Math.max(...c.steps.map((step) => rank.indexOf(stepFeature(step))))];
}

function stepFeature(step: Step): Feature {
  switch (step.kind) {
    case 'sql':
      return 'query engine';
    case 'dml':
    case 'batchDml':
      return 'DML';
    case 'pdml':
      return 'partitioned DML';
    case 'read':
    case 'begin':
    case 'commit':
    case 'rollback':
    case 'endTransaction':
    case 'ddl':
      return 'the data plane (mutations and reads)';
    default:
      return assertNever(step);
  }
}
