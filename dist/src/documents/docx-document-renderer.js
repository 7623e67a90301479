import { renderMonthlyMinutesDocx } from "./monthly-minutes-document.js";
import { renderWeeklyReportDocx } from "./weekly-report-document.js";
export const docxDocumentRenderer = {
    weeklyReport: renderWeeklyReportDocx,
    monthlyMinutes: renderMonthlyMinutesDocx,
};
//# sourceMappingURL=docx-document-renderer.js.map