/**
 * XSS corpus: every hostile payload in tests/fixtures/xss/payloads.ts goes
 *   1. straight through createMarkdown (inline and block), and
 *   2. through the whole compiler, placed in each spot an author writes text (dialogue, inner
 *      voice, narration, choice text, the three feedback fields, the ending's Title and Debrief,
 *      the introduction, and the title / summary / setting / persona / climate label front matter),
 * and the output is parsed with jsdom and held to the sanitiser's contract: only the allow-listed
 * elements, no event-handler or style attribute, no href other than https:, mailto: or #, external
 * links with rel="noopener noreferrer", and output that is a fixed point of parse → serialise
 * (so it cannot mutate when the browser parses it again).
 *
 * Compiled scripts are then rendered with the real views (ModuleIntro, TranscriptList,
 * DebriefReport) into vitest's jsdom document, which runs scripts, with alert/confirm/prompt
 * spied: plain-text fields (title, choice text…) must come out as text, never as markup.
 */
import { cleanup, render } from '@testing-library/svelte';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nodeMarkdown } from '../../../src/tools/load-content';
import { transcript } from '../../../src/session/derive';
import type { SessionContext } from '../../../src/machine/types';
import type { Script } from '../../../src/script/types';
import ModuleIntro from '../../../src/views/ModuleIntro.svelte';
import DebriefReport from '../../../src/views/DebriefReport.svelte';
import TranscriptList from '../../../src/views/session/TranscriptList.svelte';
import { compileText } from '../compile-fixture';
import { XSS_PAYLOADS } from '../../fixtures/xss/payloads';
import { ALLOWED_ATTRS, ALLOWED_TAGS, SAFE_HREF, htmlProblems } from './html-contract';
import { expectOwnWords } from './own-words';
import { scriptHtml } from '../script-html';
import { choiceDisplay, choiceLabel } from '../../../src/script/choice-parts';

// ---------------------------------------------------------------------------------------------
// A small valid script with one hole per place an author writes text.

type Place =
  | 'title' | 'summary' | 'setting' | 'persona' | 'climate-label' | 'intro'
  | 'dialogue' | 'inner-voice' | 'narration' | 'choice-text'
  | 'what-happened' | 'why' | 'gives' | 'costs' | 'also' | 'ending-title' | 'debrief' | 'debrief-if' | 'debrief-voice';

const SCRIPT_PLACES: readonly Place[] = [
  'title', 'summary', 'setting', 'persona', 'climate-label', 'intro',
  'dialogue', 'inner-voice', 'narration', 'choice-text',
  'what-happened', 'why', 'gives', 'costs', 'also', 'ending-title', 'debrief', 'debrief-if', 'debrief-voice',
];
/** Places written on one line (a heading or a `Key:` line): newlines become spaces there. */
const ONE_LINE: ReadonlySet<Place> = new Set(['choice-text', 'ending-title']);
const YAML_PLACES: ReadonlySet<Place> = new Set(['title', 'summary', 'setting', 'persona', 'climate-label']);

const BENIGN: Record<Place, string> = {
  title: 'Probe',
  summary: 'A probe script.',
  setting: 'family medicine',
  persona: 'The presenter.',
  'climate-label': 'Presenter safety',
  intro: 'You sit in the circle.',
  dialogue: 'I keep thinking about her.',
  'inner-voice': 'Will they judge me?',
  narration: 'A long pause.',
  'choice-text': 'Say nothing.',
  'what-happened': 'Ana goes on.',
  why: 'Silence lets the group work.',
  gives: 'Room for Ana.',
  costs: 'A question unasked.',
  also: 'Asking Ana how it felt.',
  'ending-title': 'End',
  debrief: 'The group stayed with the case.',
  'debrief-if': 'You waited.',
  'debrief-voice': 'I hope they leave it there.',
};

function probeScript(places: ReadonlySet<Place>, payload: string): string {
  const v = (p: Place) => {
    if (!places.has(p)) return YAML_PLACES.has(p) ? JSON.stringify(BENIGN[p]) : BENIGN[p];
    if (YAML_PLACES.has(p)) return JSON.stringify(payload); // a JSON string is a YAML double-quoted scalar
    return ONE_LINE.has(p) ? payload.replace(/\s*[\r\n]+\s*/g, ' ') : payload;
  };
  return `---
id: xss-probe
title: ${v('title')}
summary: ${v('summary')}
track: foundations
seat: member
minutes: 1
setting: ${v('setting')}
competencies: [protect-presenter]
cast:
  - { id: ana, name: Ana, role: presenter, persona: ${v('persona')} }
climate:
  - { id: safety, label: ${v('climate-label')}, start: 50 }
---

${v('intro')}

## Phase: questions

### Scene: ask

**Ana:** ${v('dialogue')}

**Ana (thinks):** ${v('inner-voice')}

**Ana (thinks, debrief):** ${v('debrief-voice')}

${v('narration')}

#### Choice c1: ${v('choice-text')}
Goes to: [End](#end)
Evidence: protect-presenter +1
What happened: ${v('what-happened')}
Why: ${v('why')}
Gives: ${v('gives')}
Costs: ${v('costs')}
Also possible: ${v('also')}

#### Choice c2: Ask a question.
Goes to: [End](#end)
Evidence: protect-presenter -1
What happened: Ana tenses.
Why: Questions of fact pull toward the case.
Gives: A fact the group wanted.
Costs: Ana's answers got shorter.

## Phase: close

### Ending: end
Title: ${v('ending-title')}
Kind: left-with-a-question

**Ana:** Thank you.

Debrief: ${v('debrief')}

[if chose c1] ${v('debrief-if')}
`;
}


/** The learner chose c1 and reached the ending, every line shown. */
function playedContext(script: Script): SessionContext {
  const [ask, end] = script.scenes;
  const climate = { safety: 50 };
  return {
    climate,
    chosen: ['c1'],
    visited: [ask!.id, end!.id],
    trail: [
      { scene: ask!.id, lines: ask!.lines.map((_, i) => i), climate, choice: 'c1' },
      { scene: end!.id, lines: end!.lines.map((_, i) => i), climate },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Rendering with the real views.

type Signature = { tags: Set<string>; attrs: Set<string> };

function renderAll(script: Script): HTMLElement[] {
  const context = playedContext(script);
  return [
    render(ModuleIntro, { props: { script, onbegin: () => {} } }).container,
    render(TranscriptList, { props: { items: transcript(script, context), showInner: true } }).container,
    render(DebriefReport, { props: { script, context, endingId: 'end' } }).container,
  ];
}

function signature(containers: HTMLElement[]): Signature {
  const sig: Signature = { tags: new Set(), attrs: new Set() };
  for (const c of containers)
    for (const el of Array.from(c.querySelectorAll('*'))) {
      sig.tags.add(el.localName);
      for (const a of Array.from(el.attributes)) sig.attrs.add(`${el.localName}[${a.name}]`);
    }
  return sig;
}

/** What a rendered view has that the same view of the benign script does not (plus hard rules). */
function renderedProblems(containers: HTMLElement[], baseline: Signature): string[] {
  const out: string[] = [];
  for (const c of containers)
    for (const el of Array.from(c.querySelectorAll('*'))) {
      const tag = el.localName;
      if (!baseline.tags.has(tag) && !ALLOWED_TAGS.has(tag)) out.push(`rendered <${tag}>`);
      for (const a of Array.from(el.attributes)) {
        const name = a.name.toLowerCase();
        if (name.startsWith('on')) out.push(`rendered <${tag}> with ${a.name}`);
        else if (!baseline.attrs.has(`${tag}[${a.name}]`) && !(ALLOWED_TAGS.has(tag) && ALLOWED_ATTRS.has(name)))
          out.push(`rendered <${tag}> with unexpected attribute ${a.name}`);
      }
      const href = el.getAttribute('href');
      if (href !== null && !SAFE_HREF.test(href)) out.push(`rendered <${tag}> href="${href}"`);
    }
  return out;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Where a plain-text field must show up, verbatim, as text. */
function textChecks(place: Place, payload: string, script: Script, containers: HTMLElement[]): string[] {
  const [intro, list, debrief] = containers as [HTMLElement, HTMLElement, HTMLElement];
  const out: string[] = [];
  const expectText = (what: string, el: Element | null | undefined, text: string) => {
    if (!el) out.push(`${what}: element not found`);
    else if (norm(el.textContent ?? '') !== norm(text)) out.push(`${what}: shows ${JSON.stringify(el.textContent)} instead of the text ${JSON.stringify(text)}`);
  };
  switch (place) {
    case 'title':
      expect(script.title).toBe(payload);
      expectText('title heading', intro.querySelector('h1'), payload);
      break;
    case 'summary':
      expect(script.summary).toBe(payload.trim());
      expectText('summary paragraph', intro.querySelector('p.summary'), payload);
      break;
    case 'choice-text': {
      const c1 = script.scenes[0]!.choices[0]!;
      const item = list.querySelector('[data-key$=":choice:c1"] .text');
      // Shown as text: the action plain, the words in quotation marks (ChoiceText); the only
      // elements are the player's own attribute-free spans around each part, holding text only.
      expectText('own turn in the transcript', item, choiceLabel(choiceDisplay(c1.text, c1.silent)));
      const foreign = [...(item?.querySelectorAll('*') ?? [])].filter((el) => el.tagName !== 'SPAN' || el.children.length || [...el.attributes].some((a) => a.name !== 'class'));
      if (foreign.length) out.push(`own turn in the transcript contains elements: ${item?.innerHTML}`);
      break;
    }
    case 'ending-title':
      expectText('ending heading', debrief.querySelector('.ending h3'), script.scenes[1]!.ending!.title);
      break;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

const md = nodeMarkdown();
const tally = { outputs: 0, compiled: 0, rejected: 0, rendered: 0, byPlace: new Map<string, { compiled: number; rejected: number }>() };
const spies = { alert: vi.fn(), confirm: vi.fn(), prompt: vi.fn(), print: vi.fn(), open: vi.fn() };
let baseline: Signature;

beforeEach(() => {
  for (const [k, fn] of Object.entries(spies)) {
    fn.mockClear();
    (window as unknown as Record<string, unknown>)[k] = fn;
  }
  delete (window as unknown as { __xss?: unknown }).__xss;
});
afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
  document.head.querySelectorAll('meta, base, link:not([data-vite-dev-id])').forEach((n) => n.remove());
});

describe('the contract checker itself', () => {
  it('flags what it must flag (negative control)', () => {
    expect(htmlProblems('<p>ok <a href="https://x.example" rel="noopener noreferrer" target="_blank">x</a> <a href="#a">y</a></p>')).toEqual([]);
    expect(htmlProblems('<img src=x onerror=alert(1)>').join()).toMatch(/<img> is not allow-listed.*onerror/);
    expect(htmlProblems('<a href="javascript:alert(1)">x</a>').join()).toMatch(/not https:/);
    expect(htmlProblems('<a href="https://x.example">x</a>').join()).toMatch(/rel=/);
    expect(htmlProblems('<em style="color:red">x</em>').join()).toMatch(/style=/);
    expect(htmlProblems('<svg><p>x</p></svg>').length).toBeGreaterThan(0);
  });

  it('the benign probe script compiles and renders', () => {
    const r = compileText(probeScript(new Set(), ''), 'xss-probe.md');
    expect(r.report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const containers = renderAll(r.script!);
    baseline = signature(containers);
    expect(baseline.tags.has('h1')).toBe(true);
    for (const { where, html } of scriptHtml(r.script!)) expect(htmlProblems(html), where).toEqual([]);
    expect(renderedProblems(containers, baseline)).toEqual([]);
    cleanup();
  });

  it('catches unsanitised HTML in a rendered view (negative control), which the views refuse to render', () => {
    const raw = '<p>x</p><img src="x" onerror="alert(1)"><a href="javascript:alert(1)">y</a>';
    const container = document.createElement('div');
    container.innerHTML = raw; // what {@html} of a plain string would build (jsdom has no Trusted Types)
    expect(renderedProblems([container], baseline).join('\n')).toMatch(/rendered <img>[\s\S]*onerror[\s\S]*javascript:/);
    // The views pass HTML through trustedHtml() (src/ui/trusted-html.ts), which shows anything that
    // is not sanitiser output as text, and reports it.
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const r = compileText(probeScript(new Set(), ''), 'xss-probe.md');
    const containers = renderAll({ ...r.script!, intro: raw });
    expect(renderedProblems(containers, baseline)).toEqual([]);
    expect(containers[0]!.textContent).toContain(raw);
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});

describe(`XSS corpus: ${XSS_PAYLOADS.length} payloads × ${2 + SCRIPT_PLACES.length} places (markdown inline + block, and ${SCRIPT_PLACES.length} places in a compiled script)`, () => {
  it('has at least 60 distinct payloads', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(XSS_PAYLOADS.map((p) => p.name)).size).toBe(XSS_PAYLOADS.length);
    expect(new Set(XSS_PAYLOADS.map((p) => p.payload)).size).toBe(XSS_PAYLOADS.length);
  });

  it.each(XSS_PAYLOADS)('$name is inert everywhere', ({ name, payload }) => {
    const problems: string[] = [];
    // 1. The renderer on its own.
    for (const [where, html] of [['inline', md.inline(payload)], ['block', md.block(payload)]] as const) {
      tally.outputs++;
      for (const p of htmlProblems(html)) problems.push(`markdown.${where}: ${p}  [output ${JSON.stringify(html)}]`);
      // text() is how choice text is made; it must stay a string and not throw.
      expect(typeof md.text(html)).toBe('string');
    }
    // 2. Through the compiler: in every place at once; if the payload breaks the script's
    //    structure that way, one place at a time, so each place still gets its own verdict.
    const everywhere = compileText(probeScript(new Set(SCRIPT_PLACES), payload), 'xss-probe-everywhere.md');
    const attempts: [ReadonlySet<Place>, ReturnType<typeof compileText> | undefined][] = everywhere.script
      ? [[new Set(SCRIPT_PLACES), everywhere]]
      : SCRIPT_PLACES.map((p) => [new Set([p]), undefined]);
    for (const [places, compiled] of attempts) {
      const source = probeScript(places, payload);
      const lineCount = source.split('\n').length;
      const r = compiled ?? compileText(source, `xss-probe-${[...places].join('-')}.md`);
      const label = places.size === 1 ? [...places][0]! : 'everywhere';
      tally.outputs += places.size;
      for (const place of places) {
        const counts = tally.byPlace.get(place) ?? { compiled: 0, rejected: 0 };
        tally.byPlace.set(place, counts);
        counts[r.script ? 'compiled' : 'rejected']++;
      }
      if (!r.script) {
        // Rejected is safe too, but only with a proper diagnostic.
        tally.rejected++;
        const errors = r.report.diagnostics.filter((d) => d.severity === 'error');
        expect(errors.length, `${label}: no script and no error`).toBeGreaterThan(0);
        for (const d of errors) expect(d.line, `${label}: ${d.message}`).toBeGreaterThanOrEqual(1);
        for (const d of errors) expect(d.line, `${label}: ${d.message}`).toBeLessThanOrEqual(lineCount);
        expectOwnWords(errors.map((d) => d.message), label);
        continue;
      }
      tally.compiled++;
      for (const { where, html } of scriptHtml(r.script)) for (const p of htmlProblems(html)) problems.push(`${label} → ${where}: ${p}  [output ${JSON.stringify(html)}]`);
      // 3. Rendered by the real views, in a document that runs scripts.
      const containers = renderAll(r.script);
      tally.rendered++;
      for (const p of renderedProblems(containers, baseline)) problems.push(`${label} → rendered: ${p}`);
      for (const place of places) for (const p of textChecks(place, payload, r.script, containers)) problems.push(`${place} → ${p}`);
      cleanup();
    }
    expect(problems).toEqual([]);
    for (const [k, fn] of Object.entries(spies)) expect(fn, `window.${k} was called`).not.toHaveBeenCalled();
    expect((window as unknown as { __xss?: unknown }).__xss).toBeUndefined();
    expect(document.querySelector('script:not([type="module"])')).toBeNull();
  });
});

describe('href on allow-listed elements other than <a>', () => {
  it('markdown strips any href from an element that is not a link', () => {
    expect(htmlProblems(md.inline('<em href="http://evil.example/">e</em>'))).toEqual([]);
  });
});

describe('compiled places stay usable', () => {
  it('most payloads compile in every place (so the corpus really reaches the renderer)', () => {
    // A payload can legitimately break the script's structure (an unterminated <!-- comments out
    // the rest of the file); that is rejected with a diagnostic. It must stay the exception.
    for (const [place, { compiled, rejected }] of tally.byPlace) expect(compiled / (compiled + rejected), place).toBeGreaterThan(0.9);
  });
});

afterAll(() => {
  const places = [...tally.byPlace].map(([p, c]) => `${p} ${c.compiled}/${c.compiled + c.rejected}`).join(', ');
  console.log(
    `[xss-corpus] ${XSS_PAYLOADS.length} payloads × ${2 + SCRIPT_PLACES.length} places = ${tally.outputs} outputs checked; ` +
      `${tally.compiled} compiled scripts checked and rendered (${tally.rendered} × 3 views), ${tally.rejected} rejected with diagnostics. Compiled per place: ${places}`,
  );
});
