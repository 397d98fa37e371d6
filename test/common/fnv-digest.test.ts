/** The request digest: deterministic, 8 bytes, and different for inputs that differ in any way. */
import { FnvDigest } from '../../src/common/fnv-digest';

const digestOf = (parts: readonly (string | Uint8Array)[]) => {
  const digest = new FnvDigest();
  for (const part of parts) {
    if (typeof part === 'string') digest.text(part);
    else digest.bytes(part);
  }
  return digest.digest().toString('hex');
};

test('the same input gives the same 8 bytes', () => {
  expect(digestOf(['Singers', Buffer.of(1, 2)])).toBe(digestOf(['Singers', Buffer.of(1, 2)]));
  expect(new FnvDigest().digest()).toHaveLength(8);
});

test('inputs that differ in content, boundaries or order differ', () => {
  const digests = [
    digestOf(['ab', 'c']),
    digestOf(['a', 'bc']),
    digestOf(['c', 'ab']),
    digestOf(['ab', 'd']),
    digestOf(['ab', 'c', '']),
    digestOf([Buffer.of(1), 'c']),
    digestOf([]),
  ];
  expect(new Set(digests).size).toBe(digests.length);
});
