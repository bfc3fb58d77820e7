/** A box in the hall: centre, size, turn about y and colour (stands, tiles, boards, panels, the shell). */
export interface BoxSpec {
  x: number;
  y: number;
  z: number;
  w: number;
  h: number;
  d: number;
  rotationY: number;
  color: string;
}
