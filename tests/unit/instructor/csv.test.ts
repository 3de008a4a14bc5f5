import { describe, expect, it } from 'vitest';
import { csvBlob, csvField, guardFormula, toCsv } from '../../../src/instructor/csv';

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks, and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('')).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('writes numbers and booleans as they are', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('yes');
  });

  it('guards text cells that a spreadsheet would run as a formula', () => {
    for (const bad of ['=SUM(A1:A9)', '+1', '-2+3', '@cmd', '\tx', '\rx']) expect(guardFormula(bad).startsWith("'")).toBe(true);
    expect(csvField('=HYPERLINK("http://evil.example","click")')).toBe('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    expect(csvField('Dr = Smith')).toBe('Dr = Smith');
    expect(guardFormula('Anna')).toBe('Anna');
  });

  it('joins rows with CRLF and ends with one', () => {
    expect(toCsv([['a', 1], ['b,c', 'd']])).toBe('a,1\r\n"b,c",d\r\n');
  });

  it('starts the file with a byte-order mark for spreadsheets', async () => {
    const bytes = new Uint8Array(await csvBlob([['Zoë']]).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('Zoë\r\n');
  });
});
