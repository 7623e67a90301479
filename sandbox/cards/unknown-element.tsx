/** An element the sandbox cannot draw is named, so a missing piece of a card is seen rather than silently lost. */
export function UnknownElement({ tag }: { tag: string }) {
  return <div className="card-unknown">无法显示的卡片元素：{tag || '（无 tag）'}</div>;
}
