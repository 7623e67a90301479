import type { ReactNode } from 'react';

/** The HTML around every archive page: its own stylesheet only, nothing inline, kept out of search engines. */
export function ArchiveDocument({ title, stylesheet, children }: { title: string; stylesheet: string; children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
        <link rel="stylesheet" href={stylesheet} />
      </head>
      <body>{children}</body>
    </html>
  );
}
