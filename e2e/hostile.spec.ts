import { expect, test } from '@playwright/test';
import { contentText, curatorIssues, openHall, serveContent, watchExternalRequests } from './support.ts';

/**
 * Hostile inputs a visitor could see: `?content=` pointing elsewhere, and a booth's links. Links to other
 * sites open in a tab that cannot reach back; the kiosk shows none.
 */

type Booth = { id: string; links?: { href: string; label: { zh: string; en: string } }[] };
const BOOTH = 2;

test('?content= that a browser would resolve to another host is refused with the reason', async ({
  page,
}) => {
  const external = watchExternalRequests(page);
  for (const param of ['/%5Cevil.example/x.json', '//evil.example/x.json', 'https://evil.example/x.json']) {
    await page.goto(`?lang=en&content=${param}`);
    const issues = await curatorIssues(page);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^\?content=: /);
    expect(issues[0]).toMatch(/backslash|protocol-relative|not a URL/);
    expect(issues[0]).not.toContain('Failed to fetch');
  }
  expect(external).toEqual([]);
});

test('a link to another site opens in a new tab with noopener noreferrer; the kiosk shows none', async ({
  page,
}) => {
  // Two loads of the 3D hall under SwiftShader.
  test.setTimeout(180_000);
  const data = JSON.parse(contentText) as { booths: Booth[] };
  const booth = data.booths[BOOTH]!;
  booth.links = [
    { href: 'https://www.sz.gov.cn/', label: { zh: '深圳政府', en: 'Shenzhen government' } },
    { href: '#/text', label: { zh: '文字版', en: 'Text version' } },
  ];
  await serveContent(page, JSON.stringify(data));
  await openHall(page, `?lang=en#/booth/${booth.id}`);
  const links = page.locator('.booth-panel').getByTestId('booth-links').locator('a');
  await expect(links).toHaveCount(2);
  const external = links.filter({ hasText: 'Shenzhen government' });
  await expect(external).toHaveAttribute('target', '_blank');
  await expect(external).toHaveAttribute('rel', 'noopener noreferrer');
  const local = links.filter({ hasText: 'Text version' });
  await expect(local).not.toHaveAttribute('target', /.+/);

  // The kiosk: same content, no link at all in the panel.
  // The panel is DOM: wait for the kiosk's attract loop (its settings are in), not for the 3D text.
  await page.goto('?lang=en&kiosk');
  await expect(page.getByTestId('attract-cta')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 60_000 });
  await page.mouse.click(40, 300);
  await expect(page.getByTestId('attract-cta')).toHaveCount(0);
  await page.evaluate((id) => (window.location.hash = `#/booth/${id}`), booth.id);
  await expect(page.locator('.booth-panel')).toBeVisible();
  await expect(page.locator('.booth-panel a')).toHaveCount(0);
});
