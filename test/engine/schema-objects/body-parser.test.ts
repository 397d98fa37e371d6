/** View and function bodies are parsed in place in the statement their errors quote. */

import { parseBodyAfter } from '../../../src/engine/schema/objects/view-analysis/body-parser';
import { parseQueryAt } from '../../../src/sql/index';

const PREFIX = 'CREATE VIEW `V` SQL SECURITY INVOKER AS ';

describe('parseBodyAfter', () => {
  it('gives AST positions in the surrounding statement', () => {
    const query = parseBodyAfter(PREFIX, 'SELECT 1 AS a', '', parseQueryAt);
    expect(query.loc.start).toBe(PREFIX.length);
    expect(query.loc.column).toBe(PREFIX.length + 1);
  });

  it('positions syntax errors in the surrounding statement, with the caret line', () => {
    expect(() => parseBodyAfter(PREFIX, 'SELECT 1 AS a FORM (SELECT 1)', '', parseQueryAt)).toThrow(
      'Syntax error: Expected end of input but got identifier "FORM" [at 1:55]\n' +
        'CREATE VIEW `V` SQL SECURITY INVOKER AS SELECT 1 AS a FORM (SELECT 1)\n' +
        `${' '.repeat(54)}^`,
    );
  });
});
