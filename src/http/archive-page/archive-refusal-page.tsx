import { ArchiveDocument } from './archive-document.tsx';

/** What a refused link shows: what to do, and nothing of the archive it pointed at. */
export function ArchiveRefusalPage({ message, stylesheet }: { message: string; stylesheet: string }) {
  return (
    <ArchiveDocument title="质安助手 档案查阅" stylesheet={stylesheet}>
      <main className="refusal">
        <h1>无法打开档案</h1>
        <p>{message}</p>
      </main>
    </ArchiveDocument>
  );
}
