import { describe, expect, it } from 'vitest';
import { decodeRecords, emptyPose, encodePose, isValidPayload, toRecord, type Pose } from './poseCodec.ts';

function relay(slot: number, pose: Pose): Pose[] {
  const out: Pose[] = [];
  decodeRecords(toRecord(slot, encodePose(pose)), (_s, p) => out.push(structuredClone(p)));
  return out;
}

describe('pose codec', () => {
  it('packs a browser visitor into a 6-byte record and back to the centimetre', () => {
    const pose = { ...emptyPose(), x: 12.345, z: -40.5, yaw: 1.2 };
    const payload = encodePose(pose);
    expect(payload.length).toBe(6);
    expect(toRecord(3, payload).length).toBe(6);
    const [back] = relay(3, pose);
    expect(back!.x).toBeCloseTo(12.35, 2);
    expect(back!.z).toBeCloseTo(-40.5, 2);
    expect(Math.abs(back!.yaw - 1.2)).toBeLessThan((Math.PI * 2) / 256);
    expect(back!.headset).toBe(false);
    expect(back!.pointer).toBeNull();
  });

  it('carries head height, hands and the pointer dot of a headset docent', () => {
    const pose: Pose = {
      x: 5,
      y: 1.72,
      z: 6,
      yaw: -0.5,
      headset: true,
      left: [4.7, 1.3, 5.8],
      right: [5.3, 1.25, 5.7],
      pointer: [8.5, 1.1, 9.25],
    };
    expect(encodePose(pose).length).toBe(19);
    const [back] = relay(63, pose);
    expect(back!.y).toBeCloseTo(1.72, 2);
    expect(back!.left[0]).toBeCloseTo(4.7, 2);
    expect(back!.right[1]).toBeCloseTo(1.25, 2);
    expect(back!.pointer).toEqual([8.5, 1.1, 9.25]);
    expect(back!.yaw).toBeCloseTo(Math.PI * 2 - 0.5, 1);
  });

  it('decodes several records in one message, each with its slot', () => {
    const a = toRecord(1, encodePose({ ...emptyPose(), x: 1 }));
    const b = toRecord(2, encodePose({ ...emptyPose(), x: 2, headset: true, y: 1.5 }));
    const joined = new Uint8Array(a.length + b.length);
    joined.set(a);
    joined.set(b, a.length);
    const seen: [number, number][] = [];
    decodeRecords(joined, (slot, p) => seen.push([slot, p.x]));
    expect(seen).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it('refuses payloads whose length does not match their flags', () => {
    expect(isValidPayload(encodePose(emptyPose()))).toBe(true);
    expect(isValidPayload(new Uint8Array([1, 0, 0, 0, 0, 0]))).toBe(false);
    expect(isValidPayload(new Uint8Array([9, 0, 0, 0, 0, 0]))).toBe(false);
    expect(isValidPayload(new Uint8Array(3))).toBe(false);
  });
});
