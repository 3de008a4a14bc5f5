/**
 * The course block that makes an index.html a SCORM package: written by the assembler, read once
 * by lms-hooks. Anything not exactly a course of known modules must read as "not a package".
 * Version 3 names the package's format and may ask for a participation score; version 2 and 1
 * blocks (SCORM 1.2 packages) still read as SCORM 1.2, a version 1 block's mastery score ignored.
 */
import { describe, expect, it } from 'vitest';
import { courseBlockHtml, parseCourse, readCourse } from '../../../src/lms/course-block';
import { COURSE_BLOCK_ID } from '../../../src/lms/course-block-id';

const known = (id: string) => ['rule-honesty', 'first-group', 'when-it-hurts'].includes(id);
const page = (body: string) => new DOMParser().parseFromString(`<!doctype html><html><head>${body}</head><body></body></html>`, 'text/html');

describe('course block', () => {
  it('round-trips: the HTML the assembler writes reads back as the same course', () => {
    const course = { v: 3 as const, format: 'scorm2004' as const, modules: ['first-group', 'rule-honesty'], score: 'participation' as const };
    const html = courseBlockHtml(course);
    expect(html).toBe(`<script type="application/json" id="${COURSE_BLOCK_ID}">{"v":3,"format":"scorm2004","modules":["first-group","rule-honesty"],"score":"participation"}</script>`);
    expect(readCourse(page(html), known)).toEqual(course);
    for (const format of ['scorm12', 'scorm2004', 'cmi5'] as const)
      expect(readCourse(page(courseBlockHtml({ v: 3, format, modules: ['when-it-hurts'] })), known)).toEqual({ v: 3, format, modules: ['when-it-hurts'] });
  });

  it('reads a version 2 block as a SCORM 1.2 package, its score mode kept', () => {
    expect(parseCourse('{"v":2,"modules":["rule-honesty","first-group"],"score":"participation"}', known)).toEqual({ v: 3, format: 'scorm12', modules: ['rule-honesty', 'first-group'], score: 'participation' });
    expect(parseCourse('{"v":2,"modules":["rule-honesty"]}', known)).toEqual({ v: 3, format: 'scorm12', modules: ['rule-honesty'] });
  });

  it('reads a version 1 block as a SCORM 1.2 package without a score, its mastery score ignored', () => {
    expect(parseCourse('{"v":1,"modules":["rule-honesty","first-group"],"mastery":80}', known)).toEqual({ v: 3, format: 'scorm12', modules: ['rule-honesty', 'first-group'] });
    expect(parseCourse('{"v":1,"modules":["rule-honesty"]}', known)).toEqual({ v: 3, format: 'scorm12', modules: ['rule-honesty'] });
  });

  it('refuses to write a course that is not valid', () => {
    expect(() => courseBlockHtml({ v: 3, format: 'scorm12', modules: [] })).toThrow(/^invalid-course/);
    expect(() => courseBlockHtml({ v: 3, format: 'scorm12', modules: ['a'], score: 'graded' as never })).toThrow(/^invalid-course/);
    expect(() => courseBlockHtml({ v: 3, format: 'aicc' as never, modules: ['a'] })).toThrow(/^invalid-course/);
    expect(() => courseBlockHtml({ v: 2, modules: ['a'] } as never)).toThrow(/^invalid-course/);
  });

  it('is absent from an ordinary page', () => {
    expect(readCourse(page('<title>x</title>'), known)).toBeUndefined();
  });

  it.each([
    ['empty', ''],
    ['not JSON', '{v:1,modules:["rule-honesty"]}'],
    ['truncated', '{"v":2,"modules":["rule-honesty"'],
    ['null', 'null'],
    ['an array', '[1]'],
    ['a string', '"rule-honesty"'],
    ['another version', '{"v":4,"format":"scorm12","modules":["rule-honesty"]}'],
    ['version 3 without a format', '{"v":3,"modules":["rule-honesty"]}'],
    ['an unknown format', '{"v":3,"format":"aicc","modules":["rule-honesty"]}'],
    ['a format in upper case', '{"v":3,"format":"SCORM2004","modules":["rule-honesty"]}'],
    ['version 2 with a format', '{"v":2,"format":"scorm2004","modules":["rule-honesty"]}'],
    ['version 3 with an unknown field', '{"v":3,"format":"scorm12","modules":["rule-honesty"],"lms":"x"}'],
    ['a version as text', '{"v":"2","modules":["rule-honesty"]}'],
    ['no modules', '{"v":2,"modules":[]}'],
    ['modules not a list', '{"v":2,"modules":"rule-honesty"}'],
    ['a module twice', '{"v":2,"modules":["rule-honesty","rule-honesty"]}'],
    ['an unknown module', '{"v":2,"modules":["rule-honesty","no-such-module"]}'],
    ['a path as module id', '{"v":2,"modules":["../rule-honesty"]}'],
    ['markup as module id', '{"v":2,"modules":["<img src=x onerror=alert(1)>"]}'],
    ['upper case id', '{"v":2,"modules":["Rule-Honesty"]}'],
    ['a number as module id', '{"v":2,"modules":[1]}'],
    ['version 1 with mastery over 100', '{"v":2,"modules":["rule-honesty"],"mastery":101}'],
    ['version 1 with mastery as text', '{"v":1,"modules":["rule-honesty"],"mastery":"80"}'],
    ['version 2 with a mastery score', '{"v":2,"modules":["rule-honesty"],"mastery":80}'],
    ['version 1 with a score mode', '{"v":1,"modules":["rule-honesty"],"score":"participation"}'],
    ['an unknown score mode', '{"v":2,"modules":["rule-honesty"],"score":"graded"}'],
    ['a score as a number', '{"v":2,"modules":["rule-honesty"],"score":50}'],
    ['an unknown field', '{"v":2,"modules":["rule-honesty"],"lms":"x"}'],
    ['a __proto__ field', '{"v":2,"modules":["rule-honesty"],"__proto__":{"polluted":true}}'],
    ['a constructor field', '{"v":2,"modules":["rule-honesty"],"constructor":{"prototype":{"polluted":true}}}'],
    ['oversized', `{"v":2,"modules":["rule-honesty"]}${' '.repeat(20_000)}`],
    ['too many modules', JSON.stringify({ v: 2, modules: Array.from({ length: 101 }, (_, i) => `m${i}`) })],
  ])('a block that is %s is not a package', (_name, text) => {
    expect(parseCourse(text, known)).toBeUndefined();
    expect(readCourse(page(`<script type="application/json" id="${COURSE_BLOCK_ID}">${text}</script>`), known)).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads only a JSON script element with that id', () => {
    const json = '{"v":2,"modules":["rule-honesty"]}';
    expect(readCourse(page(`<script type="application/json" id="${COURSE_BLOCK_ID}">${json}</script>`), known)).toBeDefined();
    expect(readCourse(page(`<template id="${COURSE_BLOCK_ID}">${json}</template>`), known)).toBeUndefined();
    expect(readCourse(page(`<script type="text/plain" id="${COURSE_BLOCK_ID}">${json}</script>`), known)).toBeUndefined();
    expect(readCourse(page(`<script type="module" id="${COURSE_BLOCK_ID}">${json}</script>`), known)).toBeUndefined();
  });
});
