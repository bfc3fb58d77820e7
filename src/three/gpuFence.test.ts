import { describe, expect, it } from 'vitest';
import { whenGpuDone } from './gpuFence.ts';

/** A WebGL2 context reduced to the fence calls, whose fence signals after `polls` status queries. */
function fakeContext(polls: number) {
  let asked = 0;
  const deleted: unknown[] = [];
  const sync = {};
  const context = {
    SYNC_GPU_COMMANDS_COMPLETE: 1,
    SYNC_STATUS: 2,
    SIGNALED: 3,
    UNSIGNALED: 4,
    fenceSync: () => sync,
    flush: () => {},
    isContextLost: () => false,
    getSyncParameter: () => (++asked > polls ? 3 : 4),
    deleteSync: (s: unknown) => deleted.push(s),
  };
  return { context: context as unknown as WebGL2RenderingContext, asked: () => asked, deleted, sync };
}

describe('whenGpuDone', () => {
  it('resolves only once the fence has signalled, and deletes it', async () => {
    const fake = fakeContext(3);
    await whenGpuDone(fake.context);
    expect(fake.asked()).toBe(4);
    expect(fake.deleted).toEqual([fake.sync]);
  });

  it('gives up after the timeout when the fence never signals', async () => {
    const fake = fakeContext(Infinity);
    const start = performance.now();
    await whenGpuDone(fake.context, 30);
    expect(performance.now() - start).toBeGreaterThanOrEqual(25);
    expect(fake.deleted).toHaveLength(1);
  });

  it('resolves at once on WebGL1 (no fences)', async () => {
    await expect(whenGpuDone({} as WebGLRenderingContext)).resolves.toBeUndefined();
  });
});
