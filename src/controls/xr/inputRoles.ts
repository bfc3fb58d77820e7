/**
 * Which XR input does what. The left controller is the teleporter (XRInteraction: hold the trigger for
 * the arc); every other input — the right controller's ray, a hand's pinch, a transient pointer (Vision
 * Pro gaze-and-pinch), a gaze — selects through @react-three/xr's pointer events.
 */
export function isTeleporter(source: Pick<XRInputSource, 'handedness' | 'hand' | 'targetRayMode'>): boolean {
  return source.handedness === 'left' && !source.hand && source.targetRayMode === 'tracked-pointer';
}
