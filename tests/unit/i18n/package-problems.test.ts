/** The words for package problems: the same sentences the instructor view and the export commands showed before they became codes. */
import { describe, expect, it } from 'vitest';
import { packageProblems } from '../../../src/i18n/en/package-problems';

describe('package problems in English', () => {
  it('words a kit problem, a module problem and a damaged build as the view and the commands showed them', () => {
    expect(packageProblems.text({ code: 'kit-http', status: 500 })).toBe('The app’s file scorm-kit.json could not be loaded (HTTP 500). Reload the page and try again.');
    expect(packageProblems.text({ code: 'kit-invalid', file: 'scorm-kit.json', issue: 'kit-version' })).toBe('scorm-kit.json is damaged or from another version: it is not a kit of a version this app reads.');
    expect(packageProblems.text({ code: 'unknown-modules', unknown: ['nope'], known: ['first-group', 'rule-honesty'] })).toBe('Unknown module id(s): nope. Known modules: first-group, rule-honesty');
    expect(packageProblems.text({ code: 'too-many-modules', max: 30 })).toBe('A package holds at most 30 modules.');
    expect(packageProblems.text({ code: 'page-no-head' })).toBe('index.html has no </head>.');
  });
});
