import { describe, expect, it } from 'vitest';
import { INITIAL_TABLE_PHASE, nextTablePhase, type TableEvent, type TablePhase } from './tablePhase.ts';

const hit = { x: 0.1, y: 0.74, z: -0.9, yaw: 0.3, scale: 1 };
const run = (events: TableEvent[], from: TablePhase = INITIAL_TABLE_PHASE) =>
  events.reduce(nextTablePhase, from);

describe('nextTablePhase', () => {
  it('places the model where the reticle was when the visitor selects', () => {
    expect(run([{ type: 'select' }])).toEqual(INITIAL_TABLE_PHASE);
    const placed = run([{ type: 'hit', hit }, { type: 'select' }]);
    expect(placed).toEqual({ kind: 'placed', placement: hit, anchored: false, openBooth: null });
    expect(run([{ type: 'anchored' }], placed)).toMatchObject({ kind: 'placed', anchored: true });
  });

  it('loses the reticle when the surface is lost, and ignores hits once placed', () => {
    expect(
      run([
        { type: 'hit', hit },
        { type: 'hit', hit: null },
      ]),
    ).toEqual(INITIAL_TABLE_PHASE);
    const placed = run([{ type: 'hit', hit }, { type: 'select' }]);
    expect(run([{ type: 'hit', hit: { ...hit, x: 3 } }, { type: 'select' }], placed)).toEqual(placed);
  });

  it('steps inside at the open booth only, and comes back to the same table placement', () => {
    const placed = run([{ type: 'hit', hit }, { type: 'select' }]);
    expect(run([{ type: 'step-inside', canSwitchToVR: true }], placed)).toBe(placed);
    const open = run([{ type: 'open-booth', boothId: 'huawei-ar-inspection' }], placed);
    const inside = run([{ type: 'step-inside', canSwitchToVR: false }], open);
    expect(inside).toEqual({ kind: 'inside', boothId: 'huawei-ar-inspection', via: 'ar-dimmed', table: hit });
    expect(run([{ type: 'step-inside', canSwitchToVR: true }], open)).toMatchObject({ via: 'vr' });
    expect(run([{ type: 'back-to-table' }], inside)).toEqual({
      kind: 'placed',
      placement: hit,
      anchored: false,
      openBooth: 'huawei-ar-inspection',
    });
  });

  it('moves only a placed model', () => {
    const moved = { ...hit, x: 0.5, scale: 1.5 };
    expect(run([{ type: 'move', placement: moved }])).toEqual(INITIAL_TABLE_PHASE);
    const placed = run([{ type: 'hit', hit }, { type: 'select' }, { type: 'move', placement: moved }]);
    expect(placed).toMatchObject({ kind: 'placed', placement: moved });
  });
});
