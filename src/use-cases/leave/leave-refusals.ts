import { refusalsOf } from '../../domain/domain-error.ts';

export interface LeaveRefusals {
  'leave.officers-only': Record<string, never>;
  'leave.several-units': Record<string, never>;
  'leave.date-invalid': { value: string };
  'leave.range-invalid': { startDate: string; endDate: string };
  'leave.in-the-past': { today: string };
  'leave.too-long': { days: number; longest: number };
  'leave.overlaps': { startDate: string; endDate: string };
  'leave.directors-only': Record<string, never>;
  'leave.person-unknown': { name: string };
  'leave.person-ambiguous': { name: string; count: number };
  'leave.no-leave': { name: string };
  'leave.substitute-is-director': { name: string };
  'leave.substitute-not-an-officer': { name: string };
  'leave.substitute-same-person': { name: string };
  'leave.substitute-on-leave': { name: string; startDate: string; endDate: string };
}

export const refuseLeave = refusalsOf<LeaveRefusals>();
