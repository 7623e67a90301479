/** When a version of a checklist or duty statement applied: `2025-03-01 至 2026-11-09 施行，此后由第 2 版替代`. */
export function versionInForceText(from, until, nextVersion) {
    if (until === undefined)
        return `${from} 起施行，现行有效`;
    return `${from} 至 ${until} 施行，此后由${nextVersion === undefined ? '新版本' : `第 ${nextVersion} 版`}替代`;
}
/** The version that followed `version`, if any. */
export function nextVersionOf(versions, version) {
    return versions.map((other) => other.version).filter((other) => other > version).sort((left, right) => left - right)[0];
}
//# sourceMappingURL=version-in-force-text.js.map