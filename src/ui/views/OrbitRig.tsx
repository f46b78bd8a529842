/**
 * Drag to rotate, wheel to zoom, right-drag to pan (three's OrbitControls), with the
 * camera framing a scene of the given radius; z is up, as the manifolds' pictures are.
 */
import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';

export interface OrbitRigProps {
  /** Radius of the scene to frame. */
  radius: number;
  /** Changing it re-frames the camera (e.g. on double-click). */
  fitKey: number;
}

export function OrbitRig({ radius, fitKey }: OrbitRigProps) {
  const camera = useThree((s) => s.camera);
  const element = useThree((s) => s.gl.domElement);
  const controls = useRef<OrbitControls | null>(null);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    // OrbitControls reads `up` once, when constructed.
    camera.up.set(0, 0, 1);
    const c = new OrbitControls(camera, element);
    c.enableDamping = true;
    c.dampingFactor = 0.12;
    // Rendering is on demand: a drag or wheel asks for the frames it needs.
    const onChange = () => invalidate();
    c.addEventListener('change', onChange);
    controls.current = c;
    return () => {
      c.removeEventListener('change', onChange);
      c.dispose();
      controls.current = null;
    };
  }, [camera, element, invalidate]);

  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    const r = Math.max(radius, 1e-3);
    c.object.position.set(0, -2.6 * r, 1.5 * r);
    c.target.set(0, 0, 0);
    c.minDistance = 0.2 * r;
    c.maxDistance = 12 * r;
    c.update();
  }, [radius, fitKey, camera, element]);

  // While damping, update() moves the camera and returns true: keep frames coming until it rests.
  useFrame(() => {
    if (controls.current?.update()) invalidate();
  });
  return null;
}
