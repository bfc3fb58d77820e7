import { useEffect, useMemo, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { MeshBasicMaterial, type EventDispatcher } from 'three';
import { BatchedText, Text } from 'troika-three-text';
import type { LabelSpec } from './labelSpec.ts';
import type { FontRouter } from './fontManifest.ts';
import { useLoadStore } from '../state/loadStore.ts';
import { isSoftwareRenderer } from './isSoftwareRenderer.ts';

interface Props {
  labels: LabelSpec[];
  router: FontRouter;
}

/** troika's Text fires sync events that three's typed event map does not list. */
const syncEvents = (text: Text) => text as unknown as EventDispatcher<{ synccomplete: object }>;

function apply(text: Text, spec: LabelSpec, router: FontRouter, gpuSDF: boolean) {
  text.gpuAccelerateSDF = gpuSDF;
  const routed = router.route(spec.text, spec.bold);
  text.text = routed.text;
  text.font = routed.font;
  text.fontSize = spec.fontSize;
  text.maxWidth = spec.maxWidth ?? Infinity;
  text.lineHeight = spec.lineHeight ?? 'normal';
  text.anchorX = spec.anchorX;
  text.anchorY = spec.anchorY;
  text.color = spec.color;
  text.position.set(spec.x, spec.y, spec.z);
  text.rotation.set(0, spec.rotationY, 0);
}

/**
 * All 3D text of the hall in one troika BatchedText: one draw call for every label. Labels keep their
 * keys across languages, so switching language only retypesets.
 */
export function HallText({ labels, router }: Props) {
  const invalidate = useThree((s) => s.invalidate);
  const gl = useThree((s) => s.gl);
  const gpuSDF = useMemo(() => !isSoftwareRenderer(gl.getContext()), [gl]);
  const setText = useLoadStore((s) => s.setText);
  const members = useRef(new Map<string, Text>());
  const batch = useMemo(() => {
    const b = new BatchedText();
    b.material = new MeshBasicMaterial({ toneMapped: false });
    b.name = 'hall-text';
    return b;
  }, []);

  useEffect(() => {
    const map = members.current;
    const wanted = new Set(labels.map((l) => l.key));
    for (const [key, text] of map)
      if (!wanted.has(key)) {
        batch.removeText(text);
        text.dispose();
        map.delete(key);
      }
    let synced = 0;
    const total = labels.length;
    const onSynced = () => {
      synced += 1;
      setText(Math.min(0.99, synced / total), false);
    };
    for (const spec of labels) {
      let text = map.get(spec.key);
      if (!text) {
        text = new Text();
        map.set(spec.key, text);
        batch.addText(text);
      }
      syncEvents(text).addEventListener('synccomplete', onSynced);
      apply(text, spec, router, gpuSDF);
    }
    setText(0, false);
    let cancelled = false;
    batch.sync(() => {
      if (cancelled) return;
      setText(1, true);
      invalidate();
    });
    return () => {
      cancelled = true;
      for (const text of map.values()) syncEvents(text).removeEventListener('synccomplete', onSynced);
    };
  }, [labels, router, batch, setText, invalidate, gpuSDF]);

  useEffect(
    () => () => {
      for (const text of members.current.values()) text.dispose();
      members.current.clear();
      (batch.material as MeshBasicMaterial).dispose();
      batch.dispose();
    },
    [batch],
  );

  return <primitive object={batch} />;
}
