/**
 * Reading text by a PARSE_DATE / PARSE_TIMESTAMP format into the fields it names (year, month,
 * hour, offset...). Whitespace in the format matches any run of whitespace, numeric elements skip
 * leading whitespace, and only trailing whitespace may follow the last element. Turning the
 * fields into a date or an instant is parsed-date-time.ts's.
 */

import {
  parseElementNotAllowed,
  parseFormatMismatch,
  parseInputFailed,
} from '../../../../../errors/datetime-evaluation-errors';
import type { SpannerError } from '../../../../../errors/spanner-error';
import { DAY_NAMES, MONTH_NAMES } from './format-elements';
import { timeZoneNamed, type TimeZone } from './time-zones';

export interface ParsedFields {
  year?: number;
  century?: number;
  yearOfCentury?: number;
  month?: number;
  day?: number;
  dayOfYear?: number;
  hour?: number;
  hour12?: number;
  pm?: boolean;
  minute?: number;
  second?: number;
  subNanos?: bigint;
  epochSeconds?: bigint;
  offset?: number;
  zone?: TimeZone;
  week?: { readonly number: number; readonly firstWeekday: number };
  weekday?: boolean;
  isoYear?: number;
  isoWeek?: boolean;
}

/** Elements of PARSE_TIMESTAMP that PARSE_DATE refuses. */
const TIME_LETTERS = new Set('HIklMSpPrRTXcszZ');

const COMPOSITES: Readonly<Record<string, string>> = {
  F: '%Y-%m-%d',
  D: '%m/%d/%y',
  x: '%m/%d/%y',
  T: '%H:%M:%S',
  X: '%H:%M:%S',
  R: '%H:%M',
  r: '%I:%M:%S %p',
  c: '%a %b %e %H:%M:%S %Y',
};

interface Spec {
  readonly letter: string;
  readonly modifier: string;
  /** `%E3S`: 3; `%E*S`: 9 (any). */
  readonly fraction?: number;
  readonly length: number;
}

function readSpec(format: string, i: number): Spec {
  const fraction = /^E(\*|\d+)S/.exec(format.slice(i));
  if (fraction !== null)
    return {
      letter: 'S',
      modifier: 'E',
      fraction: fraction[1] === '*' ? 9 : Number(fraction[1]),
      length: fraction[0].length,
    };
  if (format.startsWith('E4Y', i)) return { letter: 'Y', modifier: 'E4', length: 3 };
  const c = format[i] ?? '';
  if ((c === 'E' || c === 'O' || c === ':') && i + 1 < format.length)
    return { letter: format[i + 1], modifier: c, length: 2 };
  return { letter: c, modifier: '', length: 1 };
}

/** Refuses time-of-day elements in a PARSE_DATE format, naming the first one. */
export function checkDateFormat(format: string): void {
  for (let i = 0; i < format.length; i++) {
    if (format[i] !== '%') continue;
    const spec = readSpec(format, i + 1);
    if (TIME_LETTERS.has(spec.letter) && spec.modifier !== 'E4')
      throw parseElementNotAllowed(format.slice(i, i + 1 + spec.length), 'DATE');
    i += spec.length;
  }
}

class Cursor {
  pos = 0;
  constructor(
    readonly input: string,
    readonly fields: ParsedFields,
  ) {}

  fail(): SpannerError {
    return parseInputFailed(this.input);
  }

  skipSpace(): void {
    while (this.pos < this.input.length && /\s/.test(this.input[this.pos])) this.pos++;
  }

  number(maxDigits: number, min: number, max: number, exact = false): number {
    this.skipSpace();
    const m = new RegExp(`^\\d{${exact ? maxDigits : 1},${maxDigits}}`).exec(this.input.slice(this.pos));
    if (m === null) throw this.fail();
    const value = Number(m[0]);
    if (value < min || value > max) throw this.fail();
    this.pos += m[0].length;
    return value;
  }

  /** One of `names` (or its first three letters), any case; its index. */
  name(names: readonly string[]): number {
    const rest = this.input.slice(this.pos).toLowerCase();
    for (const candidates of [names, names.map((n) => n.slice(0, 3))]) {
      const at = candidates.findIndex((n) => rest.startsWith(n.toLowerCase()));
      if (at >= 0) {
        this.pos += candidates[at].length;
        return at;
      }
    }
    throw this.fail();
  }
}

/** Reads `input` by `format` into fields; errors are GoogleSQL's parse errors. */
export function parseFields(format: string, input: string): ParsedFields {
  const cursor = new Cursor(input, {});
  readFormat(format, cursor, format);
  cursor.skipSpace();
  if (cursor.pos < input.length) throw cursor.fail();
  return cursor.fields;
}

/** `inComposite`: reading the expansion of `%F`, `%c`..., whose years have at most four digits. */
function readFormat(format: string, cursor: Cursor, whole: string, inComposite = false): void {
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (/\s/.test(c)) {
      cursor.skipSpace();
      continue;
    }
    if (c !== '%') {
      if (cursor.pos >= cursor.input.length) throw cursor.fail();
      if (cursor.input[cursor.pos] !== c) {
        // Only the format as written reports its mismatches; a composite's just fails.
        throw inComposite ? cursor.fail() : parseFormatMismatch(c, cursor.input[cursor.pos], cursor.pos, whole);
      }
      cursor.pos++;
      continue;
    }
    const spec = readSpec(format, i + 1);
    i += spec.length;
    const composite = COMPOSITES[spec.letter];
    if (composite !== undefined && spec.modifier !== 'E4') readFormat(composite, cursor, whole, true);
    else readElement(spec, cursor, inComposite || format[i + 1] === '%');
  }
}

/** `shortYear`: a year element followed by another element (or in a composite) reads 4 digits, else 5. */
function readElement(spec: Spec, cursor: Cursor, shortYear: boolean): void {
  const f = cursor.fields;
  switch (spec.letter) {
    case 'Y':
      f.year = spec.modifier === 'E4' ? cursor.number(4, 0, 9999, true) : cursor.number(shortYear ? 4 : 5, 0, 99999);
      return;
    case 'C':
      f.century = cursor.number(2, 0, 99);
      return;
    case 'y':
      f.yearOfCentury = cursor.number(2, 0, 99);
      return;
    case 'm':
      f.month = cursor.number(2, 1, 12);
      return;
    case 'd':
    case 'e':
      f.day = cursor.number(2, 1, 31);
      return;
    case 'j':
      f.dayOfYear = cursor.number(3, 1, 366);
      return;
    case 'Q':
      f.month = cursor.number(1, 1, 4) * 3 - 2;
      f.day = 1;
      return;
    case 'b':
    case 'B':
    case 'h':
      f.month = cursor.name(MONTH_NAMES) + 1;
      return;
    case 'a':
    case 'A':
      cursor.name(DAY_NAMES);
      f.weekday = true;
      return;
    case 'u':
      cursor.number(1, 1, 7);
      f.weekday = true;
      return;
    case 'w':
      cursor.number(1, 0, 6);
      f.weekday = true;
      return;
    case 'U':
    case 'W':
      f.week = { number: cursor.number(2, 0, 53), firstWeekday: spec.letter === 'U' ? 0 : 1 };
      return;
    case 'G':
      f.isoYear = cursor.number(shortYear ? 4 : 5, 0, 99999);
      return;
    case 'g':
      cursor.number(2, 0, 99);
      return;
    case 'V':
      cursor.number(2, 1, 53);
      f.isoWeek = true;
      return;
    case 'J':
      cursor.number(3, 1, 371);
      return;
    default:
      readTimeElement(spec, cursor);
  }
}

function readTimeElement(spec: Spec, cursor: Cursor): void {
  const f = cursor.fields;
  switch (spec.letter) {
    case 'H':
    case 'k':
      f.hour = cursor.number(2, 0, 23);
      f.hour12 = undefined;
      return;
    case 'I':
    case 'l':
      f.hour12 = cursor.number(2, 1, 12);
      return;
    case 'M':
      f.minute = cursor.number(2, 0, 59);
      return;
    case 'S':
      readSeconds(spec, cursor);
      return;
    case 'p':
    case 'P':
      f.pm = cursor.name(['AM', 'PM']) === 1;
      return;
    case 's':
      readEpochSeconds(cursor);
      return;
    case 'z':
      f.offset = readOffset(cursor, spec.modifier !== '');
      return;
    case 'Z':
      f.zone = readZoneName(cursor);
      return;
    case 'n':
    case 't':
      cursor.skipSpace();
      return;
    case '%':
      literal(cursor, '%');
      return;
    default:
      throw cursor.fail();
  }
}

function literal(cursor: Cursor, c: string): void {
  if (cursor.input[cursor.pos] !== c) throw cursor.fail();
  cursor.pos++;
}

function readSeconds(spec: Spec, cursor: Cursor): void {
  cursor.fields.second = cursor.number(2, 0, 60);
  if (spec.fraction === undefined || spec.fraction === 0 || cursor.input[cursor.pos] !== '.') return;
  const m = new RegExp(`^\\.(\\d{1,${spec.fraction}})`).exec(cursor.input.slice(cursor.pos));
  if (m === null) throw cursor.fail();
  cursor.pos += m[0].length;
  cursor.fields.subNanos = BigInt(m[1].slice(0, 9).padEnd(9, '0'));
}

function readEpochSeconds(cursor: Cursor): void {
  cursor.skipSpace();
  const m = /^-?\d+/.exec(cursor.input.slice(cursor.pos));
  if (m === null || m[0].length > 13) throw cursor.fail();
  cursor.pos += m[0].length;
  cursor.fields.epochSeconds = BigInt(m[0]);
}

/** `+HHMM` (`%z`), or also `+HH:MM` (`%Ez`, `%:z`). */
function readOffset(cursor: Cursor, colon: boolean): number {
  const pattern = colon ? /^([+-])(\d{2}):?(\d{2})/ : /^([+-])(\d{2})(\d{2})/;
  const m = pattern.exec(cursor.input.slice(cursor.pos));
  if (m === null || Number(m[3]) > 59) throw cursor.fail();
  cursor.pos += m[0].length;
  const seconds = Number(m[2]) * 3600 + Number(m[3]) * 60;
  return m[1] === '-' ? -seconds : seconds;
}

function readZoneName(cursor: Cursor): TimeZone {
  const m = /^\S+/.exec(cursor.input.slice(cursor.pos));
  if (m === null) throw cursor.fail();
  cursor.pos += m[0].length;
  return timeZoneNamed(m[0]);
}
