import { useEffect, useMemo, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { MeshBasicMaterial, type EventDispatcher } from 'three';
import { BatchedText, Text, configureTextBuilder } from 'troika-three-text';
import type { LabelSpec } from './labelSpec.ts';
import type { FontRouter } from './fontManifest.ts';
import { isSoftwareRenderer } from './isSoftwareRenderer.ts';
import { typesetParams } from './typesetParams.ts';

interface Props {
  labels: LabelSpec[];
  router: FontRouter;
  name: string;
  /** Typesetting progress: fraction of labels done, and true once all are drawn. */
  onProgress?: (fraction: number, done: boolean) => void;
  /** Draw on top of everything (in-world UI panels). */
  overlay?: boolean;
}

/**
 * troika reads its configuration once, at the first typesetting: the served full font is the fallback
 * for characters outside the subsets, and the unicode-font-resolver lookup (a CDN by default) points at
 * our own origin. FontRouter already replaced characters no served font has, so it is never used.
 */
let configured = false;
function configureOnce(router: FontRouter) {
  if (configured) return;
  configured = true;
  configureTextBuilder({
    defaultFontURL: router.fallbackUrl,
    unicodeFontsURL: new URL('unicode/', router.fallbackUrl).href,
  });
}

/** troika's Text fires sync events that three's typed event map does not list. */
const syncEvents = (text: Text) => text as unknown as EventDispatcher<{ synccomplete: object }>;

function apply(text: Text, spec: LabelSpec, router: FontRouter, gpuSDF: boolean) {
  text.gpuAccelerateSDF = gpuSDF;
  const routed = router.route(spec.text, spec.bold);
  text.text = routed.text;
  text.font = routed.font;
  const params = typesetParams(spec);
  text.fontSize = params.fontSize;
  text.maxWidth = params.maxWidth;
  text.overflowWrap = params.overflowWrap;
  text.lineHeight = params.lineHeight;
  text.anchorX = params.anchorX;
  text.anchorY = params.anchorY;
  text.color = spec.color;
  text.position.set(spec.x, spec.y, spec.z);
  text.rotation.set(0, spec.rotationY, 0);
}

/**
 * Many labels in one troika BatchedText: one draw call for all of them. Labels keep their keys across
 * languages, so switching language only retypesets.
 */
export function BatchedLabels({ labels, router, name, onProgress, overlay = false }: Props) {
  const invalidate = useThree((s) => s.invalidate);
  const gl = useThree((s) => s.gl);
  const gpuSDF = useMemo(() => !isSoftwareRenderer(gl.getContext()), [gl]);
  const members = useRef(new Map<string, Text>());
  const batch = useMemo(() => {
    configureOnce(router);
    const b = new BatchedText();
    b.material = new MeshBasicMaterial({ toneMapped: false, depthTest: !overlay });
    b.name = name;
    if (overlay) b.renderOrder = 10;
    return b;
  }, [name, overlay, router]);

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
      onProgress?.(Math.min(0.99, synced / total), false);
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
    let cancelled = false;
    if (!labels.length) {
      onProgress?.(1, true);
      return;
    }
    onProgress?.(0, false);
    batch.sync(() => {
      if (cancelled) return;
      onProgress?.(1, true);
      invalidate();
    });
    return () => {
      cancelled = true;
      for (const text of map.values()) syncEvents(text).removeEventListener('synccomplete', onSynced);
    };
  }, [labels, router, batch, onProgress, invalidate, gpuSDF]);

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
