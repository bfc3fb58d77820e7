import { describe, expect, it } from 'vitest';
import { planVoice } from './voicePlan.ts';

const member = (id: string, role = 'visitor') => ({ id, role });

describe('planVoice', () => {
  it('reaches every visitor in join order, never the docent or a kiosk spectator', () => {
    const plan = planVoice([member('d', 'docent'), member('a'), member('k', 'spectator'), member('b')], 12);
    expect(plan).toEqual({ reached: ['a', 'b'], visitors: 2 });
  });
  it('stops at the peer-to-peer limit and counts the visitors it leaves out', () => {
    const members = Array.from({ length: 30 }, (_, i) => member(`v${i}`));
    const plan = planVoice(members, 12);
    expect(plan.reached).toHaveLength(12);
    expect(plan.reached[11]).toBe('v11');
    expect(plan.visitors).toBe(30);
  });
  it('moves the next visitor up when one leaves', () => {
    const members = ['a', 'b', 'c'].map((id) => member(id));
    expect(planVoice(members, 2).reached).toEqual(['a', 'b']);
    expect(planVoice(members.slice(1), 2).reached).toEqual(['b', 'c']);
  });
});
