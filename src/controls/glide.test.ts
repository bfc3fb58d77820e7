import { describe, expect, it } from 'vitest';
import { startGlide, stepGlide } from './glide.ts';

describe('stepGlide', () => {
  it('walks the waypoints in order and ends at the last one facing the final heading', () => {
    const pose = { x: 0, z: 0, yaw: 0, pitch: 0.3 };
    const glide = startGlide(
      [
        { x: 0, z: -5 },
        { x: 4, z: -5 },
      ],
      Math.PI / 2,
    );
    let frames = 0;
    while (!glide.done && frames < 1000) {
      stepGlide(glide, pose, 1 / 60);
      frames++;
    }
    expect(glide.done).toBe(true);
    expect(pose.x).toBeCloseTo(4, 5);
    expect(pose.z).toBeCloseTo(-5, 5);
    expect(pose.yaw).toBeCloseTo(Math.PI / 2, 5);
    expect(Math.abs(pose.pitch)).toBeLessThan(0.05);
    // 9 m at about 4 m/s: a few seconds, not instant and not forever.
    expect(frames).toBeGreaterThan(60);
    expect(frames).toBeLessThan(600);
  });
});
