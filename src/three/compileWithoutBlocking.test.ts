import { describe, expect, it } from 'vitest';
import type { WebGLRenderer } from 'three';
import { finishPrograms } from './compileWithoutBlocking.ts';

/**
 * A renderer reduced to its programs, its frame counter and a WebGL2 context whose fences signal at the
 * first status query; `onFence` runs as each fence goes in (as a frame or a compile would, meanwhile).
 */
function fakeRenderer(programCount: number, onFence: (fence: number) => void = () => {}) {
  const log: string[] = [];
  const program = (i: number) => ({
    getUniforms: () => log.push(`uniforms ${i}`),
    getAttributes: () => log.push(`attributes ${i}`),
  });
  const programs = Array.from({ length: programCount }, (_, i) => program(i));
  let fences = 0;
  const context = {
    SYNC_GPU_COMMANDS_COMPLETE: 1,
    SYNC_STATUS: 2,
    SIGNALED: 3,
    fenceSync: () => (log.push('fence'), onFence(++fences), {}),
    flush: () => {},
    isContextLost: () => false,
    getSyncParameter: () => 3,
    deleteSync: () => {},
  };
  const info = { programs, render: { frame: 0 } };
  const gl = { getContext: () => context, info } as unknown as WebGLRenderer;
  return { gl, log, programs, info, program };
}

describe('finishPrograms', () => {
  it("reads the programs' link results right after one fence, once", async () => {
    const { gl, log, programs, program } = fakeRenderer(2);
    await finishPrograms(gl);
    expect(log).toEqual(['fence', 'uniforms 0', 'attributes 0', 'uniforms 1', 'attributes 1']);
    log.length = 0;
    programs.push(program(2));
    await finishPrograms(gl);
    // Only the new program: the others' results are kept by three.
    expect(log).toEqual(['fence', 'uniforms 2', 'attributes 2']);
    log.length = 0;
    await finishPrograms(gl);
    expect(log).toEqual([]);
  });

  it('leaves a program compiled after the fence for the next fence (it may still be linking)', async () => {
    const fake = fakeRenderer(1, (fence) => fence === 1 && fake.programs.push(fake.program(1)));
    await finishPrograms(fake.gl);
    expect(fake.log).toEqual(['fence', 'uniforms 0', 'attributes 0']);
    fake.log.length = 0;
    await finishPrograms(fake.gl);
    expect(fake.log).toEqual(['fence', 'uniforms 1', 'attributes 1']);
  });

  it('waits for another fence when a frame was drawn meanwhile (its drawing is queued ahead)', async () => {
    const fake = fakeRenderer(1, (fence) => fence <= 2 && fake.info.render.frame++);
    await finishPrograms(fake.gl);
    expect(fake.log).toEqual(['fence', 'fence', 'fence', 'uniforms 0', 'attributes 0']);
  });

  it('reads anyway after six fences when frames never stop', async () => {
    const fake = fakeRenderer(1, () => fake.info.render.frame++);
    await finishPrograms(fake.gl);
    expect(fake.log.filter((l) => l === 'fence')).toHaveLength(6);
    expect(fake.log.slice(-2)).toEqual(['uniforms 0', 'attributes 0']);
  });
});
