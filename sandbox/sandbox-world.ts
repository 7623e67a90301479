import type { DemoOrganisation } from '../demo/demo-organisation.ts';
import type { DemoStage } from '../demo/demo-stage.ts';
import type { SandboxClock } from './sandbox-clock.ts';

/** What the sandbox's actions and pages work on: the running service and stand-in, the clock, the people. */
export interface SandboxWorld {
  stage: DemoStage;
  clock: SandboxClock;
  organisation: DemoOrganisation;
  timeZone: string;
}

/** A line shown at the top of the next page: the bot's toast, a job's result, or why an action was refused. */
export interface Notice {
  kind: 'info' | 'success' | 'warning' | 'error';
  text: string;
}
