import { describe, expect, it } from 'vitest';
import { readPastedLink } from '../../../src/assignments/pasted-link';

const PAYLOAD = 'eyJ2IjoxLCJ0aXRsZSI6IldlZWsgMSIsImNvaG9ydCI6IiIsImZlZWRiYWNrIjoiZGVicmllZiJ9';

describe('text pasted where an assignment link is expected', () => {
  it('finds the payload of a whole link, on any address', () => {
    expect(readPastedLink(`https://elsewhere.example/x/#/assignment/${PAYLOAD}`)).toEqual({ ok: true, payload: PAYLOAD });
  });

  it('joins a link broken over lines by an e-mail or a printout', () => {
    expect(readPastedLink(` https://app.example/#/assign\nment/${PAYLOAD.slice(0, 20)}\n ${PAYLOAD.slice(20)} `)).toEqual({ ok: true, payload: PAYLOAD });
  });

  it('takes a bare payload', () => {
    expect(readPastedLink(PAYLOAD)).toEqual({ ok: true, payload: PAYLOAD });
  });

  it.each([
    ['', 'empty'],
    [' \n ', 'empty'],
    ['https://app.example/#/', 'web-address'],
    ['www.example.org/assignment', 'web-address'],
    ['https://app.example/#/assignment/', 'cut-off'],
    ['not a link!', 'not-a-link'],
    ['hello', 'not-a-link'],
    ['<script>alert(1)</script>', 'not-a-link'],
  ])('says what %j is instead: %s', (text, problem) => {
    expect(readPastedLink(text)).toEqual({ ok: false, problem });
  });
});
