// Bounds on the numbers a block may declare, so that every sum the engine makes stays a finite number.

/** Largest leaf max, scale, per or cap accepted: far above any real table (scales are 100 or 1,000), and
 *  small enough that max × cap summed over thousands of leaves and units can never overflow. */
export const MAX_MAGNITUDE = 1e12;
