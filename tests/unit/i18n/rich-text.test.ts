/**
 * Messages with a link or emphasis inside the sentence stay whole in the catalogue, with light marks
 * (`*strong*`, `` `code` ``, `[a link]`) that the view turns into elements, never into HTML.
 */
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { richText } from '../../../src/i18n/rich-text';
import RichText from '../../../src/ui/RichText.svelte';

afterEach(cleanup);

describe('marked messages', () => {
  it('cut into plain, strong, code and link pieces, in order', () => {
    expect(richText('A *case file* ends in `.md`: [import it] here.')).toEqual([
      { text: 'A ', mark: 'plain' },
      { text: 'case file', mark: 'strong' },
      { text: ' ends in ', mark: 'plain' },
      { text: '.md', mark: 'code' },
      { text: ': ', mark: 'plain' },
      { text: 'import it', mark: 'link' },
      { text: ' here.', mark: 'plain' },
    ]);
  });

  it('show the link at the address the view gives, and markup in a message as text', () => {
    const { container } = render(RichText, { props: { text: 'You have not played yet. [Choose a module] <img src=x onerror=alert(1)>', href: '#/' } });
    expect(screen.getByRole('link', { name: 'Choose a module' }).getAttribute('href')).toBe('#/');
    expect(container.textContent).toBe('You have not played yet. Choose a module <img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
  });
});
