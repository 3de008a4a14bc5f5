/** The field an instructor pastes an assignment link into (jsdom). */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeAssignment } from '../../../src/assignments/assignment-link';
import type { DecodedAssignment } from '../../../src/assignments/types';
import AssignmentLinkField from '../../../src/views/assignments/AssignmentLinkField.svelte';
import { fakeAssignment } from '../instructor/fakes';
import { expectOwnWords } from '../security/own-words';

afterEach(cleanup);

function show(onload = vi.fn((_decoded: DecodedAssignment) => 'Loaded.')) {
  render(AssignmentLinkField, { props: { label: 'Paste its link', action: 'Load assignment', onload } });
  return { onload, field: screen.getByLabelText('Paste its link') as HTMLInputElement };
}

async function paste(field: HTMLInputElement, text: string) {
  await fireEvent.input(field, { target: { value: text } });
  await fireEvent.click(screen.getByRole('button', { name: 'Load assignment' }));
}

describe('the assignment link field', () => {
  it('takes any text: it is a text field, so the browser never answers in its own words', () => {
    const { field } = show();
    expect(field.type).toBe('text');
    expect(field.closest('form')!.noValidate).toBe(true);
  });

  it('explains why plain text is not an assignment link, and describes the field with the explanation', async () => {
    const { field, onload } = show();
    await paste(field, 'see you on Tuesday');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^This text is not an assignment link\. An assignment link is a web address with “#\/assignment\/”/);
    expect(alert.textContent).toMatch(/Nothing was changed\.$/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')!.split(' ')).toContain(alert.id);
    const hint = document.getElementById(field.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(hint.textContent).toMatch(/^The link your learners got: a web address with “#\/assignment\/” in it\./);
    expect(onload).not.toHaveBeenCalled();
    expectOwnWords([alert.textContent!]);
  });

  it('explains that a web address without “#/assignment/” is not an assignment link', async () => {
    const { field } = show();
    await paste(field, 'https://app.example/#/library');
    expect((await screen.findByRole('alert')).textContent).toMatch(/^This is a web address, but not an assignment link: it has no “#\/assignment\/” in it/);
  });

  it('passes on the reason a damaged link cannot be read', async () => {
    const { field } = show();
    await paste(field, `https://app.example/#/assignment/${encodeAssignment(fakeAssignment()).slice(0, 30)}`);
    expect((await screen.findByRole('alert')).textContent).toMatch(/^This assignment link is damaged/);
  });

  it('hands a valid link on and shows what was done, with no explanation left', async () => {
    const { field, onload } = show();
    await paste(field, 'nonsense');
    await screen.findByRole('alert');
    await paste(field, `https://app.example/#/assignment/${encodeAssignment(fakeAssignment())}`);
    await waitFor(() => expect(onload).toHaveBeenCalledTimes(1));
    expect(onload.mock.calls[0]![0]).toMatchObject({ ok: true, assignment: fakeAssignment() });
    expect(await screen.findByText('Loaded.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });
});
