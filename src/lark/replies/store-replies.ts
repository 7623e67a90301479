import type { StoreRefusals } from '../../ports/store.ts';
import type { RefusalWording } from './refusal-wording-type.ts';

export const storeRefusalWording: RefusalWording<StoreRefusals> = {
  'store.done-elsewhere': () => '同一操作正在或已经由另一处理完成，本次未做任何更改。',
};
