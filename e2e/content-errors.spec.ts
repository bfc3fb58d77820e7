import { expect, test } from '@playwright/test';
import { contentText, curatorIssues, expectVisibleText, serveContent } from './support.ts';

/**
 * Bad content never gives a white page: the visitor gets one friendly line, the curator the exact file,
 * JSON path and reason, and "Try again" recovers once the file is fixed. None of these tests needs the
 * 3D text, so they only wait for the DOM.
 */

const FILE = 'content/exhibition.json';

type Booth = { id: string; title: { zh: string; en: string }; summary: { zh: string; en: string } };
const parsedContent = () => JSON.parse(contentText) as { booths: Booth[] };

test('broken JSON names the file, line and column, in a friendly Chinese screen', async ({ page }) => {
  // Drop the comma after booths[3].id: the parser stops at the start of the next line.
  const lines = contentText.split('\n');
  const idLine = lines.findIndex((l) => l.includes('"id": "immersive-light-courses",'));
  expect(idLine).toBeGreaterThan(0);
  lines[idLine] = lines[idLine]!.replace(/,$/, '');
  const errorLine = idLine + 2; // 1-based number of the line after it
  const errorColumn = lines[idLine + 1]!.search(/\S/) + 1;
  await serveContent(page, lines.join('\n'));

  await page.goto('');
  const screen = page.getByTestId('error-screen');
  await expect(screen).toBeVisible();
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText('展览暂时无法打开');
  await expect(screen.getByText('请稍后再试，或联系现场工作人员。')).toBeVisible();
  await expect(screen.getByRole('button', { name: '重试' })).toBeVisible();
  await expect(screen.getByText('给内容编辑的详细信息')).toBeVisible();

  const issues = await curatorIssues(page);
  expect(issues).toHaveLength(1);
  expect(issues[0]).toContain(FILE);
  expect(issues[0]).toContain('invalid JSON');
  expect(issues[0]).toContain(`line ${errorLine}, column ${errorColumn}`);
  await expect(screen.locator('.error-screen__issues li').first()).toBeVisible();
  await expectVisibleText(page);
  await expect(page.locator('html')).not.toHaveAttribute('data-hall-ready', 'true');
});

test('a missing field names its JSON path, and every problem is listed', async ({ page }) => {
  const data = parsedContent();
  delete (data.booths[3]!.title as Partial<Booth['title']>).en;
  delete (data.booths[7]!.summary as Partial<Booth['summary']>).zh;
  await serveContent(page, JSON.stringify(data, null, 2));

  await page.goto('?lang=en');
  await expect(page.getByTestId('error-screen').getByRole('heading', { level: 1 })).toHaveText(
    'The exhibition cannot open right now',
  );
  await expect(page.getByText('Please try again later or ask a member of staff.')).toBeVisible();
  const issues = await curatorIssues(page);
  expect(issues).toHaveLength(2);
  expect(issues[0]).toContain(FILE);
  expect(issues[0]).toMatch(/booths\[3\]\.title\.en\b/);
  expect(issues[1]).toContain(FILE);
  expect(issues[1]).toMatch(/booths\[7\]\.summary\.zh\b/);
  await expectVisibleText(page);
});

test('a duplicated booth id names the second occurrence as a duplicate', async ({ page }) => {
  const data = parsedContent();
  const k = 5;
  data.booths[k]!.id = data.booths[2]!.id;
  await serveContent(page, JSON.stringify(data, null, 2));

  await page.goto('?lang=en');
  const issues = await curatorIssues(page);
  expect(issues).toHaveLength(1);
  expect(issues[0]).toContain(FILE);
  expect(issues[0]).toContain(`booths[${k}].id`);
  expect(issues[0]).toContain('duplicate');
  expect(issues[0]).toContain(data.booths[2]!.id);
  await expectVisibleText(page);
});

test('a failed request (HTTP 500, network error) names the file and the reason', async ({ page }) => {
  await serveContent(page, 'Internal Server Error', 500);
  await page.goto('?lang=en');
  let issues = await curatorIssues(page);
  expect(issues).toHaveLength(1);
  expect(issues[0]).toContain(FILE);
  expect(issues[0]).toContain('HTTP 500');
  await expectVisibleText(page);

  await page.unroute('**/content/exhibition.json');
  await page.route('**/content/exhibition.json', (route) => route.abort('connectionrefused'));
  await page.reload();
  issues = await curatorIssues(page);
  expect(issues).toHaveLength(1);
  expect(issues[0]).toContain(FILE);
  expect(issues[0]).toContain('could not be downloaded');
  await expectVisibleText(page);
});

test('"Try again" after a failed load opens the hall once the file is back', async ({ page }) => {
  let broken = true;
  let requests = 0;
  await page.route('**/content/exhibition.json', (route) => {
    requests += 1;
    return broken
      ? route.fulfill({ status: 500, contentType: 'text/plain', body: 'down' })
      : route.fallback();
  });
  await page.goto('?lang=en');
  await expect(page.getByTestId('error-screen')).toBeVisible();
  expect(requests).toBe(1);

  broken = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-hall-ready', 'true', { timeout: 60_000 });
  await expect(page.getByTestId('error-screen')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Directory' })).toBeVisible();
  expect(requests).toBe(2);
  await expectVisibleText(page);
});

test('?content= may name a same-origin draft: a missing draft is named in the error', async ({ page }) => {
  await page.route('**/content/draft.json', (route) =>
    route.fulfill({ status: 404, contentType: 'text/plain', body: 'no such draft' }),
  );
  await page.goto('?lang=en&content=content/draft.json');
  const issues = await curatorIssues(page);
  expect(issues).toHaveLength(1);
  expect(issues[0]).toContain('content/draft.json');
  expect(issues[0]).toContain('HTTP 404');
});

for (const external of ['https://example.com/x.json', '//example.com/x.json']) {
  test(`?content=${external} is never fetched: the curator is told why`, async ({ page }) => {
    const hosts: string[] = [];
    page.on('request', (request) => hosts.push(new URL(request.url()).hostname));
    await page.route(
      (url) => url.hostname === 'example.com',
      (route) => route.abort(),
    );
    await page.goto(`?lang=en&content=${encodeURIComponent(external)}`);
    const issues = await curatorIssues(page);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain(`?content=: "${external}" must`);
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts).not.toContain('example.com');
  });
}
