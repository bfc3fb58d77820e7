import { describe, expect, it } from 'vitest';
import { BUILD_STAGES, isBuilt, LAST_STAGE } from './buildStages.ts';

describe('hall build stages', () => {
  it('mounts the shell first and the props only after the stands', () => {
    expect(isBuilt('shell', 0)).toBe(true);
    expect(isBuilt('stands', 0)).toBe(false);
    expect(isBuilt('props', 1)).toBe(false);
    expect(isBuilt('props', 2)).toBe(true);
  });

  it('has everything built at the last stage', () => {
    for (const stage of BUILD_STAGES) expect(isBuilt(stage, LAST_STAGE)).toBe(true);
  });
});
