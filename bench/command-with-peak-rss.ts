/**
 * Runs the command line (`npm run qs -- …`) in this process and, as the process exits, writes its peak resident set
 * size in megabytes to the file named by QS_PEAK_RSS_FILE: the figure the year-archive benchmark reports.
 */
import { writeFileSync } from 'node:fs';

const reportFile = process.env.QS_PEAK_RSS_FILE;
if (!reportFile) throw new Error('QS_PEAK_RSS_FILE names the file the peak RSS is written to');
process.on('exit', () => writeFileSync(reportFile, String(process.resourceUsage().maxRSS / 1024)));
await import('../src/cli/main.ts');
