// The avatar leg of `npm run bench:tour`: does a full tour of 30 avatars stay within the hall's draw-call
// and triangle budgets? A docent page (headless Chromium, SwiftShader) leads a tour on a tour server that
// serves the built hall; 30 simulated visitors (the Colyseus client in Node) join and stand in front of
// the docent; the page's own renderer counts what one frame of the same view draws without and with them.
import { Client, type Room } from 'colyseus.js';
import { emptyPose, encodePose } from '../../src/tour/poseCodec.ts';
import { POSE_MESSAGE } from '../../src/tour/protocol.ts';
import { launchChromium } from '../../scripts/bench/browser.ts';

export interface AvatarFrame {
  calls: number;
  triangles: number;
}
export interface AvatarResult {
  avatars: number;
  without: AvatarFrame;
  with: AvatarFrame;
}

const VIEWPORT = { width: 960, height: 540 };

/** One frame of the docent's current view, drawn on purpose, as the renderer counted it. */
async function frame(page: import('@playwright/test').Page): Promise<AvatarFrame> {
  return page.evaluate(() => {
    window.__hall!.timeRender(3);
    const { calls, triangles } = window.__hall!.renderInfo();
    return { calls, triangles };
  });
}

/** Runs the leg against a tour server on `port` that serves dist/; `docentCode` is its docent code. */
export async function measureAvatars(port: number, docentCode: string, count = 30): Promise<AvatarResult> {
  const base = `http://127.0.0.1:${port}/`;
  const browser = await launchChromium(['--disable-features=WebXR']);
  const rooms: Room[] = [];
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, locale: 'zh-CN' });
    await page.goto(`${base}?lang=zh&dpr=1`);
    await page.waitForSelector('html[data-hall-ready="true"]', { timeout: 240_000 });
    // Right after ready the page makes its environment map and compiles the lit materials again
    // (src/scene/Lighting.tsx): seconds on SwiftShader, longer on a busy machine.
    const slow = { timeout: 180_000 };
    await page.getByTestId('group-tour-toggle').click(slow);
    await page.getByTestId('group-docent-code').fill(docentCode, slow);
    await page.getByTestId('group-lead').click(slow);
    const code = await page.getByTestId('group-room-code').getAttribute('data-code', slow);
    if (!code) throw new Error('no room code');
    const without = await frame(page);

    // The visitors stand in rows 3–7 m in front of the docent, facing them: all in view.
    const at = await page.evaluate(() => window.__hall!.pose());
    const client = new Client(base.replace(/\/$/, ''));
    const pose = emptyPose();
    for (let i = 0; i < count; i++) {
      const room = await client.joinById(code, { name: `Visitor ${i + 1}`, lang: i % 2 ? 'en' : 'zh' });
      room.onMessage(POSE_MESSAGE, () => undefined);
      room.onMessage('notice', () => undefined);
      rooms.push(room);
      const ahead = 3 + Math.floor(i / 10) * 2;
      const side = ((i % 10) - 4.5) * 0.7;
      pose.x = at.x - Math.sin(at.yaw) * ahead + Math.cos(at.yaw) * side;
      pose.z = at.z - Math.cos(at.yaw) * ahead - Math.sin(at.yaw) * side;
      pose.yaw = at.yaw + Math.PI;
      room.sendBytes(POSE_MESSAGE, encodePose(pose));
    }
    await page.waitForFunction((n) => window.__tour?.avatarsShown() === n, count, { timeout: 60_000 });
    const withAvatars = await frame(page);
    return { avatars: count, without, with: withAvatars };
  } finally {
    await Promise.all(rooms.map((room) => room.leave().catch(() => 0)));
    await browser.close();
  }
}

/** The leg's table rows and budget lines (the hall's desktop budgets, bench/budgets.ts: 60 calls, 300k). */
export function avatarLines(result: AvatarResult | null, error?: string): string[] {
  if (!result) return [`NOT MEASURED  Avatars: ${error ?? 'the leg failed'}`];
  const { without, with: withAvatars, avatars } = result;
  const row = (name: string, f: (x: AvatarFrame) => number) =>
    `| ${name} | ${f(without).toLocaleString('en-US')} | ${f(withAvatars).toLocaleString('en-US')} | +${(f(withAvatars) - f(without)).toLocaleString('en-US')} |`;
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  return [
    `| Docent's view, 19-booth entrance (960×540) | no avatars | ${avatars} avatars | difference |`,
    '| ------------------------------------------ | ---------: | ---------: | ---------: |',
    row('Draw calls', (x) => x.calls),
    row('Triangles', (x) => x.triangles),
    '',
    `- ${verdict(withAvatars.calls <= 60)}  Draw calls with ${avatars} avatars: ${withAvatars.calls} (hall budget ≤ 60 calls, 19-booth overview)`,
    `- ${verdict(withAvatars.triangles <= 300_000)}  Triangles with ${avatars} avatars: ${withAvatars.triangles.toLocaleString('en-US')} (budget ≤ 300,000)`,
    `- ${verdict(withAvatars.calls - without.calls <= 6)}  Draw calls the avatars add: ${withAvatars.calls - without.calls} (batched: ≤ 6 whatever the count)`,
  ];
}
