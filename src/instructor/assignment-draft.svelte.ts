/**
 * The assignment an instructor is building, as reactive state (the view only binds to it). It is
 * checked with the same schema the learner's app reads links with, so a problem is reported here,
 * next to the field, rather than on the learner's screen. "Publishing" freezes a copy: the link,
 * QR code and handout show exactly what was published, and the view says when the form has moved
 * on since. Case files from the instructor's library can be assigned too: the draft is given
 * their id, title and hash (it never reads storage itself), and the link carries only those.
 */
import * as v from 'valibot';
import { summaries, summaryOf } from '../catalog/catalog';
import type { CatalogEntry } from '../catalog/types';
import { canonicalJson } from '../storage/canonical-json';
import type { FeedbackMode } from '../storage/types';
import { AssignmentRefused, AssignmentSchema, MAX_MODULES, assignmentId, assignmentLink, encodeAssignment, fieldProblem } from '../assignments/assignment-link';
import { ASSIGNMENT_VERSION, type AssignedCaseFile, type AssignedModule, type Assignment, type LinkProblem } from '../assignments/types';
import { m } from '../i18n/messages';

/** A case file the instructor may assign (from their library). */
export interface CaseFileChoice extends AssignedCaseFile {
  /** The case file's script id. */
  id: string;
}

/** Fields a problem can be about. */
export type DraftField = 'title' | 'cohort' | 'due' | 'modules';

/** An assignment made ready to share. */
export interface Published {
  /** The assignment as shared. */
  assignment: Assignment;
  /** Its id. */
  id: string;
  /** The full link. */
  link: string;
}

export class AssignmentDraft {
  /** Title (plain text). */
  title = $state('');
  /** Cohort label. */
  cohort = $state('');
  /** Due date (YYYY-MM-DD from the date input), or empty. */
  due = $state('');
  /** Suggested feedback mode. */
  feedback = $state<FeedbackMode>('immediate');
  /** Chosen modules in order. */
  modules = $state<AssignedModule[]>([]);
  #published = $state.raw<Published | undefined>();

  /** The draft as an assignment (text trimmed; no due key when empty). */
  get assignment(): Assignment {
    return {
      v: this.modules.some((m) => m.caseFile) ? ASSIGNMENT_VERSION : 1,
      title: this.title.trim(),
      cohort: this.cohort.trim().replace(/\s+/g, ' '),
      ...(this.due ? { due: this.due } : {}),
      feedback: this.feedback,
      modules: this.modules.map((mod) => ({ id: mod.id, required: mod.required, ...(mod.caseFile ? { caseFile: { ...mod.caseFile } } : {}) })),
    };
  }

  /** Problems by field, in the schema's words (empty when the draft can be shared). */
  get problems(): Partial<Record<DraftField, string>> {
    const out: Partial<Record<DraftField, string>> = {};
    const r = v.safeParse(AssignmentSchema, this.assignment, { abortPipeEarly: true });
    if (!r.success)
      for (const issue of r.issues) {
        const key = issue.path?.[0]?.key as DraftField | undefined;
        const field: DraftField = key === 'title' || key === 'cohort' || key === 'due' ? key : 'modules';
        out[field] ??= words(fieldProblem(issue));
      }
    else
      try {
        encodeAssignment(r.output as Assignment);
      } catch (e) {
        out.title = e instanceof AssignmentRefused ? words(e.problem) : String(e);
      }
    return out;
  }

  /** Case files in the instructor's library (set by the view once the library is read). */
  caseFiles = $state.raw<CaseFileChoice[]>([]);

  /** Built-in modules not chosen yet, in catalogue order. */
  get available(): CatalogEntry[] {
    return summaries.filter((s) => !this.modules.some((m) => m.id === s.id));
  }

  /** Case files not chosen yet, in library order. */
  get availableCaseFiles(): CaseFileChoice[] {
    return this.caseFiles.filter((c) => !this.modules.some((m) => m.id === c.id));
  }

  /** A chosen module's title (the case file's for a case file, the id when unknown). */
  titleOf(id: string): string {
    return summaryOf(id)?.title ?? this.modules.find((m) => m.id === id)?.caseFile?.title ?? this.caseFiles.find((c) => c.id === id)?.title ?? id;
  }

  /** True when no more modules may be added. */
  get full(): boolean {
    return this.modules.length >= MAX_MODULES;
  }

  /** What was last published, if anything. */
  get published(): Published | undefined {
    return this.#published;
  }

  /** True when the form differs from what was published. */
  get changedSincePublished(): boolean {
    return !!this.#published && canonicalJson(this.#published.assignment) !== canonicalJson(this.assignment);
  }

  /** Add a built-in module or a case file of the library at the end (required by default). */
  add(id: string): void {
    if (this.full || this.modules.some((m) => m.id === id)) return;
    if (summaryOf(id)) {
      this.modules.push({ id, required: true });
      return;
    }
    const c = this.caseFiles.find((x) => x.id === id);
    if (c) this.modules.push({ id, required: true, caseFile: { hash: c.hash, title: c.title } });
  }

  /** Remove a module. */
  remove(id: string): void {
    this.modules = this.modules.filter((m) => m.id !== id);
  }

  /** Move a module up (-1) or down (+1); false when it cannot move that way. */
  move(id: string, delta: -1 | 1): boolean {
    const i = this.modules.findIndex((m) => m.id === id);
    const j = i + delta;
    if (i < 0 || j < 0 || j >= this.modules.length) return false;
    const next = [...this.modules];
    [next[i], next[j]] = [next[j]!, next[i]!];
    this.modules = next;
    return true;
  }

  /** Fill the form from an assignment (for example one read from a link made earlier). */
  load(a: Assignment): void {
    this.title = a.title;
    this.cohort = a.cohort;
    this.due = a.due ?? '';
    this.feedback = a.feedback;
    this.modules = a.modules.map((mod) => ({ ...mod }));
  }

  /** Freeze the draft for sharing; undefined when it has problems. */
  async publish(at: Pick<Location, 'origin' | 'pathname'> = location): Promise<Published | undefined> {
    if (Object.keys(this.problems).length) return undefined;
    const assignment = this.assignment;
    this.#published = { assignment, id: await assignmentId(assignment), link: assignmentLink(encodeAssignment(assignment), at) };
    return this.#published;
  }
}

/** A problem with the draft in words: a field's as a sentence ("The title is empty."), else the link's. */
function words(p: LinkProblem): string {
  if (p.code === 'too-long') return m.assignmentProblems.tooLongToShare(p.length, p.max);
  return p.code === 'field' ? capitalise(m.assignmentProblems.fieldIssue(p)) : m.assignmentProblems.sentence(p);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1) + (s.endsWith('.') ? '' : '.');
}
