import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './support/player';

const example = /````markdown\n([\s\S]*?)````/.exec(readFileSync('content/README.md', 'utf8'))![1]!;
const hostile = example
  .replace('**Nadia:** Who has a case?', '**Nadia:** Who has a case? <script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> [click](javascript:window.__pwned=3)')
  .replace('What happened: The silence stretched', 'What happened: <svg onload="window.__pwned=4"></svg><iframe srcdoc="<script>parent.__pwned=5</script>"></iframe> The silence stretched');
if (!hostile.includes('__pwned=4')) throw new Error('the README example changed: update the hostile replacements');

test('an own script: messages with line numbers, then a fixed script plays with hostile markup inert', async ({ page }) => {
  await page.goto('/#/author');
  await expect(page.getByRole('heading', { level: 1, name: 'Try a script of your own' })).toBeVisible();
  const broken = hostile.replace('Goes to: [Owen offers a case](#offer)', 'Goes to: [Owen offers a case](#nowhere)');
  await page.getByLabel('Script file (.md)').setInputFiles({ name: 'broken.md', mimeType: 'text/markdown', buffer: Buffer.from(broken) });
  await expect(page.getByRole('heading', { name: /problems? to fix/ })).toBeVisible();
  const line = broken.split('\n').findIndex((l) => l.includes('#nowhere')) + 1;
  await expect(page.getByRole('listitem').filter({ hasText: 'goes to unknown scene "nowhere"' })).toContainText(`Line ${line}`);
  await expectNoAxeViolations(page);

  await page.getByLabel('Script file (.md)').setInputFiles({ name: 'hostile.md', mimeType: 'text/markdown', buffer: Buffer.from(hostile) });
  await expect(page.getByRole('heading', { name: 'No problems found' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Map of the session/ })).toBeVisible();
  await page.getByRole('button', { name: 'Play this script' }).click();
  await expect(page.getByRole('list', { name: 'Transcript' })).toContainText('Who has a case?');
  await page.getByRole('group', { name: 'Your response' }).getByRole('button', { name: /^Wait/ }).click();
  await expect(page.getByRole('heading', { name: 'Feedback on your response' })).toBeVisible();
  const dom = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned,
    handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
    scripts: document.querySelectorAll('main script, main iframe, main svg[onload]').length,
    jsLinks: [...document.querySelectorAll('a')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
  }));
  expect(dom).toEqual({ pwned: undefined, handlers: [], scripts: 0, jsLinks: 0 });
});

test('an oversized script file is refused before anything is read', async ({ page }) => {
  await page.goto('/#/author');
  await page.getByLabel('Script file (.md)').setInputFiles({ name: 'huge.md', mimeType: 'text/markdown', buffer: Buffer.alloc(600 * 1024, 'a') });
  await expect(page.getByRole('alert')).toContainText('limited to 512 KB');
  await expect(page.getByRole('textbox', { name: 'Script' })).toHaveText('');
});

test('a script file that is not UTF-8 is refused as the Case library refuses it, and nothing is loaded', async ({ page }) => {
  await page.goto('/#/author');
  const latin1 = Buffer.from(example.replace('Mrs Kaur', 'Mrs Kaur, née Müller'), 'latin1');
  await page.getByLabel('Script file (.md)').setInputFiles({ name: 'latin1.md', mimeType: 'text/markdown', buffer: latin1 });
  await expect(page.getByRole('alert')).toContainText('latin1.md: the file is not UTF-8 text');
  await expect(page.getByRole('alert')).toContainText('Nothing was loaded.');
  await expect(page.getByRole('textbox', { name: 'Script' })).toHaveText('');
  await expect(page.getByRole('heading', { name: 'No problems found' })).toHaveCount(0);
});
