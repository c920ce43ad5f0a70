import { csvField } from './scorecard.view.js';

describe('csvField', () => {
  it('leaves plain values alone and writes empty for missing ones', () => {
    expect(csvField('T1.1')).toBe('T1.1');
    expect(csvField(33.33)).toBe('33.33');
    expect(csvField(-5)).toBe('-5');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes fields with commas, quotes or line breaks, doubling inner quotes', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('joins lists with semicolons', () => {
    expect(csvField(['A', 'B'])).toBe('A;B');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});
