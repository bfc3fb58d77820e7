import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { AudioListener, PositionalAudio } from 'three';
import { useVRStore } from '../../state/vrStore.ts';
import { useGroupStore } from '../groupStore.ts';
import { emptyPose } from '../poseCodec.ts';
import type { TourConnection } from '../tourConnection.ts';
import { useVoiceStore } from './voiceStore.ts';

const scratchPose = emptyPose();
/** Full volume within 2 m of the docent's head, half at 4 m (inverse distance), never silent. */
const REF_DISTANCE = 2;

/**
 * In a headset, the docent's voice comes from the docent's avatar: a three PositionalAudio that follows
 * the docent's head pose (the page's audio element is muted meanwhile; in the browser it plays plainly).
 */
export function DocentVoice3D({ connection }: { connection: TourConnection }) {
  const stream = useVoiceStore((s) => s.docentStream);
  const inHeadset = useVRStore((s) => s.status === 'in-session');
  const docentSlot = useGroupStore(
    (s) => s.snapshot?.members.find((m) => m.id === s.snapshot?.docent)?.slot ?? -1,
  );
  const camera = useThree((s) => s.camera);
  const scene = useThree((s) => s.scene);
  const source = useRef<PositionalAudio | null>(null);

  useEffect(() => {
    if (!stream || !inHeadset) return;
    const listener = new AudioListener();
    camera.add(listener);
    const audio = new PositionalAudio(listener);
    audio.setRefDistance(REF_DISTANCE);
    audio.setMediaStreamSource(stream);
    audio.name = 'docent-voice';
    scene.add(audio);
    // Entering VR was a gesture: the audio context may start.
    void listener.context.resume();
    source.current = audio;
    return () => {
      source.current = null;
      audio.disconnect();
      scene.remove(audio);
      camera.remove(listener);
    };
  }, [stream, inHeadset, camera, scene]);

  useFrame(() => {
    const audio = source.current;
    if (!audio || docentSlot < 0) return;
    if (connection.poses.sample(docentSlot, performance.now(), scratchPose))
      audio.position.set(scratchPose.x, scratchPose.y, scratchPose.z);
  });
  return null;
}
