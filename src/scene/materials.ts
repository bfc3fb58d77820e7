import { MeshBasicMaterial, MeshStandardMaterial } from 'three';

/** Materials shared by the whole hall, created once per scene and disposed with it. */
export function createHallMaterials() {
  return {
    floor: new MeshStandardMaterial({ color: '#2c3038', roughness: 0.32, metalness: 0.15 }),
    ceiling: new MeshStandardMaterial({ color: '#161a22', roughness: 0.9 }),
    boxes: new MeshStandardMaterial({ color: '#ffffff', roughness: 0.55, metalness: 0.05 }),
    stands: new MeshStandardMaterial({ color: '#ffffff', roughness: 0.48, metalness: 0.04 }),
    props: new MeshStandardMaterial({ vertexColors: true, roughness: 0.42, metalness: 0.2 }),
    light: new MeshBasicMaterial({ color: '#f4f8ff', toneMapped: false }),
    highlight: new MeshBasicMaterial({
      color: '#7fe3ff',
      transparent: true,
      opacity: 0.85,
      toneMapped: false,
    }),
  };
}

export type HallMaterials = ReturnType<typeof createHallMaterials>;

export function disposeMaterials(materials: HallMaterials) {
  for (const material of Object.values(materials)) material.dispose();
}
