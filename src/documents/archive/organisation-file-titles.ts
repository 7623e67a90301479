import { DUTY_STATEMENT_TITLES } from '../../domain/archive/archive-snapshot.ts';
import { APPOINTMENTS_TITLE } from './appointments-document.ts';
import { ARCHIVE_FILES } from './archive-file-names.ts';
import { CHECKLIST_TITLE } from './checklists-document.ts';
import { SUGGESTIONS_TITLE } from './suggestions-document.ts';
import { SUSPENSIONS_TITLE } from './suspensions-document.ts';
import { TRAINING_TITLE } from './training-document.ts';

/** The unit's own records the archive holds beside its daily, weekly and monthly ones: each file and what it holds. */
export const ORGANISATION_FILE_TITLES: ReadonlyArray<readonly [path: string, title: string]> = [
  [ARCHIVE_FILES.appointments, `《${APPOINTMENTS_TITLE}》`],
  [ARCHIVE_FILES.dutyStatements, `《${DUTY_STATEMENT_TITLES['director-duties']}》《${DUTY_STATEMENT_TITLES['officer-code']}》`],
  [ARCHIVE_FILES.checklists, `《${CHECKLIST_TITLE}》`],
  [ARCHIVE_FILES.training, `《${TRAINING_TITLE}》`],
  [ARCHIVE_FILES.suspensions, `《${SUSPENSIONS_TITLE}》`],
  [ARCHIVE_FILES.suggestions, `《${SUGGESTIONS_TITLE}》`],
];
