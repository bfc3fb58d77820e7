import { readFileSync } from 'node:fs';
import { launchChromium } from '../scripts/bench/browser.ts';
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto('about:blank');
console.log(((await page.evaluate(readFileSync('.scratch/ctx.js', 'utf8'))) as string[]).join('\n'));
await browser.close();
