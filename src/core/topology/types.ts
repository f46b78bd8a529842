/** The shapes a persistent-homology computation hands back (docs/science.md §Topology). */

export type HomologyDimension = 0 | 1 | 2;

/** One bar: a class of the given dimension alive on [birth, death). */
export interface PersistencePair {
  dimension: number;
  birth: number;
  /** Infinity for an essential class (never dies within the computed range). */
  death: number;
}

export interface PersistenceResult {
  /** Bars with positive length, essential classes included. */
  pairs: PersistencePair[];
  /**
   * Simplices with a longer edge than this were left out, so the barcode is exact on
   * [0, threshold]. When it equals the enclosing radius (the default for H0/H1) that is
   * exact everywhere: past it the complex is a cone and nothing changes.
   */
  threshold: number;
  n: number;
  /** Highest homology dimension computed. */
  maxDimension: HomologyDimension;
  /** Simplices of dimension ≤ maxDimension within the threshold (vertices and reduced columns). */
  simplexCount: number;
}

export interface VietorisRipsOptions {
  maxDimension: HomologyDimension;
  /** Longest edge to include; see defaultThreshold for what is used when absent. */
  threshold?: number;
}
