import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { Vector3 } from 'three';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import { usePlayerStore } from '../state/playerStore.ts';

declare global {
  interface Window {
    /** Read-only view of the hall for tests, the benchmark and the operator (no controls). */
    __hall?: {
      pose: () => { x: number; z: number; yaw: number; pitch: number };
      renderInfo: () => {
        calls: number;
        triangles: number;
        programs: number;
        geometries: number;
        textures: number;
        /** The canvas's current pixel ratio (adaptive resolution changes it while the view moves). */
        pixelRatio: number;
      };
      screenPointOf: (boothId: string) => { x: number; y: number } | null;
      /** Whether a named scene object exists and is shown (it and all its ancestors visible). */
      isShown: (name: string) => boolean;
      /** Hall coordinates of a point given in a named object's own frame (null: no such object). */
      worldPointOf: (
        name: string,
        x: number,
        y: number,
        z: number,
      ) => { x: number; y: number; z: number } | null;
      /**
       * Renders the current view `frames` times, each waited for (a one-pixel read-back), and returns the
       * median milliseconds per render: the cost of drawing the hall, without the browser's frame pacing.
       * With `pixelRatio`, at that pixel ratio (the canvas's own is put back afterwards).
       */
      timeRender: (frames: number, pixelRatio?: number) => number;
    };
  }
}

const v = new Vector3();

export function HallProbe({ layout }: { layout: HallLayout }) {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    window.__hall = {
      pose: () => ({ ...usePlayerStore.getState().pose }),
      renderInfo: () => ({
        calls: gl.info.render.calls,
        triangles: gl.info.render.triangles,
        programs: gl.info.programs?.length ?? 0,
        geometries: gl.info.memory.geometries,
        textures: gl.info.memory.textures,
        pixelRatio: gl.getPixelRatio(),
      }),
      screenPointOf: (boothId) => {
        const pose = layout.booths.find((b) => b.id === boothId);
        if (!pose) return null;
        v.set(pose.x, 2.2, pose.z).project(camera);
        if (v.z > 1) return null;
        const rect = gl.domElement.getBoundingClientRect();
        return { x: rect.left + ((v.x + 1) / 2) * size.width, y: rect.top + ((1 - v.y) / 2) * size.height };
      },
      isShown: (name) => {
        let object = scene.getObjectByName(name) ?? null;
        if (!object) return false;
        for (; object; object = object.parent) if (!object.visible) return false;
        return true;
      },
      worldPointOf: (name, x, y, z) => {
        const object = scene.getObjectByName(name);
        if (!object) return null;
        object.updateWorldMatrix(true, false);
        const p = object.localToWorld(new Vector3(x, y, z));
        return { x: p.x, y: p.y, z: p.z };
      },
      timeRender: (frames, pixelRatio) => {
        const own = gl.getPixelRatio();
        if (pixelRatio) gl.setPixelRatio(pixelRatio);
        const context = gl.getContext();
        const pixel = new Uint8Array(4);
        const times: number[] = [];
        for (let i = 0; i < frames; i++) {
          const start = performance.now();
          gl.render(scene, camera);
          context.readPixels(0, 0, 1, 1, context.RGBA, context.UNSIGNED_BYTE, pixel);
          times.push(performance.now() - start);
        }
        if (pixelRatio) {
          gl.setPixelRatio(own); // resizing clears the canvas: draw the view again
          gl.render(scene, camera);
        }
        times.sort((a, b) => a - b);
        return times[times.length >> 1] ?? 0;
      },
    };
    return () => {
      delete window.__hall;
    };
  }, [gl, camera, size, layout, scene]);
  return null;
}
