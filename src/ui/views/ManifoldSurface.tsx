/**
 * The manifold drawn under the neurons: faint iso-lines plus a barely-there translucent
 * skin for surfaces, a line for curves, nothing for Rᵏ. Built once per manifold.
 */
import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, DoubleSide } from 'three';
import type { SurfaceGeometry } from './manifoldGeometry';

export interface ManifoldSurfaceProps {
  geometry: SurfaceGeometry;
  /** Line colour (CSS colour), e.g. from the theme. */
  color: string;
}

export function ManifoldSurface({ geometry, color }: ManifoldSurfaceProps) {
  const { lines, skin } = useMemo(() => {
    const lines = new BufferGeometry();
    lines.setAttribute('position', new BufferAttribute(geometry.lines, 3));
    let skin: BufferGeometry | null = null;
    if (geometry.index.length > 0) {
      skin = new BufferGeometry();
      skin.setAttribute('position', new BufferAttribute(geometry.mesh, 3));
      skin.setIndex(new BufferAttribute(geometry.index, 1));
      skin.computeVertexNormals();
    }
    return { lines, skin };
  }, [geometry]);

  useEffect(
    () => () => {
      lines.dispose();
      skin?.dispose();
    },
    [lines, skin],
  );

  return (
    <group>
      <lineSegments geometry={lines} raycast={() => null}>
        <lineBasicMaterial
          color={color}
          transparent
          opacity={skin ? 0.22 : 0.6}
          depthWrite={false}
        />
      </lineSegments>
      {skin && (
        <mesh geometry={skin} raycast={() => null}>
          <meshBasicMaterial
            color={color}
            transparent
            opacity={0.05}
            side={DoubleSide}
            depthWrite={false}
          />
        </mesh>
      )}
    </group>
  );
}
