// Addresses and header words read without regular expressions or NFKC where the text allows: the same answers as the general rules.
import { parseA1 } from '../../src/core/sheets/grid';
import { normalizeHeader } from '../../src/core/sheets/headers';

describe('parseA1 (letters 1–3, digits 1–7, an optional $ before each, surrounding spaces ignored)', () => {
  it.each([
    ['A1', { row: 0, col: 0 }],
    ['$C$7', { row: 6, col: 2 }],
    ['c7', { row: 6, col: 2 }],
    [' AB12 ', { row: 11, col: 27 }],
    ['XFD1048576', { row: 1048575, col: 16383 }],
    ['ZZ1234567', { row: 1234566, col: 701 }],
  ])('%s', (address, at) => expect(parseA1(address)).toEqual(at));

  it.each(['', '$', 'A', '1', 'A0', 'AAAA1', 'A12345678', '$$A1', 'A$$1', 'A1B', '1A', 'A-1', 'A1.5', '@1', '[1', '`1', '{1', 'Ａ1', 'A１'])(
    '%j is no address',
    (address) => expect(parseA1(address)).toBeNull(),
  );
});

describe('normalizeHeader', () => {
  it('returns ideographs, 、。 and ASCII letters and digits as written', () => {
    expect(normalizeHeader('牵头单位')).toBe('牵头单位');
    expect(normalizeHeader('市委宣传部、市文明办')).toBe('市委宣传部、市文明办');
    expect(normalizeHeader('Task2')).toBe('Task2');
  });

  it('still folds full-width forms, spaces, remarks and colons', () => {
    expect(normalizeHeader('牵头 单位')).toBe('牵头单位');
    expect(normalizeHeader('完成时限（必填）')).toBe('完成时限');
    expect(normalizeHeader('序号：')).toBe('序号');
    expect(normalizeHeader('ＡＢ１')).toBe('AB1');
    expect(normalizeHeader('甲，乙')).toBe('甲,乙');
  });
});
