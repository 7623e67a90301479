import type { HazardStatus } from '../records/daily-record-facts.ts';

/** The step of a hazard's life a photo or file is evidence of: what was found, what was done, what was checked. */
export type EvidenceStep = 'report' | 'rectification' | 'verification';

export const EVIDENCE_STEP_NAMES: Readonly<Record<EvidenceStep, string>> = {
  report: '隐患上报',
  rectification: '整改',
  verification: '验证',
};

/**
 * How long after their step a person's photo still belongs to it without replying to the hazard's card: long enough
 * to walk to the spot and take the picture, short enough that a photo the next morning is not filed under yesterday.
 */
export const EVIDENCE_WINDOW_MINUTES = 30;

export interface EvidenceCandidate {
  id: string;
  unitId: string;
  status: HazardStatus;
  reportedById: string;
  reportedAt: Date;
  ownerId: string | null;
  events: ReadonlyArray<{ action: string; actorId: string | null; at: Date }>;
}

export interface EvidenceSender {
  /** The sender's person id in each unit they belong to, and whether they are its director there. */
  memberships: ReadonlyArray<{ unitId: string; personId: string; director: boolean }>;
}

export type EvidenceTarget = { kind: 'step'; hazardId: string; step: EvidenceStep } | { kind: 'no-step' };

interface Match {
  hazardId: string;
  step: EvidenceStep;
  at: Date;
}

function latestEvent(hazard: EvidenceCandidate, action: string, actorId?: string): Date | undefined {
  const times = hazard.events.filter((event) => event.action === action && (actorId === undefined || event.actorId === actorId)).map((event) => event.at.getTime());
  return times.length === 0 ? undefined : new Date(Math.max(...times));
}

/** Every step of this hazard the sender took or has in hand, with when it last moved; none when they have no part in it. */
function stepsOf(hazard: EvidenceCandidate, sender: EvidenceSender, now: Date, windowed: boolean): Match[] {
  const member = sender.memberships.find((membership) => membership.unitId === hazard.unitId);
  if (!member) return [];
  const recent = (at: Date | undefined): at is Date => at !== undefined && (!windowed || now.getTime() - at.getTime() <= EVIDENCE_WINDOW_MINUTES * 60_000);
  const matches: Match[] = [];
  if (hazard.reportedById === member.personId && recent(hazard.reportedAt)) matches.push({ hazardId: hazard.id, step: 'report', at: hazard.reportedAt });
  if (hazard.ownerId === member.personId && (hazard.status === 'assigned' || hazard.status === 'rectified')) {
    // The owner's hazard in hand is theirs however long the work takes: the photo often comes before 已整改.
    const at = latestEvent(hazard, 'rectified', member.personId) ?? latestEvent(hazard, 'assigned') ?? hazard.reportedAt;
    matches.push({ hazardId: hazard.id, step: 'rectification', at });
  }
  if (member.director) {
    const verified = latestEvent(hazard, 'verified', member.personId);
    if (hazard.status === 'rectified') matches.push({ hazardId: hazard.id, step: 'verification', at: latestEvent(hazard, 'rectified') ?? hazard.reportedAt });
    else if (recent(verified)) matches.push({ hazardId: hazard.id, step: 'verification', at: verified });
  }
  return matches;
}

function latest(matches: readonly Match[]): Match | undefined {
  return [...matches].sort((left, right) => right.at.getTime() - left.at.getTime())[0];
}

/**
 * Which hazard and step a photo or file belongs to. Replying to a hazard's card names the hazard, and the sender's
 * part in it names the step, however long ago it was; otherwise it is the sender's most recent step: a hazard they
 * reported or verified within the window, one they are rectifying, or one waiting for their verification.
 */
export function evidenceTarget(input: { sender: EvidenceSender; hazards: readonly EvidenceCandidate[]; repliedHazardId?: string; now: Date }): EvidenceTarget {
  const replied = input.repliedHazardId === undefined ? undefined : input.hazards.find((hazard) => hazard.id === input.repliedHazardId);
  const match = replied
    ? (latest(stepsOf(replied, input.sender, input.now, false)) ?? latest(repliedWithoutOpenStep(replied, input.sender)))
    : latest(input.hazards.flatMap((hazard) => stepsOf(hazard, input.sender, input.now, true)));
  return match ? { kind: 'step', hazardId: match.hazardId, step: match.step } : { kind: 'no-step' };
}

/** A reply to the card of a hazard whose step is over (verified, closed): the sender's own part in it still names the step. */
function repliedWithoutOpenStep(hazard: EvidenceCandidate, sender: EvidenceSender): Match[] {
  const member = sender.memberships.find((membership) => membership.unitId === hazard.unitId);
  if (!member) return [];
  const matches: Match[] = [];
  if (hazard.reportedById === member.personId) matches.push({ hazardId: hazard.id, step: 'report', at: hazard.reportedAt });
  const rectified = latestEvent(hazard, 'rectified', member.personId);
  if (rectified) matches.push({ hazardId: hazard.id, step: 'rectification', at: rectified });
  const verified = latestEvent(hazard, 'verified', member.personId);
  if (member.director && verified) matches.push({ hazardId: hazard.id, step: 'verification', at: verified });
  return matches;
}
