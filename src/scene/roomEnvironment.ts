import {
  HalfFloatType,
  Mesh,
  PerspectiveCamera,
  PMREMGenerator,
  Scene,
  WebGLRenderTarget,
  type Camera,
  type Material,
  type Object3D,
  type Texture,
  type WebGLRenderer,
} from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import { finishPrograms } from '../three/compileWithoutBlocking.ts';

const BLUR_SIGMA = 0.04;

/** PMREMGenerator's own pass materials and the box it draws them on (private in three 0.187). */
interface PmremPasses {
  _blurMaterial?: Material | null;
  _ggxMaterial?: Material | null;
  _integrationMaterial?: Material | null;
  _boxMesh?: Mesh;
}

/** fromScene with drawing switched off: PMREM creates its pass materials and targets, compiles nothing. */
function createPassMaterials(gl: WebGLRenderer, pmrem: PMREMGenerator, room: Object3D): void {
  const render = gl.render;
  gl.render = () => {};
  try {
    pmrem.fromScene(room as Scene, BLUR_SIGMA).dispose();
  } finally {
    gl.render = render;
  }
}

/**
 * Compiles `scene`'s programs as they are when drawn into a render target (no tone mapping, linear output),
 * without blocking: compileAsync polls KHR_parallel_shader_compile.
 */
function compileForTarget(gl: WebGLRenderer, scene: Object3D, camera: Camera): Promise<unknown> {
  const target = new WebGLRenderTarget(1, 1, { type: HalfFloatType });
  const previous = gl.getRenderTarget();
  gl.setRenderTarget(target);
  const compiled = gl.compileAsync(scene, camera);
  gl.setRenderTarget(previous);
  return compiled.finally(() => target.dispose());
}

/**
 * The hall's reflections: three's RoomEnvironment prefiltered by PMREM, made on the device (nothing
 * fetched). PMREM's blur and GGX programs are the slowest of the hall to compile (a 2 s blocked main
 * thread under SwiftShader when fromScene compiled them): they are compiled first without blocking, then
 * fromScene only draws. Where three's internals differ, fromScene compiles them itself, as before.
 */
export async function makeRoomEnvironment(
  gl: WebGLRenderer,
): Promise<{ texture: Texture; dispose: () => void }> {
  const pmrem = new PMREMGenerator(gl);
  const room = new RoomEnvironment();
  try {
    createPassMaterials(gl, pmrem, room);
    const passes = pmrem as unknown as PmremPasses;
    const passScene = new Scene();
    const box = passes._boxMesh?.geometry;
    if (box)
      for (const material of [passes._blurMaterial, passes._ggxMaterial, passes._integrationMaterial])
        if (material) passScene.add(new Mesh(box, material));
    const camera = new PerspectiveCamera(90, 1, 0.1, 100);
    await Promise.all([compileForTarget(gl, room, camera), compileForTarget(gl, passScene, camera)]).catch(
      (error: unknown) => console.warn('[hall] environment warm-up failed; compiling on first use', error),
    );
    // Without KHR_parallel_shader_compile the links are still running: fromScene's draws would wait.
    await finishPrograms(gl);
    const target = pmrem.fromScene(room, BLUR_SIGMA);
    return { texture: target.texture, dispose: () => target.dispose() };
  } finally {
    room.dispose();
    pmrem.dispose();
  }
}
