import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { MOVE_KEYS, useMoveInput } from '../moveInput.ts';

const LOOK_SPEED = 0.0042; // radians per pixel dragged
const LOCKED_LOOK_SPEED = 0.0022;

function typingInField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * Keyboard walking (WASD / arrows), drag-to-look with mouse, pen or finger, and mouse look under pointer
 * lock. Everything writes into the shared MoveInput; the player rig applies it.
 */
export function DesktopControls() {
  const input = useMoveInput();
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const canvas = gl.domElement;
    canvas.style.touchAction = 'none';
    let dragging: number | null = null;
    let lastX = 0;
    let lastY = 0;
    const onKeyDown = (e: KeyboardEvent) => {
      if (typingInField(e.target) || e.metaKey || e.ctrlKey || e.altKey) return;
      if (MOVE_KEYS.has(e.code)) {
        input.keys.add(e.code);
        e.preventDefault();
        invalidate();
      }
    };
    const onKeyUp = (e: KeyboardEvent) => {
      input.keys.delete(e.code);
    };
    const onBlur = () => input.keys.clear();
    const onPointerDown = (e: PointerEvent) => {
      if (document.pointerLockElement === canvas) return;
      dragging = e.pointerId;
      lastX = e.clientX;
      lastY = e.clientY;
    };
    const onPointerMove = (e: PointerEvent) => {
      if (document.pointerLockElement === canvas) {
        input.yawDelta -= e.movementX * LOCKED_LOOK_SPEED;
        input.pitchDelta -= e.movementY * LOCKED_LOOK_SPEED;
        invalidate();
        return;
      }
      if (dragging !== e.pointerId) return;
      input.yawDelta += (e.clientX - lastX) * LOOK_SPEED;
      input.pitchDelta += (e.clientY - lastY) * LOOK_SPEED;
      lastX = e.clientX;
      lastY = e.clientY;
      invalidate();
    };
    const onPointerUp = (e: PointerEvent) => {
      if (dragging === e.pointerId) dragging = null;
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', onBlur);
    canvas.addEventListener('pointerdown', onPointerDown);
    window.addEventListener('pointermove', onPointerMove);
    window.addEventListener('pointerup', onPointerUp);
    window.addEventListener('pointercancel', onPointerUp);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', onBlur);
      canvas.removeEventListener('pointerdown', onPointerDown);
      window.removeEventListener('pointermove', onPointerMove);
      window.removeEventListener('pointerup', onPointerUp);
      window.removeEventListener('pointercancel', onPointerUp);
    };
  }, [gl, input, invalidate]);
  return null;
}
