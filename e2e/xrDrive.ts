import type { Page } from '@playwright/test';

/**
 * Driving Meta's IWER emulated headset (`?emulate`) from a test, as xr.spec.ts does: poses through the
 * emulator panel's transform handles (DevUI owns the emulated poses), buttons through the device.
 */
export type Vec = [number, number, number];

/** Place an emulated controller at `from` pointing at `to`, both in world coordinates (via the XR origin). */
export async function aim(page: Page, hand: 'left' | 'right', from: Vec, to: Vec) {
  await page.evaluate(
    ({ hand, from, to }) => {
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
      const axis = [y, -x, 0];
      const w = 1 - z;
      const n = Math.hypot(axis[0]!, axis[1]!, axis[2]!, w);
      const handle = emulatorHandles().get(hand)!;
      const rig = handle.parent;
      rig.updateWorldMatrix(true, false);
      handle.position.copy(rig.worldToLocal(handle.position.clone().set(a[0]!, a[1]!, a[2]!)));
      const world = handle.quaternion.clone().set(axis[0]! / n, axis[1]! / n, axis[2]! / n, w / n);
      handle.quaternion.copy(rig.getWorldQuaternion(handle.quaternion.clone()).invert().multiply(world));

      function emulatorHandles() {
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
        return (window as unknown as { transformHandles: Map<string, Handle> }).transformHandles;
      }
    },
    { hand, from, to },
  );
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

/** Wait until the XR session has drawn `n` more frames (emulated input is read once per frame). */
export async function frames(page: Page, n = 2) {
  for (let i = 0; i < n; i++)
    await page.evaluate(() => window.__hallXR!.store.requestFrame().then(() => undefined));
}

/**
 * Pull and release a controller's trigger, one XR frame each: in each emulated frame the emulator panel
 * first hands its poses to the device, then the frame's input is read, so one frame after an aim the
 * pointers already point there. (xr.spec.ts waits two; frames cost ~0.5 s here, several under load.)
 */
export async function trigger(page: Page, hand: 'left' | 'right') {
  const set = (value: number) =>
    page.evaluate(
      ({ hand, value }) =>
        window.__hallXR!.store.getState().emulator!.controllers[hand]!.updateButtonValue('trigger', value),
      { hand, value },
    );
  await frames(page, 1);
  await set(1);
  await frames(page, 1);
  await set(0);
  await frames(page, 1);
}
