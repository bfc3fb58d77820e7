import type { Camera, Object3D, Scene, WebGLRenderer } from 'three';
import { whenGpuDone } from './gpuFence.ts';

/** The part of three's WebGLProgram read here: the first call of either asks the GPU for the link result. */
interface ProgramInfo {
  getUniforms: () => unknown;
  getAttributes: () => unknown;
}

/** Programs whose link results were read here (three reads them once, then keeps them). */
const finished = new WeakSet<ProgramInfo>();

/**
 * Makes every program the renderer has compiled ready to draw without a blocked main thread (issue #11).
 * three asks the GPU for a program's link result (log, uniforms, attributes) at the program's first draw:
 * a synchronous round trip that waits for everything the GPU process has queued. Without
 * KHR_parallel_shader_compile (SwiftShader has none) compileAsync cannot tell when a link is done, so the
 * first frame's draws each waited for the links and for the drawing before them: 0.6 s after the 3D
 * text, 2–3 s after the environment map. Here a fence says when the GPU process has finished everything
 * queued (the links included), and the programs' results are read in the task the fence answers in, while
 * the GPU is idle, so that each comes at once; the draws that follow ask nothing.
 */
export async function finishPrograms(gl: WebGLRenderer): Promise<void> {
  const pending = () =>
    ((gl.info.programs ?? []) as unknown as ProgramInfo[]).filter((p) => !finished.has(p));
  if (pending().length === 0) return;
  await whenGpuDone(gl.getContext());
  // All in the task the fence answered in: a frame queued between two questions would make the second
  // wait for its drawing. (A program three has already used answers from its cache.)
  for (const program of pending()) {
    program.getUniforms();
    program.getAttributes();
    finished.add(program);
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
