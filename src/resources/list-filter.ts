/**
 * The `filter` of List RPCs (ListInstances, ListDatabaseOperations, ListOperations): the subset of
 * Google's list-filter language Spanner documents. Restrictions `field:value` (has / contains,
 * `field:*` = present), `field=value`, `!=`, `<`, `<=`, `>`, `>=`; conjunction by AND or by
 * juxtaposition, OR, NOT / `-`, parentheses; values bare or double-quoted. Field names compare
 * case-insensitively and snake_case equals camelCase; string matching is case-insensitive.
 * What a field means for a resource is the caller's resolver; this file knows no resource.
 */
import { invalidListFilter } from '../errors';

type Op = ':' | '=' | '!=' | '<' | '<=' | '>' | '>=';

type FilterExpr =
  | { kind: 'and'; items: FilterExpr[] }
  | { kind: 'or'; items: FilterExpr[] }
  | { kind: 'not'; item: FilterExpr }
  | { kind: 'match'; field: string; op: Op; value: string };

/** A field's value on one item: a string, or undefined when the item does not have the field. */
export type FieldResolver<T> = (item: T, field: string) => string | undefined;

export type ListFilter<T> = (item: T) => boolean;

/** Normalized field name: `display_name`, `displayName` and `DISPLAYNAME` are one field. */
export function filterFieldKey(field: string): string {
  return field.replace(/_/g, '').toLowerCase();
}

/**
 * Compiles `text` into a predicate. `knownField` says whether a (normalized) field name exists,
 * so an unknown field is an error even when there is nothing to filter.
 */
export function compileListFilter<T>(
  text: string,
  knownField: (field: string) => boolean,
  resolve: FieldResolver<T>,
): ListFilter<T> {
  if (text.trim() === '') return () => true;
  const expr = new FilterParser(text).parse();
  checkFields(expr, text, knownField);
  return (item) => evaluate(expr, (field) => resolve(item, field));
}

function checkFields(expr: FilterExpr, text: string, knownField: (field: string) => boolean): void {
  switch (expr.kind) {
    case 'and':
    case 'or':
      expr.items.forEach((e) => checkFields(e, text, knownField));
      return;
    case 'not':
      checkFields(expr.item, text, knownField);
      return;
    case 'match':
      if (!knownField(expr.field)) throw invalidListFilter(text, `unknown field ${expr.field}`);
  }
}

function evaluate(expr: FilterExpr, get: (field: string) => string | undefined): boolean {
  switch (expr.kind) {
    case 'and':
      return expr.items.every((e) => evaluate(e, get));
    case 'or':
      return expr.items.some((e) => evaluate(e, get));
    case 'not':
      return !evaluate(expr.item, get);
    case 'match':
      return matches(get(expr.field), expr.op, expr.value, expr.field.startsWith('labels.'));
  }
}

/** `field:*` asks whether the field is set; a label is set even with an empty value. */
function matches(actual: string | undefined, op: Op, expected: string, isLabel: boolean): boolean {
  if (op === ':' && expected === '*') return actual !== undefined && (actual !== '' || isLabel);
  if (actual === undefined) return op === '!=';
  const a = actual.toLowerCase();
  const e = expected.toLowerCase();
  switch (op) {
    case ':':
      return a.includes(e);
    case '=':
      return a === e;
    case '!=':
      return a !== e;
    case '<':
      return a < e;
    case '<=':
      return a <= e;
    case '>':
      return a > e;
    case '>=':
      return a >= e;
  }
}

const OPS: readonly Op[] = ['!=', '<=', '>=', ':', '=', '<', '>'];

/** Recursive descent over the filter text; positions are kept only for messages. */
class FilterParser {
  private pos = 0;

  constructor(private readonly text: string) {}

  parse(): FilterExpr {
    const expr = this.parseOr();
    this.skipSpace();
    if (this.pos < this.text.length) this.fail(`unexpected "${this.text.slice(this.pos)}"`);
    return expr;
  }

  private parseOr(): FilterExpr {
    const items = [this.parseAnd()];
    while (this.acceptWord('OR')) items.push(this.parseAnd());
    return items.length === 1 ? items[0] : { kind: 'or', items };
  }

  private parseAnd(): FilterExpr {
    const items = [this.parseUnary()];
    for (;;) {
      if (this.acceptWord('AND')) {
        items.push(this.parseUnary());
        continue;
      }
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === undefined || c === ')' || this.peekWord('OR')) break;
      items.push(this.parseUnary());
    }
    return items.length === 1 ? items[0] : { kind: 'and', items };
  }

  private parseUnary(): FilterExpr {
    if (this.acceptWord('NOT')) return { kind: 'not', item: this.parseUnary() };
    this.skipSpace();
    if (this.text[this.pos] === '-') {
      this.pos++;
      return { kind: 'not', item: this.parseUnary() };
    }
    if (this.text[this.pos] === '(') {
      this.pos++;
      const inner = this.parseOr();
      this.skipSpace();
      if (this.text[this.pos] !== ')') this.fail('missing ")"');
      this.pos++;
      return inner;
    }
    return this.parseRestriction();
  }

  private parseRestriction(): FilterExpr {
    const field = /^[A-Za-z_@][A-Za-z0-9_.@-]*/.exec(this.text.slice(this.pos))?.[0];
    if (!field) this.fail(`expected a field name at "${this.text.slice(this.pos)}"`);
    this.pos += field.length;
    this.skipSpace();
    const op = OPS.find((o) => this.text.startsWith(o, this.pos));
    if (!op) this.fail(`expected an operator after ${field}`);
    this.pos += op.length;
    this.skipSpace();
    return { kind: 'match', field: normalizeField(field), op, value: this.parseValue() };
  }

  private parseValue(): string {
    if (this.text[this.pos] === '"') {
      const end = this.text.indexOf('"', this.pos + 1);
      if (end < 0) this.fail('unterminated string');
      const value = this.text.slice(this.pos + 1, end);
      this.pos = end + 1;
      return value;
    }
    const value = /^[^\s()"]+/.exec(this.text.slice(this.pos))?.[0];
    if (!value) this.fail('expected a value');
    this.pos += value.length;
    return value;
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos++;
  }

  private peekWord(word: string): boolean {
    this.skipSpace();
    const next = this.text.slice(this.pos, this.pos + word.length + 1);
    return next.slice(0, word.length) === word && !/[A-Za-z0-9_.:=<>!]/.test(next[word.length] ?? ' ');
  }

  private acceptWord(word: string): boolean {
    if (!this.peekWord(word)) return false;
    this.pos += word.length;
    return true;
  }

  private fail(detail: string): never {
    throw invalidListFilter(this.text, detail);
  }
}

/** `labels.Env` keeps the label key's case; the field part is normalized. */
function normalizeField(field: string): string {
  const dot = field.indexOf('.');
  if (dot < 0) return filterFieldKey(field);
  const head = filterFieldKey(field.slice(0, dot));
  return head === 'labels' ? `labels.${field.slice(dot + 1)}` : `${head}.${filterFieldKey(field.slice(dot + 1))}`;
}
