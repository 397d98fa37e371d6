import { compileListFilter } from '../../src/resources/list-filter';

interface Item {
  name: string;
  displayName: string;
  labels: Record<string, string>;
}

const fields = new Set(['name', 'displayname']);
const resolve = (item: Item, field: string) =>
  field.startsWith('labels.') ? item.labels[field.slice(7)] : field === 'name' ? item.name : item.displayName;
const filter = (text: string) =>
  compileListFilter<Item>(text, (f) => fields.has(f) || f.startsWith('labels.'), resolve);

const items: Item[] = [
  { name: 'projects/p/instances/howl-prod', displayName: 'Howl', labels: { env: 'prod' } },
  { name: 'projects/p/instances/dev-one', displayName: 'Dev One', labels: { env: 'dev', team: 'a' } },
  { name: 'projects/p/instances/plain', displayName: 'Plain', labels: {} },
];

const names = (text: string) => items.filter(filter(text)).map((i) => i.name.split('/').pop());

test.each([
  ['', ['howl-prod', 'dev-one', 'plain']],
  ['name:howl', ['howl-prod']],
  ['NAME:HOWL', ['howl-prod']],
  ['display_name:dev', ['dev-one']],
  ['displayName="Plain"', ['plain']],
  ['labels.env:*', ['howl-prod', 'dev-one']],
  ['labels.env:dev', ['dev-one']],
  ['name:o labels.env:prod', ['howl-prod']],
  ['name:o AND labels.team:a', ['dev-one']],
  ['labels.env=prod OR labels.team=a', ['howl-prod', 'dev-one']],
  ['NOT labels.env:*', ['plain']],
  ['-name:plain', ['howl-prod', 'dev-one']],
  ['(labels.env:prod OR labels.env:dev) AND -labels.team:a', ['howl-prod']],
  ['labels.env!=prod', ['dev-one', 'plain']],
])('filter %j', (text, expected) => {
  expect(names(text)).toEqual(expected);
});

test.each([
  ['state:READY', 'unknown field state'],
  ['name:', 'expected a value'],
  ['(name:a', 'missing ")"'],
  ['name', 'expected an operator after name'],
  ['name:"abc', 'unterminated string'],
])('rejects %j with INVALID_ARGUMENT', (text, detail) => {
  expect(() => filter(text)).toThrow(expect.objectContaining({ code: 3, message: expect.stringContaining(detail) }));
});
