import { useEffect, useMemo, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { MeshBasicMaterial, type EventDispatcher } from 'three';
import { Text, configureTextBuilder } from 'troika-three-text';
import { StaticBatchedText } from './StaticBatchedText.ts';
import type { LabelSpec } from './labelSpec.ts';
import type { FontRouter } from './fontManifest.ts';
import { isSoftwareRenderer } from './isSoftwareRenderer.ts';
import { typesetParams } from './typesetParams.ts';
import { compileWithoutBlocking } from '../three/compileWithoutBlocking.ts';
import { yieldToBrowser } from '../lib/schedule.ts';

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

/**
 * Glyph SDF size in the atlas. On a GPU troika draws SDFs with WebGL and 64 px costs nothing. On a CPU
 * rasteriser its JavaScript workers compute every pixel of every glyph: the Chinese hall has ~1,150 distinct
 * characters in two weights, and at 64 px they held the hall's text back 35–60 s on a loaded 2-core machine
 * (the main thread idle meanwhile); at 32 px a quarter of the pixels, 19–23 s, and the signage still reads
 * cleanly at the sizes the hall uses.
 */
const GPU_SDF_SIZE = 64;
const CPU_SDF_SIZE = 32;

/** troika's Text fires sync events that three's typed event map does not list. */
const syncEvents = (text: Text) => text as unknown as EventDispatcher<{ synccomplete: object }>;

/**
 * Whether troika still has to typeset `text` (its own flag, which BatchedText reads too): `sync(callback)`
 * calls back only when it has work to do.
 */
const needsSync = (text: Text) => (text as unknown as { _needsSync?: boolean })._needsSync === true;

/** The longest the labels' set-up runs before giving the main thread back. */
const SLICE_MS = 8;

function apply(text: Text, spec: LabelSpec, router: FontRouter, gpuSDF: boolean) {
  text.gpuAccelerateSDF = gpuSDF;
  text.sdfGlyphSize = gpuSDF ? GPU_SDF_SIZE : CPU_SDF_SIZE;
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
  const get = useThree((s) => s.get);
  const gpuSDF = useMemo(() => !isSoftwareRenderer(gl.getContext()), [gl]);
  const members = useRef(new Map<string, Text>());
  const batch = useMemo(() => {
    configureOnce(router);
    const b = new StaticBatchedText();
    b.material = new MeshBasicMaterial({ toneMapped: false, depthTest: !overlay });
    b.name = name;
    if (overlay) b.renderOrder = 10;
    // Shown once its program is ready (below).
    b.visible = false;
    return b;
  }, [name, overlay, router]);

  // The text program is compiled and its link read before any frame draws the batch: a frame that meets
  // it first waits for the link and for all drawing the GPU has queued (on SwiftShader 0.6–3.7 s).
  const programReady = useRef<Promise<void>>(Promise.resolve());
  useEffect(() => {
    let cancelled = false;
    const { camera, scene } = get();
    programReady.current = compileWithoutBlocking(gl, batch, camera, scene)
      .catch(() => {})
      .then(() => {
        if (cancelled) return;
        batch.visible = true;
        invalidate();
      });
    return () => {
      cancelled = true;
    };
  }, [gl, get, batch, invalidate]);

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
    let cancelled = false;
    if (!labels.length) {
      onProgress?.(1, true);
      return;
    }
    onProgress?.(0, false);
    void (async () => {
      // In slices that give the main thread back (issue #11): setting up and typesetting 400 labels
      // at once was a 140–260 ms task on a phone-class CPU.
      const typeset: Promise<void>[] = [];
      let sliceStart = performance.now();
      for (const spec of labels) {
        if (performance.now() - sliceStart > SLICE_MS) {
          await yieldToBrowser();
          if (cancelled) return;
          sliceStart = performance.now();
        }
        let text = map.get(spec.key);
        if (!text) {
          text = new Text();
          map.set(spec.key, text);
          batch.addText(text);
        }
        syncEvents(text).addEventListener('synccomplete', onSynced);
        apply(text, spec, router, gpuSDF);
        batch.changed();
        const member = text;
        if (needsSync(member)) typeset.push(new Promise((done) => member.sync(done)));
      }
      await Promise.all(typeset);
      if (cancelled) return;
      // Every member is typeset: the batch only packs them.
      batch.sync(() => {
        void programReady.current.then(() => {
          if (cancelled) return;
          onProgress?.(1, true);
          invalidate();
        });
      });
    })();
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
