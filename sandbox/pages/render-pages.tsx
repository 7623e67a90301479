import { renderToStaticMarkup } from 'react-dom/server';
import { ChatPage, type ChatPageProps, WelcomePage } from './chat-page.tsx';
import { type LayoutProps, SandboxLayout } from './sandbox-layout.tsx';

export type PageFrame = Omit<LayoutProps, 'children'>;

function documentOf(markup: string): string {
  return `<!doctype html>${markup}`;
}

export function renderChatPage(frame: PageFrame, chat: ChatPageProps): string {
  return documentOf(
    renderToStaticMarkup(
      <SandboxLayout {...frame}>
        <ChatPage {...chat} />
      </SandboxLayout>,
    ),
  );
}

export function renderWelcomePage(frame: PageFrame): string {
  return documentOf(
    renderToStaticMarkup(
      <SandboxLayout {...frame}>
        <WelcomePage />
      </SandboxLayout>,
    ),
  );
}

export function renderNotFoundPage(frame: PageFrame, text: string): string {
  return documentOf(
    renderToStaticMarkup(
      <SandboxLayout {...frame}>
        <h1>找不到</h1>
        <p>{text}</p>
      </SandboxLayout>,
    ),
  );
}
