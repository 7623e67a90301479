/** The sandbox page's stylesheet: system fonts only, nothing fetched from outside. Colours follow Lark's card palette. */
export const SANDBOX_STYLESHEET = `
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.6 -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #1f2329; background: #f5f6f7; }
a { color: #3370ff; }
button { font: inherit; cursor: pointer; }
.time-bar { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: 8px 20px; align-items: center; padding: 8px 16px; background: #1f2329; color: #fff; }
.time-bar .clock { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; }
.time-bar form { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.time-bar select, .time-bar input { font: inherit; padding: 2px 4px; }
.notice { margin: 8px 16px 0; padding: 8px 12px; border-radius: 6px; background: #e1eaff; }
.notice-success { background: #d9f5d6; }
.notice-warning { background: #feead2; }
.notice-error { background: #fde2e2; color: #a61b1b; }
.columns { display: flex; align-items: flex-start; }
.people { flex: 0 0 240px; padding: 12px 16px; position: sticky; top: 48px; max-height: calc(100vh - 48px); overflow: auto; }
.people h2 { font-size: 13px; color: #646a73; margin: 12px 0 4px; }
.people ul { list-style: none; margin: 0; padding: 0; }
.people li { padding: 2px 0; }
.people a { text-decoration: none; font-weight: 600; }
.people a[aria-current="page"] { color: #1f2329; background: #e1eaff; padding: 0 4px; border-radius: 4px; }
.role-names { display: block; font-size: 12px; color: #8f959e; }
main { flex: 1; min-width: 0; max-width: 820px; padding: 12px 16px 48px; }
h1 { font-size: 20px; margin: 4px 0 12px; }
.person-details { margin-left: 12px; font-size: 13px; font-weight: normal; color: #646a73; }
.chat { list-style: none; margin: 0 0 16px; padding: 0; }
.chat > li, .chat article { scroll-margin-top: 56px; }
.message { display: flex; flex-direction: column; margin: 10px 0; }
.message time { font-size: 12px; color: #8f959e; }
.from-person { align-items: flex-end; }
.bubble { margin: 2px 0; padding: 8px 12px; border-radius: 8px; background: #fff; white-space: pre-wrap; word-break: break-word; max-width: 100%; }
.from-person .bubble, .press { background: #d1e3ff; }
.press { margin: 2px 0; padding: 6px 12px; border-radius: 8px; }
.press p { margin: 0; }
.press-fields { margin: 2px 0 0; padding-left: 18px; font-size: 13px; color: #3b4250; white-space: pre-wrap; }
.toast { font-size: 13px; padding: 2px 6px; border-radius: 4px; margin-top: 4px !important; }
.chat-image { max-width: 320px; max-height: 320px; border-radius: 6px; }
.say-form, .attach-form { display: flex; gap: 8px; align-items: center; margin: 8px 0; }
.say-form textarea { flex: 1; font: inherit; }
.lark-card { width: 100%; max-width: 600px; background: #fff; border: 1px solid #dee0e3; border-radius: 8px; overflow: hidden; }
.card-header { padding: 10px 14px; background: #f2f3f5; }
.card-title { margin: 0; font-size: 16px; }
.card-subtitle { margin: 2px 0 0; font-size: 13px; opacity: .85; }
.template-blue { background: #e1eaff; } .template-wathet { background: #d9f3fd; } .template-turquoise { background: #d5f6f2; }
.template-green { background: #d9f5d6; } .template-yellow { background: #faf1d1; } .template-orange { background: #feead2; }
.template-red { background: #fde2e2; } .template-carmine { background: #fdddef; } .template-violet { background: #f8def8; }
.template-purple { background: #ece2fe; } .template-indigo { background: #e0e9ff; } .template-grey { background: #eff0f1; }
.card-body { padding: 10px 14px; display: flex; flex-direction: column; gap: 8px; }
.card-markdown p { margin: 0; }
.card-markdown p + p { margin-top: 6px; }
.card-markdown table, .card-table { border-collapse: collapse; width: 100%; font-size: 13px; }
.card-markdown th, .card-markdown td, .card-table th, .card-table td { border: 1px solid #dee0e3; padding: 4px 6px; text-align: left; vertical-align: top; }
.card-markdown th, .card-table th { background: #f5f6f7; }
.text-size-notation { font-size: 12px; color: #8f959e; }
.text-align-center { text-align: center; } .text-align-right { text-align: right; }
.card-divider { border: 0; border-top: 1px solid #dee0e3; margin: 0; width: 100%; }
.card-column-set { display: flex; gap: 8px; align-items: stretch; }
.card-column { display: flex; flex-direction: column; gap: 6px; min-width: 0; }
.card-column.width-weighted { flex-basis: 0; }
.weight-1 { flex-grow: 1; } .weight-2 { flex-grow: 2; } .weight-3 { flex-grow: 3; } .weight-4 { flex-grow: 4; } .weight-5 { flex-grow: 5; }
.weight-6 { flex-grow: 6; } .weight-7 { flex-grow: 7; } .weight-8 { flex-grow: 8; } .weight-9 { flex-grow: 9; }
.card-column.align-center { justify-content: center; }
.card-column.column-horizontal { flex-direction: row; flex-wrap: wrap; align-items: center; }
@media (max-width: 640px) { .card-column-set.flex-stretch { flex-direction: column; } }
.card-form { display: flex; flex-direction: column; gap: 8px; padding: 8px; border: 1px dashed #dee0e3; border-radius: 6px; }
.card-button-form { display: inline; margin: 0; }
.card-form > .card-button { align-self: flex-start; }
.card-button { display: inline-block; padding: 4px 14px; border-radius: 6px; border: 1px solid #d0d3d6; background: #fff; color: #1f2329; text-decoration: none; }
.card-button.button-small { padding: 2px 10px; font-size: 13px; }
.button-primary { color: #3370ff; border-color: #3370ff; }
.button-danger { color: #f54a45; border-color: #f54a45; }
.button-primary_filled { background: #3370ff; border-color: #3370ff; color: #fff; }
.button-danger_filled { background: #f54a45; border-color: #f54a45; color: #fff; }
.button-text, .button-laser { border-color: transparent; }
.card-button:disabled { background: #f2f3f5; border-color: #dee0e3; color: #bbbfc4; cursor: not-allowed; }
.card-field { display: flex; flex-direction: column; gap: 2px; }
.card-field label { font-size: 13px; color: #646a73; }
.card-field textarea, .card-field input, .card-field select { font: inherit; padding: 4px 6px; border: 1px solid #d0d3d6; border-radius: 6px; }
.card-note { font-size: 12px; color: #8f959e; }
.card-image { max-width: 100%; }
.card-unknown { padding: 4px 8px; border: 1px dashed #f54a45; color: #a61b1b; font-size: 13px; border-radius: 4px; }
.card-updated { margin: 0; padding: 2px 14px 6px; font-size: 12px; color: #8f959e; }
.lark-at { color: #3370ff; }
.lark-tag { display: inline-block; padding: 0 6px; margin-right: 4px; border-radius: 4px; font-size: 12px; background: #eff0f1; }
.lark-font.lark-colour-red, .lark-font.lark-colour-carmine { color: #f54a45; }
.lark-font.lark-colour-green { color: #2ea121; }
.lark-font.lark-colour-grey, .lark-font.lark-colour-gray { color: #8f959e; }
.lark-font.lark-colour-orange { color: #ff8800; }
.lark-font.lark-colour-yellow { color: #dc9b04; }
.lark-font.lark-colour-blue, .lark-font.lark-colour-wathet, .lark-font.lark-colour-indigo { color: #3370ff; }
.lark-font.lark-colour-purple, .lark-font.lark-colour-violet { color: #7f3bf5; }
.lark-font.lark-colour-turquoise { color: #14c0ff; }
.lark-tag.lark-colour-red, .lark-tag.lark-colour-carmine { background: #fde2e2; color: #d83931; }
.lark-tag.lark-colour-green { background: #d9f5d6; color: #237b19; }
.lark-tag.lark-colour-orange, .lark-tag.lark-colour-yellow { background: #feead2; color: #b26206; }
.lark-tag.lark-colour-blue, .lark-tag.lark-colour-wathet, .lark-tag.lark-colour-indigo { background: #e1eaff; color: #245bdb; }
.empty { color: #8f959e; }
`;
