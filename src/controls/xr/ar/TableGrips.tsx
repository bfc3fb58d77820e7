import { useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { useXRStore } from '@react-three/xr';
import { oneHandPlacement, twoHandPlacement, type TablePlacement } from './tableGestures.ts';
import { oneFingerPlacement, twoFingerPlacement } from './screenGestures.ts';
import { readControllerGrip, readHandPinch, readScreenTouch, type Grip } from './gripSources.ts';

const grip = (): Grip => ({ x: 0, y: 0, z: 0, yaw: 0 });
const fromA = grip();
const fromB = grip();
const toA = grip();
const toB = grip();
const start: TablePlacement = { x: 0, y: 0, z: 0, yaw: 0, scale: 1 };

interface Props {
  live: { current: TablePlacement };
  /** The model's footprint at scale 1, metres (TabletopFrame.size): where a hand's pinch takes hold. */
  size: { x: number; z: number };
  onRelease: (placement: TablePlacement) => void;
}

/**
 * Moving, turning and scaling the placed model (tableGestures.ts, screenGestures.ts): a squeezed
 * controller grip or a tracked hand's pinch over the model carries and turns it, two of them also scale
 * it; on a phone one finger drags it over the table, two fingers twist and pinch it. The placement
 * changes every frame through `live`; the phase hears of it once, when the last hold lets go (and the
 * model is anchored again there).
 */
export function TableGrips({ live, size, onRelease }: Props) {
  const store = useXRStore();
  const held = useRef(0);
  const screen = useRef(false);
  /** Which hands hold the model by a pinch (a pinch, once holding, holds anywhere until it opens). */
  const pinched = useRef({ left: false, right: false, none: false });
  useFrame((_, __, frame: XRFrame | undefined) => {
    const { session, originReferenceSpace: space } = store.getState();
    if (!frame || !session || !space) return;
    let count = 0;
    let touches = false;
    const sources = session.inputSources;
    for (let i = 0; i < sources.length && count < 2; i++) {
      const source = sources[i];
      if (!source) continue;
      const out = count === 0 ? toA : toB;
      if (source.hand) {
        const was = pinched.current[source.handedness];
        const now = readHandPinch(source, frame, space, was, live.current, size, out);
        pinched.current[source.handedness] = now;
        if (now) count++;
      } else if (readControllerGrip(source, frame, space, out)) count++;
      else if (readScreenTouch(source, frame, space, live.current.y, out)) {
        count++;
        touches = true;
      }
    }
    if (count !== held.current || touches !== screen.current) {
      // A hold taken or let go: the gesture starts again from here.
      if (count === 0) onRelease({ ...live.current });
      held.current = count;
      screen.current = touches;
      Object.assign(start, live.current);
      Object.assign(fromA, toA);
      Object.assign(fromB, toB);
      return;
    }
    if (touches) {
      if (count === 1) oneFingerPlacement(start, fromA, toA, live.current);
      else if (count === 2) twoFingerPlacement(start, fromA, fromB, toA, toB, live.current);
    } else if (count === 1) oneHandPlacement(start, fromA, toA, live.current);
    else if (count === 2) twoHandPlacement(start, fromA, fromB, toA, toB, live.current);
  });
  return null;
}
