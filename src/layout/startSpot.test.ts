import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeHallLayout } from './computeHallLayout.ts';
import { startSpot } from './startSpot.ts';

const layout = computeHallLayout(
  (
    JSON.parse(readFileSync('public/content/exhibition.json', 'utf8')) as {
      booths: { id: string; sector: string }[];
    }
  ).booths,
);

describe('where a browser visitor starts', () => {
  it.each([16 / 9, 16 / 10, 21 / 9])('at the spawn on a %f desktop', (aspect) => {
    expect(startSpot(layout, aspect)).toEqual(layout.entrance.spawn);
  });

  it.each([4 / 3, 9 / 16, 390 / 844])('at the back of the plaza, just inside the door, at %f', (aspect) => {
    const spot = startSpot(layout, aspect);
    expect(spot).toEqual(layout.entrance.backSpawn);
    expect(spot.z).toBeGreaterThan(layout.entrance.spawn.z);
    expect(spot.z).toBeLessThan(0); // the door
  });
});
