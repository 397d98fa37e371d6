/**
 * A compact, fully parenthesised rendering of expressions for table-driven parser tests:
 * `1 + 2 * 3` becomes `(+ 1 (* 2 3))`, so precedence and shape are visible at a glance.
 */
import type { Expression, FunctionArgument } from '../../src/sql/ast/expression';
import { printQuery, printType } from '../../src/sql';

function list(items: readonly Expression[]): string {
  return items.map(sx).join(' ');
}

function arg(a: FunctionArgument): string {
  switch (a.kind) {
    case 'namedArgument':
      return `(=> ${a.name.name} ${sx(a.value)})`;
    case 'lambda':
      return `(lambda (${a.params.map((p) => p.name).join(' ')}) ${sx(a.body)})`;
    case 'objectArgument':
      return `(${a.objectKind} ${a.name.parts.map((p) => p.name).join('.')})`;
    case 'aliasedArgument':
      return `(as ${sx(a.expr)} ${a.alias.parts.map((p) => p.name).join('.')})`;
    default:
      return sx(a);
  }
}

export function sx(e: Expression): string {
  switch (e.kind) {
    case 'nullLiteral':
      return 'NULL';
    case 'boolLiteral':
      return e.value ? 'TRUE' : 'FALSE';
    case 'intLiteral':
    case 'floatLiteral':
      return e.text;
    case 'stringLiteral':
      return JSON.stringify(e.value);
    case 'bytesLiteral':
      return `b${JSON.stringify(Buffer.from(e.value).toString('latin1'))}`;
    case 'typedLiteral':
      return `(typed ${e.type} ${JSON.stringify(e.value)})`;
    case 'parameter':
      return `@${e.name}`;
    case 'systemVariable':
      return `@@${e.name}`;
    case 'path':
      return e.parts.map((p) => p.name).join('.');
    case 'fieldAccess':
      return `(. ${sx(e.object)} ${e.field.name})`;
    case 'subscript':
      return `([] ${sx(e.object)} ${e.mode ? `${e.mode} ` : ''}${sx(e.index)})`;
    case 'unary':
      return `(${e.op} ${sx(e.operand)})`;
    case 'binary':
      return `(${e.op} ${sx(e.left)} ${sx(e.right)})`;
    case 'and':
      return `(AND ${list(e.operands)})`;
    case 'or':
      return `(OR ${list(e.operands)})`;
    case 'between':
      return `(${e.not ? 'NOT ' : ''}BETWEEN ${sx(e.operand)} ${sx(e.low)} ${sx(e.high)})`;
    case 'inList':
      return `(${e.not ? 'NOT ' : ''}IN ${sx(e.operand)} ${list(e.values)})`;
    case 'inSubquery':
      return `(${e.not ? 'NOT ' : ''}IN ${sx(e.operand)} {${printQuery(e.query)}})`;
    case 'inUnnest':
      return `(${e.not ? 'NOT ' : ''}IN-UNNEST ${sx(e.operand)} ${sx(e.array)})`;
    case 'is':
      return `(IS${e.not ? ' NOT' : ''} ${sx(e.operand)} ${e.value})`;
    case 'isDistinctFrom':
      return `(IS${e.not ? ' NOT' : ''} DISTINCT ${sx(e.left)} ${sx(e.right)})`;
    case 'case':
      return `(CASE${e.operand ? ` ${sx(e.operand)}` : ''}${e.whens.map((w) => ` (${sx(w.condition)} ${sx(w.result)})`).join('')}${e.else ? ` (ELSE ${sx(e.else)})` : ''})`;
    case 'cast':
      return `(${e.safe ? 'SAFE_CAST' : 'CAST'} ${sx(e.expr)} ${printType(e.type)})`;
    case 'extract':
      return `(EXTRACT ${e.part}${e.weekday ? `(${e.weekday})` : ''} ${sx(e.expr)}${e.timeZone ? ` ${sx(e.timeZone)}` : ''})`;
    case 'interval':
      return `(INTERVAL ${sx(e.value)} ${e.part}${e.toPart ? ` ${e.toPart}` : ''})`;
    case 'arrayLiteral':
      return `(ARRAY${e.type ? `:${printType(e.type)}` : ''} ${list(e.elements)})`.replace(' )', ')');
    case 'structLiteral':
      return `(STRUCT${e.type ? `:${printType(e.type)}` : ''}${e.fields.map((f) => ` ${sx(f.expr)}${f.alias ? `:${f.alias.name}` : ''}`).join('')})`;
    case 'functionCall': {
      const mods = [
        e.distinct ? 'DISTINCT' : '',
        e.nullHandling ? `${e.nullHandling}-NULLS` : '',
        e.having ? `HAVING-${e.having.extremum} ${sx(e.having.expr)}` : '',
        e.orderBy
          ? `ORDER-BY ${e.orderBy.map((o) => sx(o.expr) + (o.direction ? ` ${o.direction}` : '')).join(' ')}`
          : '',
        e.limit ? `LIMIT ${sx(e.limit)}` : '',
        e.hint ? 'HINT' : '',
      ].filter(Boolean);
      const args = e.star ? ['*'] : e.args.map(arg);
      return `(${e.safe ? 'SAFE.' : ''}${e.name.parts.map((p) => p.name).join('.')} ${[...args, ...mods].join(' ')})`.replace(
        ' )',
        ')',
      );
    }
    case 'subquery':
      return `{${printQuery(e.query)}}`;
    case 'arraySubquery':
      return `(ARRAY {${printQuery(e.query)}})`;
    case 'exists':
      return `(EXISTS {${printQuery(e.query)}})`;
    case 'withExpression':
      return `(WITH${e.bindings.map((b) => ` (${b.name.name} ${sx(b.expr)})`).join('')} ${sx(e.result)})`;
    case 'newConstructor':
      return `(NEW ${e.type.parts.map((p) => p.name).join('.')}${e.args.map((f) => ` ${sx(f.expr)}${f.alias ? `:${f.alias.name}` : ''}`).join('')})`;
    case 'bracedConstructor':
      return `{${e.type ? e.type.parts.map((p) => p.name).join('.') + ' ' : ''}${e.fields.map((f) => `${f.extension ? '(' : ''}${f.name.parts.map((p) => p.name).join('.')}${f.extension ? ')' : ''}: ${sx(f.value)}`).join(', ')}}`;
  }
}
