import type { Camera, Object3D, Scene, WebGLRenderer } from 'three';
import { whenGpuDone } from './gpuFence.ts';

/** The part of three's WebGLProgram read here: the first call of either asks the GPU for the link result. */
interface ProgramInfo {
  getUniforms: () => unknown;
  getAttributes: () => unknown;
}

/** Programs whose link results were read here (three reads them once, then keeps them). */
const finished = new WeakSet<ProgramInfo>();

/** Fences tried before reading anyway: a hall that draws without pause (a moving visitor) never goes idle. */
const MAX_FENCES = 6;

const pendingPrograms = (gl: WebGLRenderer) =>
  ((gl.info.programs ?? []) as unknown as ProgramInfo[]).filter((p) => !finished.has(p));

/**
 * Makes every program the renderer has compiled so far ready to draw without a blocked main thread
 * (issue #11). three asks the GPU for a program's link result (log, uniforms, attributes) at the program's
 * first draw: a synchronous round trip that waits for everything the GPU process has queued before it.
 * Without KHR_parallel_shader_compile (SwiftShader has none) compileAsync cannot tell when a link is done,
 * so each first draw waited for the links and for all the drawing queued before them (0.6 s after the 3D
 * text, 2–3 s after the environment map).
 *
 * Here a fence says when the GPU process has finished everything queued, the links included; the results
 * are read in the task the fence answers in. Only programs that existed when the fence went in are read
 * (a later one may still be linking), and only if no frame was drawn since (its drawing would still be
 * queued ahead of the question): otherwise another fence, up to MAX_FENCES.
 */
export async function finishPrograms(gl: WebGLRenderer): Promise<void> {
  for (let fence = 1; ; fence++) {
    const programs = pendingPrograms(gl);
    if (programs.length === 0) return;
    const frame = gl.info.render.frame;
    await whenGpuDone(gl.getContext());
    if (gl.info.render.frame !== frame && fence < MAX_FENCES) continue;
    // All in one task: a frame queued between two questions would make the second wait for its drawing.
    // (A program three has already used answers from its cache.)
    for (const program of programs) {
      if (finished.has(program)) continue;
      program.getUniforms();
      program.getAttributes();
      finished.add(program);
    }
    return;
  }
}

/**
 * compileAsync (KHR_parallel_shader_compile where there is one), then `finishPrograms`. `targetScene`: the
 * scene `objects` will be drawn in (its lights, fog and environment shape the programs), when it is not
 * `objects` itself.
 */
export async function compileWithoutBlocking(
  gl: WebGLRenderer,
  objects: Object3D,
  camera: Camera,
  targetScene?: Scene,
): Promise<void> {
  await gl.compileAsync(objects, camera, targetScene ?? null);
  await finishPrograms(gl);
}
