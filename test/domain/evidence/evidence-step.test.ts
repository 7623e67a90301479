import { describe, expect, it } from 'vitest';
import { type EvidenceCandidate, evidenceTarget } from '../../../src/domain/evidence/evidence-step.ts';
import { evidenceArchivePath } from '../../../src/domain/evidence/evidence-archive-path.ts';

const at = (time: string) => new Date(`2026-11-02T${time}:00+08:00`);

const officer = { memberships: [{ unitId: 'unit', personId: 'zhao', director: false }] };
const owner = { memberships: [{ unitId: 'unit', personId: 'wang', director: false }] };
const director = { memberships: [{ unitId: 'unit', personId: 'li', director: true }] };

function hazard(overrides: Partial<EvidenceCandidate> = {}): EvidenceCandidate {
  return { id: 'h1', unitId: 'unit', status: 'reported', reportedById: 'zhao', reportedAt: at('10:00'), ownerId: null, events: [{ action: 'reported', actorId: 'zhao', at: at('10:00') }], ...overrides };
}

const assigned = hazard({
  status: 'assigned',
  ownerId: 'wang',
  events: [
    { action: 'reported', actorId: 'zhao', at: at('10:00') },
    { action: 'assigned', actorId: 'li', at: at('11:00') },
  ],
});

describe('which hazard and step a photo sent in chat belongs to', () => {
  it('a photo right after reporting a hazard is evidence of the report', () => {
    expect(evidenceTarget({ sender: officer, hazards: [hazard()], now: at('10:05') })).toEqual({ kind: 'step', hazardId: 'h1', step: 'report' });
  });

  it('a photo long after the report, with no other step, belongs to nothing', () => {
    expect(evidenceTarget({ sender: officer, hazards: [hazard()], now: at('11:00') })).toEqual({ kind: 'no-step' });
  });

  it('the owner of a rectification in hand sends evidence of the rectification, however long the work takes', () => {
    expect(evidenceTarget({ sender: owner, hazards: [assigned], now: at('17:00') })).toEqual({ kind: 'step', hazardId: 'h1', step: 'rectification' });
  });

  it('the director sends evidence of the verification of a hazard waiting for it', () => {
    const rectified = { ...assigned, status: 'rectified' as const, events: [...assigned.events, { action: 'rectified', actorId: 'wang', at: at('15:00') }] };
    expect(evidenceTarget({ sender: director, hazards: [rectified], now: at('15:30') })).toEqual({ kind: 'step', hazardId: 'h1', step: 'verification' });
  });

  it('the director who just verified a hazard sends evidence of that verification; an hour later it belongs to nothing', () => {
    const closed = hazard({ status: 'closed', ownerId: 'wang', events: [{ action: 'verified', actorId: 'li', at: at('16:00') }] });
    expect(evidenceTarget({ sender: director, hazards: [closed], now: at('16:10') })).toEqual({ kind: 'step', hazardId: 'h1', step: 'verification' });
    expect(evidenceTarget({ sender: director, hazards: [closed], now: at('17:10') })).toEqual({ kind: 'no-step' });
  });

  it('of several steps the most recent wins', () => {
    const older = { ...assigned, id: 'h-old' };
    const justReported = hazard({ id: 'h-new', reportedById: 'wang', reportedAt: at('16:58') });
    expect(evidenceTarget({ sender: owner, hazards: [older, justReported], now: at('17:00') })).toEqual({ kind: 'step', hazardId: 'h-new', step: 'report' });
  });

  it('a reply to a hazard card names that hazard, even long after the step', () => {
    const other = hazard({ id: 'h2', reportedAt: at('10:03') });
    expect(evidenceTarget({ sender: officer, hazards: [hazard(), other], repliedHazardId: 'h1', now: at('18:00') })).toEqual({ kind: 'step', hazardId: 'h1', step: 'report' });
  });

  it('a reply to the card of a hazard the sender has no part in belongs to nothing', () => {
    expect(evidenceTarget({ sender: owner, hazards: [hazard()], repliedHazardId: 'h1', now: at('10:05') })).toEqual({ kind: 'no-step' });
  });

  it('someone of another unit has no step on the hazard', () => {
    const elsewhere = { memberships: [{ unitId: 'other', personId: 'zhao', director: true }] };
    expect(evidenceTarget({ sender: elsewhere, hazards: [hazard()], now: at('10:05') })).toEqual({ kind: 'no-step' });
  });
});

describe('where an evidence file sits in the archive', () => {
  it('is named by its hash, with the extension of its media type or else its name', () => {
    expect(evidenceArchivePath({ sha256: 'ab', mediaType: 'image/jpeg', fileName: '照片' })).toBe('evidence/ab.jpg');
    expect(evidenceArchivePath({ sha256: 'ab', mediaType: 'application/octet-stream', fileName: '整改报告.DOCX' })).toBe('evidence/ab.docx');
    expect(evidenceArchivePath({ sha256: 'ab', mediaType: 'application/octet-stream', fileName: '文件' })).toBe('evidence/ab.bin');
  });
});
