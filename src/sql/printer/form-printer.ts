/**
 * Prints the expression forms with their own syntax: IN, CASE, CAST, EXTRACT, INTERVAL,
 * constructors, function calls with aggregate modifiers and arguments, subqueries, WITH and NEW.
 * Operator precedence is expression-printer's.
 */

import { assertNever } from '../../errors/assert-never';
import type {
  BracedConstructor,
  Expression,
  FunctionArgument,
  FunctionCall,
  InListExpression,
  InSubqueryExpression,
  InUnnestExpression,
  StructField,
} from '../ast/expression';
import { printHint, printOrderBy } from './hint-printer';
import { IN_OPERAND_PREC, printExpression, printOperand } from './expression-printer';
import { printIdentifier, printName, printParts, printPathName } from './identifier-printer';
import { printQuery } from './query-printer';
import { printType } from './type-printer';
import { isKeywordFunctionName } from '../token-keywords';

export type FormExpression = Extract<
  Expression,
  {
    kind:
      | 'inList'
      | 'inSubquery'
      | 'inUnnest'
      | 'case'
      | 'cast'
      | 'extract'
      | 'interval'
      | 'arrayLiteral'
      | 'structLiteral'
      | 'functionCall'
      | 'subquery'
      | 'arraySubquery'
      | 'exists'
      | 'withExpression'
      | 'newConstructor'
      | 'bracedConstructor';
  }
>;

export function printForm(e: FormExpression): string {
  switch (e.kind) {
    case 'inList':
    case 'inSubquery':
    case 'inUnnest':
      return printIn(e);
    case 'case': {
      const whens = e.whens
        .map((w) => ` WHEN ${printExpression(w.condition)} THEN ${printExpression(w.result)}`)
        .join('');
      const operand = e.operand ? ` ${printExpression(e.operand)}` : '';
      return `CASE${operand}${whens}${e.else ? ` ELSE ${printExpression(e.else)}` : ''} END`;
    }
    case 'cast':
      return `${e.safe ? 'SAFE_CAST' : 'CAST'}(${printExpression(e.expr)} AS ${printType(e.type)}${e.format ? ` FORMAT ${printExpression(e.format)}` : ''})`;
    case 'extract': {
      const part = e.weekday ? `${e.part}(${e.weekday})` : e.part;
      const zone = e.timeZone ? ` AT TIME ZONE ${printExpression(e.timeZone)}` : '';
      return `EXTRACT(${part} FROM ${printExpression(e.expr)}${zone})`;
    }
    case 'interval':
      return `INTERVAL ${printExpression(e.value)} ${e.part}${e.toPart ? ` TO ${e.toPart}` : ''}`;
    case 'arrayLiteral':
      return `${e.type ? printType(e.type) : ''}[${e.elements.map(printExpression).join(', ')}]`;
    case 'structLiteral':
      return `${e.type ? printType(e.type) : 'STRUCT'}(${printFields(e.fields)})`;
    case 'functionCall':
      return printFunctionCall(e);
    case 'subquery':
      return `(${printQuery(e.query)})`;
    case 'arraySubquery':
      return `ARRAY(${printQuery(e.query)})`;
    case 'exists':
      return `EXISTS(${printQuery(e.query)})`;
    case 'withExpression': {
      const bindings = e.bindings.map((b) => `${printIdentifier(b.name)} AS ${printExpression(b.expr)}, `).join('');
      return `WITH(${bindings}${printExpression(e.result)})`;
    }
    case 'newConstructor':
      return `NEW ${printPathName(e.type)}(${printFields(e.args)})`;
    case 'bracedConstructor':
      return printBraced(e);
    default:
      return assertNever(e, 'expression');
  }
}

function printIn(e: InListExpression | InSubqueryExpression | InUnnestExpression): string {
  const head = `${printOperand(e.operand, IN_OPERAND_PREC)} ${e.not ? 'NOT ' : ''}IN`;
  if (e.kind === 'inList') return `${head} (${e.values.map(printExpression).join(', ')})`;
  if (e.kind === 'inSubquery') return `${head} (${printQuery(e.query)})`;
  return `${head} UNNEST(${printExpression(e.array)})`;
}

function printFields(fields: readonly StructField[]): string {
  return fields
    .map((f) => (f.alias ? `${printExpression(f.expr)} AS ${printIdentifier(f.alias)}` : printExpression(f.expr)))
    .join(', ');
}

function printBraced(e: BracedConstructor): string {
  const fields = e.fields.map((f) => {
    const name = f.extension ? `(${printPathName(f.name)})` : printPathName(f.name);
    return `${name}: ${printExpression(f.value)}`;
  });
  const body = `{${fields.join(', ')}}`;
  return e.type ? `NEW ${printPathName(e.type)} ${body}` : body;
}

function printFunctionName(e: FunctionCall): string {
  const parts = e.name.parts;
  const first = parts[0].name.toUpperCase();
  if (e.safe) return `SAFE.${printParts(parts)}`;
  // Keyword-named functions such as IF and LEFT are written bare; a literal SAFE part needs quotes.
  if (parts.length === 1 && isKeywordFunctionName(first)) return parts[0].name;
  if (parts.length > 1 && first === 'SAFE')
    return `\`${parts[0].name}\`.${parts
      .slice(1)
      .map((p) => printName(p.name, true))
      .join('.')}`;
  return printParts(parts);
}

function printFunctionCall(e: FunctionCall): string {
  let inner = e.star ? '*' : `${e.distinct ? 'DISTINCT ' : ''}${e.args.map(printArgument).join(', ')}`;
  if (e.nullHandling) inner += ` ${e.nullHandling} NULLS`;
  if (e.having) inner += ` HAVING ${e.having.extremum} ${printExpression(e.having.expr)}`;
  if (e.orderBy) inner += ` ORDER BY ${printOrderBy(e.orderBy)}`;
  if (e.limit) inner += ` LIMIT ${printExpression(e.limit)}`;
  const call = `${printFunctionName(e)}(${inner})`;
  return e.hint ? `${call} ${printHint(e.hint)}` : call;
}

export function printArgument(a: FunctionArgument): string {
  switch (a.kind) {
    case 'namedArgument':
      return `${printIdentifier(a.name)} => ${printExpression(a.value)}`;
    case 'lambda': {
      const params =
        a.params.length === 1 ? printIdentifier(a.params[0]) : `(${a.params.map(printIdentifier).join(', ')})`;
      return `${params} -> ${printExpression(a.body)}`;
    }
    case 'objectArgument':
      return `${a.objectKind} ${printPathName(a.name)}`;
    case 'aliasedArgument':
      return `${printExpression(a.expr)} AS ${printPathName(a.alias)}`;
    default:
      return printExpression(a);
  }
}
