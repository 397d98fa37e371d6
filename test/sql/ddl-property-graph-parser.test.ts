/** Parsing CREATE [OR REPLACE] PROPERTY GRAPH and DROP PROPERTY GRAPH into their AST. */

import type { DdlCreatePropertyGraph } from '../../src/sql/ast/ddl-property-graph';
import { parseDdl } from '../../src/sql/parser/ddl-parser';

function graph(text: string): DdlCreatePropertyGraph {
  const stmt = parseDdl(text);
  if (stmt.kind !== 'createPropertyGraph') throw new Error(`parsed as ${stmt.kind}`);
  return stmt;
}

describe('CREATE PROPERTY GRAPH', () => {
  it('reads modifiers, element tables and their clauses', () => {
    const g = graph(`CREATE OR REPLACE PROPERTY GRAPH FinGraph
      NODE TABLES (Account AS A KEY (id) LABEL L1 PROPERTIES (x, y + 1 AS z) DEFAULT LABEL NO PROPERTIES, Person,)
      EDGE TABLES (Owns SOURCE KEY (pid) REFERENCES Person (id) DESTINATION KEY (aid) REFERENCES A)`);
    expect([g.name.name, g.orReplace, g.ifNotExists]).toEqual(['FinGraph', true, false]);
    const [account, person] = g.nodeTables;
    expect([account.table.name, account.alias?.name, account.key?.map((k) => k.name)]).toEqual([
      'Account',
      'A',
      ['id'],
    ]);
    expect(account.labels.map((l) => [l.name?.name ?? null, l.properties.kind])).toEqual([
      ['L1', 'list'],
      [null, 'none'],
    ]);
    const list = account.labels[0].properties;
    expect(list.kind === 'list' && list.items.map((i) => [i.expression.text, i.alias?.name ?? null])).toEqual([
      ['x', null],
      ['y + 1', 'z'],
    ]);
    expect(person.labels).toEqual([
      expect.objectContaining({ name: null, properties: { kind: 'allColumns', except: null } }),
    ]);
    const edge = g.edgeTables[0];
    expect([
      edge.source?.edgeColumns.map((c) => c.name),
      edge.source?.nodeTable.name,
      edge.source?.nodeColumns?.map((c) => c.name),
    ]).toEqual([['pid'], 'Person', ['id']]);
    expect([edge.destination?.nodeTable.name, edge.destination?.nodeColumns]).toEqual(['A', null]);
  });

  it('reads PROPERTIES [ARE] ALL COLUMNS EXCEPT, a label without properties, and dynamic clauses', () => {
    const g = graph(
      'CREATE PROPERTY GRAPH IF NOT EXISTS G NODE TABLES (T PROPERTIES ARE ALL COLUMNS EXCEPT (a, b), U LABEL X, V DYNAMIC LABEL (l) DYNAMIC PROPERTIES (p))',
    );
    expect(g.ifNotExists).toBe(true);
    expect(g.edgeTables).toEqual([]);
    expect(g.nodeTables[0].labels[0].properties).toEqual({
      kind: 'allColumns',
      except: [expect.objectContaining({ name: 'a' }), expect.objectContaining({ name: 'b' })],
    });
    expect(g.nodeTables[1].labels).toEqual([
      expect.objectContaining({
        name: expect.objectContaining({ name: 'X' }),
        properties: { kind: 'allColumns', except: null },
      }),
    ]);
    expect([g.nodeTables[2].dynamicLabel?.name, g.nodeTables[2].dynamicProperties?.name]).toEqual(['l', 'p']);
  });

  it('requires NODE TABLES', () => {
    expect(() => parseDdl('CREATE PROPERTY GRAPH G EDGE TABLES (E)')).toThrow(/Syntax error/);
  });
});

describe('DROP PROPERTY GRAPH', () => {
  it('reads IF EXISTS and the name', () => {
    expect(parseDdl('DROP PROPERTY GRAPH IF EXISTS G')).toEqual(
      expect.objectContaining({
        kind: 'dropPropertyGraph',
        ifExists: true,
        name: expect.objectContaining({ name: 'G' }),
      }),
    );
    expect(parseDdl('DROP PROPERTY GRAPH G')).toEqual(
      expect.objectContaining({ kind: 'dropPropertyGraph', ifExists: false }),
    );
  });
});
