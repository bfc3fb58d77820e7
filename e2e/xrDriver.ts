import { expect, type Page } from '@playwright/test';

/**
 * Driving Meta's IWER emulated headset from a test (`?emulate`): controller and hand poses, trigger and
 * selects, and waiting for XR frames. Helpers take hall coordinates and convert them to the emulator's
 * frames (XR origin, then headset rig). Shared by e2e/xr.spec.ts, e2e/ar.spec.ts and e2e/tour.spec.ts.
 */

export type Vec = [number, number, number];

/** Place an emulated controller or hand at `from` pointing at `to`, both in hall coordinates. */
export async function aim(page: Page, hand: 'left' | 'right', from: Vec, to: Vec) {
  await page.evaluate(
    ({ hand, from, to }) => {
      // The XR origin's world matrix (a rigid transform: rotation columns and translation) maps play space
      // to the hall; its inverse takes hall points into play space, height included.
      const m = window.__hallXR!.store.getState().origin!.matrixWorld.elements;
      const toLocal = (p: number[]) => {
        const d = [p[0]! - m[12]!, p[1]! - m[13]!, p[2]! - m[14]!];
        const column = (c: number) => m[c]! * d[0]! + m[c + 1]! * d[1]! + m[c + 2]! * d[2]!;
        return [column(0), column(4), column(8)];
      };
      const a = toLocal(from);
      const b = toLocal(to);
      const d = [b[0]! - a[0]!, b[1]! - a[1]!, b[2]! - a[2]!];
      const len = Math.hypot(d[0]!, d[1]!, d[2]!);
      const [x, y, z] = [d[0]! / len, d[1]! / len, d[2]! / len];
      // Shortest rotation taking −z (where inputs point) onto (x, y, z).
      const dot = -z;
      const axis = [y, -x, 0]; // (0,0,−1) × (x,y,z)
      const w = 1 + dot;
      const n = Math.hypot(axis[0]!, axis[1]!, axis[2]!, w);
      // IWER's DevUI owns the emulated poses (it copies its transform handles into the device every
      // frame), so the handles are what we move — exactly what dragging them in the emulator UI does.
      // The handles hang below the emulated headset's rig: play-space poses go through its inverse.
      interface Vec3 {
        set: (...v: number[]) => Vec3;
        copy: (v: Vec3) => Vec3;
        clone: () => Vec3;
      }
      interface Quat {
        set: (...v: number[]) => Quat;
        copy: (q: Quat) => Quat;
        clone: () => Quat;
        invert: () => Quat;
        multiply: (q: Quat) => Quat;
      }
      interface Handle {
        position: Vec3;
        quaternion: Quat;
        parent: {
          updateWorldMatrix: (parents: boolean, children: boolean) => void;
          worldToLocal: (v: Vec3) => Vec3;
          getWorldQuaternion: (q: Quat) => Quat;
        };
      }
      const handles = (window as unknown as { transformHandles: Map<string, Handle> }).transformHandles;
      const handle = handles.get(hand)!;
      const rig = handle.parent;
      rig.updateWorldMatrix(true, false);
      handle.position.copy(rig.worldToLocal(handle.position.clone().set(a[0]!, a[1]!, a[2]!)));
      const world = handle.quaternion.clone().set(axis[0]! / n, axis[1]! / n, axis[2]! / n, w / n);
      handle.quaternion.copy(rig.getWorldQuaternion(handle.quaternion.clone()).invert().multiply(world));
    },
    { hand, from, to },
  );
}

/** Wait until the XR session has drawn `n` more frames (emulated input is read once per frame). */
export async function frames(page: Page, n = 2) {
  for (let i = 0; i < n; i++)
    await page.evaluate(() => window.__hallXR!.store.requestFrame().then(() => undefined));
}

/**
 * Tilt the emulated head down by `radians` (the emulator panel's camera rig, which the controllers hang
 * from): where a visitor looks at a table in front of them.
 */
export async function lookDown(page: Page, radians: number) {
  await page.evaluate((radians) => {
    const handles = (
      window as unknown as { transformHandles: Map<string, { parent: { rotation: { x: number } } }> }
    ).transformHandles;
    handles.get('right')!.parent.rotation.x = -radians;
  }, radians);
}

/**
 * Pull and release a trigger, `settle` XR frames around it (the new aim applied first; the AR spec
 * settles one frame: the emulator hands its poses to the device before the frame's input is read).
 */
export async function trigger(page: Page, hand: 'left' | 'right', settle = 2) {
  const set = (value: number) =>
    page.evaluate(
      ({ hand, value }) =>
        window.__hallXR!.store.getState().emulator!.controllers[hand]!.updateButtonValue('trigger', value),
      { hand, value },
    );
  await frames(page, settle); // the new aim is applied
  await set(1);
  await frames(page, 1);
  await set(0);
  await frames(page, settle);
}

/**
 * One select whose press and release fall inside one XR frame (as a quick pull on a 72–90 Hz headset
 * does): selectstart, select and selectend dispatched on the session, in WebXR's order, from inside an
 * XR animation frame, for the right controller or the right hand — whatever answers a select answers it.
 * (The emulated frames take ~0.5 s here, so a pull through the emulated trigger could never be this quick.)
 */
export async function quickSelect(page: Page, kind: 'controller' | 'hand') {
  await frames(page, 2); // the pointers have found what the new aim points at
  await page.evaluate(
    (kind) =>
      new Promise<void>((resolve, reject) => {
        const state = window.__hallXR!.store.getState();
        const session = state.session!;
        const input = state.inputSourceStates.find(
          (s) => s.type === kind && s.inputSource.handedness === 'right',
        )?.inputSource;
        if (!input) return reject(new Error(`no right ${kind}`));
        const XRInputSourceEventClass = (
          window as unknown as { XRInputSourceEvent: typeof XRInputSourceEvent }
        ).XRInputSourceEvent;
        session.requestAnimationFrame((_, frame) => {
          for (const type of ['selectstart', 'select', 'selectend'] as const)
            session.dispatchEvent(new XRInputSourceEventClass(type, { frame, inputSource: input }));
          resolve();
        });
      }),
    kind,
  );
  await frames(page, 2); // anything that would answer late has had its chance
}

/**
 * Select a point of a named in-world panel (its own frame, e.g. a button's centre) with the right
 * controller's ray, aimed from 45 cm in front of the panel: one quick select.
 */
export async function selectOnPanel(page: Page, name: string, x: number, y: number) {
  const point = (px: number, py: number, pz: number) =>
    page.evaluate((a) => window.__hall!.worldPointOf(a.name, a.px, a.py, a.pz), { name, px, py, pz });
  const target = await point(x, y, 0.012);
  const from = await point(x + 0.05, y + 0.1, 0.45);
  if (!target || !from) throw new Error(`no panel named ${name}`);
  await aim(page, 'right', [from.x, from.y, from.z], [target.x, target.y, target.z]);
  await quickSelect(page, 'controller');
}

/** Switch the emulated headset between controllers and tracked hands, and wait until the hall sees them. */
export async function useInput(page: Page, mode: 'controller' | 'hand') {
  await page.evaluate((mode) => {
    window.__hallXR!.store.getState().emulator!.primaryInputMode = mode;
  }, mode);
  await expect
    .poll(() =>
      page.evaluate(
        (mode) => window.__hallXR!.store.getState().inputSourceStates.some((s) => s.type === mode),
        mode,
      ),
    )
    .toBe(true);
}
