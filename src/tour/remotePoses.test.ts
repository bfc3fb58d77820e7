import { describe, expect, it } from 'vitest';
import { emptyPose } from './poseCodec.ts';
import { RemotePoses } from './remotePoses.ts';

describe('remote poses', () => {
  it('glide from where the avatar is to each new sample over one interval', () => {
    const poses = new RemotePoses(100);
    const out = emptyPose();
    expect(poses.sample(2, 0, out)).toBe(false);
    poses.receive(2, { ...emptyPose(), x: 0 }, 0);
    poses.receive(2, { ...emptyPose(), x: 1 }, 100);
    poses.sample(2, 150, out);
    expect(out.x).toBeCloseTo(0.5);
    poses.sample(2, 400, out);
    expect(out.x).toBe(1);
    expect(poses.moving(150)).toBe(true);
    expect(poses.moving(400)).toBe(false);
  });

  it('turns the short way round', () => {
    const poses = new RemotePoses(100);
    const out = emptyPose();
    poses.receive(0, { ...emptyPose(), yaw: 0.1 }, 0);
    poses.receive(0, { ...emptyPose(), yaw: Math.PI * 2 - 0.1 }, 0);
    poses.sample(0, 50, out);
    expect(out.yaw).toBeCloseTo(0);
  });

  it('a heartbeat of someone standing still asks for no frame (pages at rest draw nothing)', () => {
    const poses = new RemotePoses(100);
    poses.receive(1, { ...emptyPose(), x: 2, pointer: [1, 2, 3] }, 0);
    const version = poses.version;
    poses.receive(1, { ...emptyPose(), x: 2, pointer: [1, 2, 3] }, 2000);
    expect(poses.version).toBe(version);
    expect(poses.moving(2050)).toBe(false);
    poses.receive(1, { ...emptyPose(), x: 2, pointer: null }, 2100);
    expect(poses.version).toBe(version + 1);
    expect(poses.moving(2150)).toBe(true);
  });
});
