import { dailyControlIndex } from "./daily-control-index.js";
import { monthlySchedulingIndex, weeklyInvestigationIndex } from "./periodic-record-index.js";
import { hazardRectificationIndex } from "./hazard-rectification-index.js";
import { trainingAssessmentIndex } from "./training-assessment-index.js";
import { localDateOf } from "./archive-times.js";
export function compileInspectionIndex(snapshot) {
    const asOf = localDateOf(snapshot.generatedAt, snapshot.unit.timeZone);
    const dailyControl = dailyControlIndex(snapshot, asOf);
    const weeklyInvestigation = weeklyInvestigationIndex(snapshot, asOf);
    const monthlyScheduling = monthlySchedulingIndex(snapshot, asOf);
    const hazardRectification = hazardRectificationIndex(snapshot, asOf);
    const trainingAssessment = trainingAssessmentIndex(snapshot);
    const { id, name, kind, grade, directorRequired } = snapshot.unit;
    return {
        unit: { id, name, kind, grade, directorRequired },
        period: { ...snapshot.period },
        asOf,
        dailyControl,
        weeklyInvestigation,
        monthlyScheduling,
        hazardRectification,
        trainingAssessment,
        gaps: [
            ...dailyControl.gaps,
            ...weeklyInvestigation.gaps,
            ...monthlyScheduling.gaps,
            ...hazardRectification.gaps,
            ...trainingAssessment.gaps,
        ],
    };
}
//# sourceMappingURL=inspection-index.js.map