import { describe, expect, it } from 'vitest';
import { savedAsUtf16 } from '../../../src/files/saved-as-utf16';

const bytes = (...b: number[]) => new Uint8Array(b).buffer;

describe('savedAsUtf16', () => {
  it('text with a UTF-16 mark in either byte order is UTF-16', () => {
    expect(savedAsUtf16(bytes(0xff, 0xfe, 0x7b, 0x00))).toBe(true);
    expect(savedAsUtf16(bytes(0xfe, 0xff, 0x00, 0x7b))).toBe(true);
  });

  it('for JSON, it must also start like JSON after the mark and white space', () => {
    expect(savedAsUtf16(bytes(0xff, 0xfe, 0x20, 0x00, 0x7b, 0x00), '{')).toBe(true);
    expect(savedAsUtf16(bytes(0xff, 0xfe, 0x7b, 0x80), '{')).toBe(false);
  });

  it('a mark followed by bytes that are not UTF-16 is not', () => {
    expect(savedAsUtf16(bytes(0xff, 0xfe, 0x00, 0xdc))).toBe(false);
    expect(savedAsUtf16(bytes(0xff, 0xfe, 0x7b))).toBe(false);
  });

  it('no mark, half a mark, a UTF-8 mark or an empty file is not', () => {
    expect(savedAsUtf16(bytes(0x7b, 0xff, 0xfe))).toBe(false);
    expect(savedAsUtf16(bytes(0xff))).toBe(false);
    expect(savedAsUtf16(bytes(0xef, 0xbb, 0xbf, 0x7b))).toBe(false);
    expect(savedAsUtf16(bytes())).toBe(false);
  });
});
