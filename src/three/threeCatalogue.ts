import { extend } from '@react-three/fiber';
import {
  BoxGeometry,
  DirectionalLight,
  Group,
  HemisphereLight,
  InstancedMesh,
  LineBasicMaterial,
  LineSegments,
  Mesh,
  MeshBasicMaterial,
  PlaneGeometry,
  RingGeometry,
} from 'three';

/**
 * The three classes the hall's JSX names (`<group>`, `<mesh>`, …), its own and @react-three/xr's. fiber's
 * `<Canvas>` registers the whole THREE namespace, which keeps all of three (190 kB gzip) in the first
 * download; the build strips that (vite.config.ts, `hall:three-catalogue`) and the hall registers only
 * these. A JSX element missing here fails at once with fiber's "is not part of the THREE namespace".
 */
export const THREE_CATALOGUE = {
  BoxGeometry,
  DirectionalLight,
  Group,
  HemisphereLight,
  InstancedMesh,
  LineBasicMaterial,
  LineSegments,
  Mesh,
  MeshBasicMaterial,
  PlaneGeometry,
  RingGeometry,
};

/** Registers THREE_CATALOGUE with fiber (idempotent: fiber merges it into its catalogue). */
export function registerThreeCatalogue(): void {
  extend(THREE_CATALOGUE);
}
