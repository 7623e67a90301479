/** How a record notes a day of an officer's leave, wherever the day is shown (漏检（请假，代班：赵六）). */
export function leaveNote(substituteName: string | undefined): string {
  return substituteName ? `请假，代班：${substituteName}` : '请假，未指定代班';
}
