import { useRef } from 'react';
import { useMoveInput } from '../controls/moveInput.ts';

const RADIUS = 48;

/** On-screen thumbstick for touch screens: drag the knob to walk (forward/back, sideways). */
export function Joystick({ onMove }: { onMove: () => void }) {
  const input = useMoveInput();
  const knob = useRef<HTMLDivElement>(null);
  const origin = useRef<{ x: number; y: number; id: number } | null>(null);
  const set = (dx: number, dy: number) => {
    const len = Math.hypot(dx, dy);
    const k = len > RADIUS ? RADIUS / len : 1;
    const x = dx * k;
    const y = dy * k;
    if (knob.current) knob.current.style.transform = `translate(${x}px, ${y}px)`;
    input.strafe = x / RADIUS;
    input.forward = -y / RADIUS;
    onMove();
  };
  return (
    <div
      className="joystick"
      aria-hidden="true"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        const rect = e.currentTarget.getBoundingClientRect();
        origin.current = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, id: e.pointerId };
        set(e.clientX - origin.current.x, e.clientY - origin.current.y);
      }}
      onPointerMove={(e) => {
        if (origin.current?.id === e.pointerId)
          set(e.clientX - origin.current.x, e.clientY - origin.current.y);
      }}
      onPointerUp={() => {
        origin.current = null;
        set(0, 0);
      }}
      onPointerCancel={() => {
        origin.current = null;
        set(0, 0);
      }}
    >
      <div className="joystick__knob" ref={knob} />
    </div>
  );
}
