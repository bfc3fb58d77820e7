/** One piece of 3D text, fully described by data: where it is, how big, what it says. */
export interface LabelSpec {
  key: string;
  text: string;
  x: number;
  y: number;
  z: number;
  rotationY: number;
  fontSize: number;
  maxWidth?: number;
  anchorX: 'left' | 'center' | 'right';
  anchorY: 'top' | 'middle' | 'bottom' | 'top-baseline';
  color: string;
  bold: boolean;
  lineHeight?: number;
  /** At most this many lines (of `maxWidth`, or `clampWidth` for text that does not wrap): the rest is cut with "…". */
  maxLines?: number;
  /** Width a one-line label without `maxWidth` must stay within. */
  clampWidth?: number;
  /** Booth the label belongs to (for culling and highlighting). */
  boothId?: string;
}

export type LabelStyle = Pick<LabelSpec, 'fontSize' | 'anchorX' | 'anchorY' | 'color' | 'bold'> &
  Partial<Pick<LabelSpec, 'maxWidth' | 'lineHeight' | 'maxLines' | 'clampWidth'>>;
