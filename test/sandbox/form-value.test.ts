import { describe, expect, it } from 'vitest';
import { buttonsOf } from '../../lark-stand-in/card-reading.ts';
import { buildDailyCheckCard } from '../../src/lark/cards/daily-check-card.ts';
import { HazardFormFields } from '../../src/lark/cards/card-action-values.ts';
import { formValueFrom } from '../../sandbox/form-value.ts';
import { dailyCheckView } from '../lark/cards/daily-check-views.ts';

const hazardForm = buttonsOf(buildDailyCheckCard(dailyCheckView(), { hazardFormItem: 1 })).find((button) => button.label === '上报隐患')?.form;

describe('the form value a card form submits from the sandbox page', () => {
  it('sends what was written in each input and the option chosen', () => {
    const posted = new Map([
      [HazardFormFields.description, '灭火器过期'],
      [HazardFormFields.measures, '已更换'],
      [HazardFormFields.serious, 'true'],
    ]);
    expect(formValueFrom(hazardForm, posted)).toEqual({
      [HazardFormFields.description]: '灭火器过期',
      [HazardFormFields.measures]: '已更换',
      [HazardFormFields.serious]: 'true',
    });
  });

  it('keeps the option the select opened on when the page posts one the card does not offer, and sends no field the card lacks', () => {
    const posted = new Map([
      [HazardFormFields.description, '灭火器过期'],
      [HazardFormFields.serious, 'maybe'],
      ['invented_field', 'x'],
    ]);
    expect(formValueFrom(hazardForm, posted)).toEqual({ [HazardFormFields.description]: '灭火器过期', [HazardFormFields.serious]: 'false' });
  });
});
