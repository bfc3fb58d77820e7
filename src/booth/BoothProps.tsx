import { useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { BufferAttribute, BufferGeometry, Vector3, type Material, type Mesh } from 'three';
import type { Exhibition } from '../content/schema.ts';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import { usePropChunks } from './usePropChunks.ts';
import { chunkDetail, type ChunkDetail } from './propChunks.ts';

const eye = new Vector3();

/**
 * An invisible stand-in with the attributes of a prop chunk (position, normal, colour), mounted until the
 * props arrive: the shader warm-up compiles the props' program with the rest of the hall (compileAsync
 * visits invisible meshes too), so the props' first draw compiles nothing. Shared, never disposed.
 */
const standIn = new BufferGeometry();
for (const name of ['position', 'normal', 'color'])
  standIn.setAttribute(name, new BufferAttribute(new Float32Array(9), 3));

/**
 * All booth props: one mesh per floor cell of booths (frustum culling skips the cells out of view), each
 * cell full or far detail, or hidden in the fog, by its distance from the eye, chosen before every frame
 * (with hysteresis: what a cell showed last frame is kept per cell).
 */
export function BoothProps({
  exhibition,
  layout,
  material,
  forceFar = false,
  build,
  onReady,
}: {
  exhibition: Exhibition;
  layout: HallLayout;
  material: Material;
  /** Far detail everywhere, whatever the distance (the tabletop model, where hall distances mean nothing). */
  forceFar?: boolean;
  /** Start building (after the hall's first frame). */
  build: boolean;
  /** Once the props are built (in a worker, see usePropChunks.ts) and mounted. */
  onReady?: () => void;
}) {
  const chunks = usePropChunks(exhibition, layout, build, onReady);
  const fullMeshes = useRef<(Mesh | null)[]>([]);
  const farMeshes = useRef<(Mesh | null)[]>([]);
  const details = useRef<ChunkDetail[]>([]);
  useFrame(({ camera }) => {
    camera.getWorldPosition(eye);
    for (let i = 0; i < chunks.length; i++) {
      const detail = forceFar
        ? 'far'
        : chunkDetail(chunks[i]?.box.distanceToPoint(eye) ?? 0, details.current[i]);
      details.current[i] = detail;
      const full = fullMeshes.current[i];
      const far = farMeshes.current[i];
      if (full) full.visible = detail === 'full';
      if (far) far.visible = detail === 'far';
    }
  });
  return (
    <group name="booth-props">
      {chunks.length === 0 && (
        <mesh name="booth-props-stand-in" geometry={standIn} material={material} visible={false} />
      )}
      {chunks.map((chunk, i) => (
        <group key={i} name={`booth-props-cell-${i}`}>
          <mesh
            ref={(m) => void (fullMeshes.current[i] = m)}
            name="booth-props-full"
            geometry={chunk.full}
            material={material}
          />
          <mesh
            ref={(m) => void (farMeshes.current[i] = m)}
            name="booth-props-far"
            geometry={chunk.far}
            material={material}
            visible={false}
          />
        </group>
      ))}
    </group>
  );
}
