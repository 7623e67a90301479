import { renderToStaticMarkup } from 'react-dom/server';
import { LarkCard, type LarkCardProps } from './lark-card.tsx';

/** A card's HTML on its own, as the chat page shows it. */
export function cardMarkup(props: LarkCardProps): string {
  return renderToStaticMarkup(<LarkCard {...props} />);
}
