import {
  BoxGeometry,
  CanvasTexture,
  CylinderGeometry,
  InstancedBufferAttribute,
  MeshBasicMaterial,
  MeshStandardMaterial,
  PlaneGeometry,
  ShaderMaterial,
  SphereGeometry,
  SRGBColorSpace,
  type BufferGeometry,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { MAX_SLOTS } from './poseCodec.ts';

export const NAME_ROW_PX = 32;
export const NAME_WIDTH_PX = 256;

/** Head with a visor (so the facing shows) over a simple body, origin at the eyes, facing −z. */
function avatarGeometry(): BufferGeometry {
  const head = new SphereGeometry(0.13, 16, 12);
  const visor = new BoxGeometry(0.2, 0.07, 0.08).translate(0, 0.01, -0.1);
  const body = new CylinderGeometry(0.14, 0.2, 0.75, 12).translate(0, -0.62, 0);
  const merged = mergeGeometries([head.toNonIndexed(), visor.toNonIndexed(), body.toNonIndexed()]);
  head.dispose();
  visor.dispose();
  body.dispose();
  return merged;
}

const billboardVertex = /* glsl */ `
  attribute float row;
  varying vec2 vUv;
  uniform float rows;
  void main() {
    vec4 center = modelViewMatrix * instanceMatrix * vec4(0.0, 0.0, 0.0, 1.0);
    vec4 view = center + vec4(position.xy, 0.0, 0.0);
    vUv = vec2(uv.x, (uv.y + rows - 1.0 - row) / rows);
    gl_Position = projectionMatrix * view;
  }`;
const billboardFragment = /* glsl */ `
  uniform sampler2D atlas;
  varying vec2 vUv;
  void main() {
    vec4 c = texture2D(atlas, vUv);
    if (c.a < 0.05) discard;
    gl_FragColor = c;
  }`;

/** Everything the avatar layer draws with, made once and disposed together (5 draw calls in all). */
export function createAvatarAssets() {
  const canvas = document.createElement('canvas');
  canvas.width = NAME_WIDTH_PX;
  canvas.height = NAME_ROW_PX * MAX_SLOTS;
  const atlas = new CanvasTexture(canvas);
  atlas.colorSpace = SRGBColorSpace;
  const nameGeometry = new PlaneGeometry(0.8, 0.1);
  nameGeometry.setAttribute('row', new InstancedBufferAttribute(new Float32Array(MAX_SLOTS), 1));
  return {
    canvas,
    atlas,
    body: avatarGeometry(),
    bodyMaterial: new MeshStandardMaterial({ color: '#ffffff', roughness: 0.6 }),
    hand: new BoxGeometry(0.07, 0.05, 0.12),
    dot: new SphereGeometry(0.05, 12, 8),
    dotMaterial: new MeshBasicMaterial({ color: '#ff4d4d', toneMapped: false }),
    nameGeometry,
    nameMaterial: new ShaderMaterial({
      uniforms: { atlas: { value: atlas }, rows: { value: MAX_SLOTS } },
      vertexShader: billboardVertex,
      fragmentShader: billboardFragment,
      transparent: true,
      depthWrite: false,
    }),
  };
}

export type AvatarAssets = ReturnType<typeof createAvatarAssets>;

export function disposeAvatarAssets(assets: AvatarAssets) {
  assets.atlas.dispose();
  assets.body.dispose();
  assets.bodyMaterial.dispose();
  assets.hand.dispose();
  assets.dot.dispose();
  assets.dotMaterial.dispose();
  assets.nameGeometry.dispose();
  assets.nameMaterial.dispose();
}

/** Draws each name into its slot's row of the atlas (only when the member list changes). */
export function drawNames(assets: AvatarAssets, names: { slot: number; text: string; docent: boolean }[]) {
  const ctx = assets.canvas.getContext('2d');
  if (!ctx) return;
  ctx.clearRect(0, 0, assets.canvas.width, assets.canvas.height);
  ctx.font = `600 ${NAME_ROW_PX * 0.62}px "Noto Sans SC", sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const { slot, text, docent } of names) {
    const y = slot * NAME_ROW_PX;
    ctx.fillStyle = docent ? 'rgba(120, 70, 0, 0.85)' : 'rgba(10, 20, 40, 0.75)';
    const width = Math.min(NAME_WIDTH_PX, ctx.measureText(text).width + 24);
    ctx.fillRect((NAME_WIDTH_PX - width) / 2, y + 2, width, NAME_ROW_PX - 4);
    ctx.fillStyle = '#ffffff';
    ctx.fillText(text, NAME_WIDTH_PX / 2, y + NAME_ROW_PX / 2, NAME_WIDTH_PX - 16);
  }
  assets.atlas.needsUpdate = true;
}
