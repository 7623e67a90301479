import { refusalsOf } from '../../domain/domain-error.ts';

/** What the hazard use cases refuse beyond the loop's own rules: finding the hazard, and who may acknowledge it. */
export interface HazardAccessRefusals {
  /** `number` when the person named a hazard number that their units do not have. */
  'hazard.not-found': { number?: number };
  'hazard.ambiguous': { number: number };
  'hazard.acknowledge-not-allowed': Record<string, never>;
  /** `ownerName` when the owner was named in chat; `candidates` are the unit's people who could be named. */
  'hazard.owner-not-found': { ownerName?: string; candidates: string[] };
  'hazard.raise-for-deciders': Record<string, never>;
  'hazard.raise-several-units': Record<string, never>;
  'hazard.inspection-in-future': { date: string; today: string };
  'hazard.raise-description-required': Record<string, never>;
}

export const refuseHazardAccess = refusalsOf<HazardAccessRefusals>();
