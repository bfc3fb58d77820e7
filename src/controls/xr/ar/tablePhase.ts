import type { TablePlacement } from './tableGestures.ts';

/**
 * What the mixed-reality visit is doing, as a pure reducer: looking for a surface (no hit yet), aiming
 * (a reticle on a surface), the model placed on the table, or inside the full-size hall at a booth.
 * Stepping inside switches to an immersive-vr session where the device can, else stays in AR with the
 * full-size hall drawn over a dimmed passthrough; "Back to the table" returns to the placed model.
 */
export type TablePhase =
  | { kind: 'scanning' }
  | { kind: 'aiming'; hit: TablePlacement }
  | { kind: 'placed'; placement: TablePlacement; anchored: boolean; openBooth: string | null }
  | { kind: 'inside'; boothId: string; via: 'vr' | 'ar-dimmed'; table: TablePlacement };

export type TableEvent =
  | { type: 'hit'; hit: TablePlacement | null }
  | { type: 'select' }
  | { type: 'anchored' }
  | { type: 'move'; placement: TablePlacement }
  | { type: 'open-booth'; boothId: string | null }
  | { type: 'step-inside'; canSwitchToVR: boolean }
  | { type: 'back-to-table' }
  | { type: 'reset' };

export const INITIAL_TABLE_PHASE: TablePhase = { kind: 'scanning' };

export function nextTablePhase(phase: TablePhase, event: TableEvent): TablePhase {
  switch (event.type) {
    case 'reset':
      return INITIAL_TABLE_PHASE;
    case 'hit':
      if (phase.kind !== 'scanning' && phase.kind !== 'aiming') return phase;
      return event.hit ? { kind: 'aiming', hit: { ...event.hit } } : INITIAL_TABLE_PHASE;
    case 'select':
      // Only a select on a surface places the model; later selects belong to booths and buttons.
      return phase.kind === 'aiming'
        ? { kind: 'placed', placement: phase.hit, anchored: false, openBooth: null }
        : phase;
    case 'anchored':
      return phase.kind === 'placed' ? { ...phase, anchored: true } : phase;
    case 'move':
      return phase.kind === 'placed' ? { ...phase, placement: { ...event.placement } } : phase;
    case 'open-booth':
      return phase.kind === 'placed' ? { ...phase, openBooth: event.boothId } : phase;
    case 'step-inside':
      if (phase.kind !== 'placed' || !phase.openBooth) return phase;
      return {
        kind: 'inside',
        boothId: phase.openBooth,
        via: event.canSwitchToVR ? 'vr' : 'ar-dimmed',
        table: phase.placement,
      };
    case 'back-to-table':
      return phase.kind === 'inside'
        ? { kind: 'placed', placement: phase.table, anchored: false, openBooth: phase.boothId }
        : phase;
  }
}
