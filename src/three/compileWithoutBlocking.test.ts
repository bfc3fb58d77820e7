import { describe, expect, it } from 'vitest';
import type { WebGLRenderer } from 'three';
import { finishPrograms } from './compileWithoutBlocking.ts';

/** A renderer reduced to its programs and a WebGL2 context whose fences signal at the first status query. */
function fakeRenderer(programCount: number) {
  const log: string[] = [];
  const programs = Array.from({ length: programCount }, (_, i) => ({
    getUniforms: () => log.push(`uniforms ${i}`),
    getAttributes: () => log.push(`attributes ${i}`),
  }));
  const context = {
    SYNC_GPU_COMMANDS_COMPLETE: 1,
    SYNC_STATUS: 2,
    SIGNALED: 3,
    fenceSync: () => (log.push('fence'), {}),
    flush: () => {},
    isContextLost: () => false,
    getSyncParameter: () => 3,
    deleteSync: () => {},
  };
  const gl = { getContext: () => context, info: { programs } } as unknown as WebGLRenderer;
  return { gl, log, programs };
}

describe('finishPrograms', () => {
  it("reads the programs' link results right after one fence, once", async () => {
    const { gl, log, programs } = fakeRenderer(2);
    await finishPrograms(gl);
    expect(log).toEqual(['fence', 'uniforms 0', 'attributes 0', 'uniforms 1', 'attributes 1']);
    log.length = 0;
    programs.push({
      getUniforms: () => log.push('uniforms 2'),
      getAttributes: () => log.push('attributes 2'),
    });
    await finishPrograms(gl);
    // Only the new program: the others' results are kept by three.
    expect(log).toEqual(['fence', 'uniforms 2', 'attributes 2']);
    log.length = 0;
    await finishPrograms(gl);
    expect(log).toEqual([]);
  });
});
