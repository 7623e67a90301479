const URL_PATTERN = /https?:\/\/[^\s<>"'，。；、）】]+/g;

/** Text as the chat shows it, with each web address a link that opens in a new tab. */
export function LinkedText({ text }: { text: string }) {
  const parts: Array<string | { url: string }> = [];
  let from = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    parts.push(text.slice(from, match.index), { url: match[0] });
    from = match.index + match[0].length;
  }
  parts.push(text.slice(from));
  return (
    <>
      {parts.map((part, index) =>
        typeof part === 'string' ? (
          part
        ) : (
          <a key={index} href={part.url} target="_blank" rel="noopener noreferrer">
            {part.url}
          </a>
        ),
      )}
    </>
  );
}
