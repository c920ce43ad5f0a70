import { LATEST_METHODOLOGY, methodologyFor, type Methodology } from '@assay/domain';

/** Injection token: which methodology scores new submissions, and each version by name (for re-scoring). */
export const METHODOLOGY_REGISTRY = Symbol('METHODOLOGY_REGISTRY');

export interface MethodologyRegistry {
  /** The methodology that scores a new submission. */
  current(): Methodology;
  byVersion(version: string): Methodology;
}

/** The real registry; unit tests of a single class may pass a stub instead. */
export const DEFAULT_METHODOLOGY_REGISTRY: MethodologyRegistry = Object.freeze({
  current: () => LATEST_METHODOLOGY,
  byVersion: methodologyFor,
});
