/** Two decimals for every stored number; decisions use the unrounded value. */
export const round2 = (value: number): number => Math.round((value + Number.EPSILON) * 100) / 100;
