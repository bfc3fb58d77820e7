import { describe, expect, it } from 'vitest';
import { arBarContent } from './arPhoneBar.ts';

describe('arBarContent', () => {
  it('while looking for a table: how to place the model, and Exit AR', () => {
    expect(arBarContent('table', false, null)).toEqual({ hint: 'arFindTable', buttons: ['exit'] });
  });

  it('on the table: Place again, and Step inside once a booth is open', () => {
    expect(arBarContent('table', true, null)).toEqual({
      hint: 'arTapBooth',
      buttons: ['place-again', 'exit'],
    });
    expect(arBarContent('table', true, 'koomap').buttons).toEqual(['step-inside', 'place-again', 'exit']);
  });

  it('inside the hall: Back to the table; outside AR nothing but Exit', () => {
    expect(arBarContent('inside', true, 'koomap')).toEqual({
      hint: null,
      buttons: ['back-to-table', 'exit'],
    });
    expect(arBarContent('none', false, null)).toEqual({ hint: null, buttons: ['exit'] });
  });
});
