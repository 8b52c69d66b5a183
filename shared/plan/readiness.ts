/** Partnership readiness for one account: the characteristics, the prerequisites, the route. */
import { z } from 'zod';
import {
  partnershipCharacteristics,
  partnershipPrerequisites,
  partnershipSteps,
  readinessPositions,
} from '../course/partnership-readiness';
import { Assessment, countAssessments, idsOf } from './self-assessment';

export const ReadinessPosition = z.literal(readinessPositions);

export const ReadinessPart = z.strictObject({
  /** Where the relationship stands on each characteristic, from away-from (0) to towards (3). */
  characteristics: z.partialRecord(idsOf(partnershipCharacteristics), ReadinessPosition),
  /** Whether each prerequisite is in place on your own side. */
  prerequisites: z.partialRecord(idsOf(partnershipPrerequisites), Assessment),
  /** The steps of the route taken so far. */
  stepsDone: z.partialRecord(idsOf(partnershipSteps), z.boolean()),
});
export type ReadinessPart = z.infer<typeof ReadinessPart>;

export const emptyReadiness: ReadinessPart = {
  characteristics: {},
  prerequisites: {},
  stepsDone: {},
};

/** Where the account stands on the way to a partnership. */
export interface ReadinessSummary {
  /** Characteristics at each end and between; unrated ones are not counted. */
  towards: number;
  moving: number;
  awayFrom: number;
  rated: number;
  prerequisitesInPlace: number;
  /** The prerequisites not (fully) in place, in course order. */
  prerequisitesMissing: string[];
  stepsDone: number;
  /** The first step of the route not yet taken; null when all are. */
  nextStep: string | null;
  verdict: string;
}

/** Sums up a readiness self-assessment, and says whether to approach the other side yet. */
export function summariseReadiness(part: ReadinessPart): ReadinessSummary {
  const positions = Object.values(part.characteristics);
  const prerequisiteIds = partnershipPrerequisites.map((p) => p.id);
  const counts = countAssessments(prerequisiteIds, part.prerequisites);
  const missing = partnershipPrerequisites
    .filter((p) => part.prerequisites[p.id] !== 'in-place')
    .map((p) => p.id);
  const next = partnershipSteps.find((step) => part.stepsDone[step.id] !== true);
  const verdict =
    missing.length > 0
      ? `Get your own house in order first: ${missing.length} of ${prerequisiteIds.length} prerequisites are not fully in place.`
      : next
        ? 'The prerequisites are in place: work along the route, in short steps.'
        : 'Every step of the route is taken: review the relationship with both boards and choose what comes next.';
  return {
    towards: positions.filter((p) => p === 3).length,
    moving: positions.filter((p) => p === 1 || p === 2).length,
    awayFrom: positions.filter((p) => p === 0).length,
    rated: positions.length,
    prerequisitesInPlace: counts['in-place'],
    prerequisitesMissing: missing,
    stepsDone: partnershipSteps.filter((step) => part.stepsDone[step.id] === true).length,
    nextStep: next?.id ?? null,
    verdict,
  };
}
