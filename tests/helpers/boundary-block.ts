// Blocks that sit ON the boundaries of the rules, not between them: achieved values that are exactly 80 %, 90 %
// or 100 % of a decimal target (60.8 of 76), a linear cap reached exactly, A = T for inverse and relative, a final
// layer over an appraised one over a self one, negative and over-maximum points, a minimum score met exactly by a
// sum of tenths, yes votes exactly at the share (strict and not), the quorum exactly met or just missed.
// Expected numbers are computed here by hand-written decimal arithmetic (integers of hundredths), never by the engine.
import { rng } from "./generate-block";

type Json = Record<string, unknown>;

/** A decimal with `places` decimals from an integer count of 10^-places: the literal an officer types. */
export const decimal = (units: number, places: number): number => Number((units / 10 ** places).toFixed(places));

/** Targets T (2 decimals) and achieved A = fraction × T exactly in decimal (fraction given in hundredths). */
export function exactShare(targetHundredths: number, fractionHundredths: number): { t: number; a: number } {
  // A = T × f, both in hundredths: the product is in ten-thousandths, written exactly as a decimal literal.
  return { t: decimal(targetHundredths, 2), a: decimal(targetHundredths * fractionHundredths, 4) };
}

/** The bands every boundary block uses, with decimal thresholds. */
export const BOUNDARY_BANDS: [number, number][] = [[1, 1], [0.95, 0.9], [0.9, 0.8], [0.8, 0.5], [0.65, 0.25]];

/** The hand-computed fraction of max for a ratio given in hundredths (exact integer comparison). */
export function bandFractionByHand(fractionHundredths: number): number {
  for (const [t, f] of BOUNDARY_BANDS) if (fractionHundredths >= Math.round(t * 100)) return f;
  return 0;
}

/** A block of 5–9 units whose every rule is met or missed exactly at its boundary. */
export function boundaryBlock(seed: number): Json {
  const r = rng(seed * 104729 + 7);
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const n = int(5, 9);
  const units = Array.from({ length: n }, (_, i) => ({
    id: `b${i + 1}`,
    name: `Đơn vị ranh giới ${seed}.${i + 1}`,
    titles: i % 3 === 2 ? [] : ["TTLĐXS"],
    disqualified: i === n - 1 && seed % 4 === 0 ? "Vi phạm kỷ luật" : null,
  }));
  const cap = pick([1, 1.2, 1.5]);
  const criteria = [
    { code: "I", name: "Chỉ tiêu giao", children: [
      { code: "I.1", name: "Doanh thu", type: "target", max: 20, method: "bands", bands: BOUNDARY_BANDS },
      { code: "I.2", name: "Nộp ngân sách", type: "target", max: 15, method: "linear", cap },
      { code: "I.3", name: "Tai nạn lao động", type: "target", max: 10, method: "inverse" },
      { code: "I.4", name: "Giải ngân", type: "target", max: 15, method: "relative", base: pick(["percent", "absolute"]) },
    ] },
    { code: "II", name: "Công tác thi đua", children: [
      { code: "II.1", name: "Báo cáo", type: "points", max: 20 },
      { code: "II.2", name: "Phong trào", type: "points", max: 20 },
    ] },
    { code: "T", name: "Điểm thưởng", type: "bonus", max: 5 },
    { code: "TR", name: "Điểm trừ", type: "penalty", max: 100 },
  ];
  const targets: Record<string, Json> = {};
  const self: Record<string, Json> = {};
  const appraised: Record<string, Json> = {};
  const final: Record<string, Json> = {};
  const fractions = [80, 90, 95, 100, 65, 79, 81, 120];
  units.forEach((u, i) => {
    const band = exactShare(int(100, 99999), fractions[(i + seed) % fractions.length]);
    const linearT = int(100, 99999);
    const linear = exactShare(linearT, Math.round(cap * 100) * (i % 2 === 0 ? 1 : 0) + (i % 2 === 0 ? 0 : pick([80, 100, 150])));
    const inverseT = int(0, 3);
    const relativeT = decimal(int(100, 50000), 2);
    targets[u.id] = { "I.1": band.t, "I.2": linear.t, "I.3": inverseT, "I.4": relativeT };
    // Points in tenths whose sums land on decimal boundaries (0.7 + 0.1 = 0.7999999999999999).
    const s: Json = {
      "I.1": band.a,
      "I.2": linear.a,
      "I.3": i % 3 === 0 ? inverseT : inverseT + 1,
      "I.4": i % 4 === 0 ? relativeT : decimal(Math.round(relativeT * 100) * pick([90, 110, 125]), 4),
      "II.1": decimal(int(0, 200), 1),
      "II.2": decimal(int(0, 200), 1),
    };
    if (i === 1) s["II.2"] = -1; // negative: SCORE_OUT_OF_RANGE, counts 0 (no other layer covers it)
    if (i === 2) s["II.1"] = 21; // over the maximum: counts 20
    if (i % 2 === 0) s.T = decimal(int(0, 50), 1);
    if (i === n - 2) s.TR = 100; // a penalty larger than the base: the total is floored at 0
    self[u.id] = s;
    if (i % 3 === 1) appraised[u.id] = { "II.1": decimal(int(0, 200), 1), "I.1": band.a };
    if (i % 3 === 2) {
      appraised[u.id] = { "II.2": decimal(int(0, 200), 1) };
      final[u.id] = { "II.2": decimal(int(0, 200), 1) }; // final over appraised over self
    }
  });
  // Two units with the same points, so totals tie exactly and the minimum score sits on a sum of tenths.
  self[units[3].id] = { ...self[units[0].id] };
  targets[units[3].id] = { ...targets[units[0].id] };
  // A third with the same scores, whose inverse value is BELOW its target (same score: the maximum) where the
  // first's equals it: only the `exceeded` tie-break tells them apart (meeting a target is not exceeding it).
  const inverseTarget = Math.max(1, targets[units[0].id]["I.3"] as number);
  for (const i of [0, 3, 4]) {
    targets[units[i].id] = { ...targets[units[0].id], "I.3": inverseTarget };
    self[units[i].id] = { ...self[units[0].id], "I.3": i === 4 ? inverseTarget - 1 : inverseTarget };
    delete appraised[units[i].id];
    delete final[units[i].id];
  }

  const members = n;
  const present = seed % 3 === 0 || seed % 7 === 0 ? n - 1 : n;
  const strict = seed % 2 === 0;
  // A threshold that some unit's yes count hits exactly: yes / denominator = share.
  const denominator = seed % 5 === 0 ? "members" : "present";
  const d = denominator === "members" ? members : present;
  const yesAtShare = Math.max(1, d - 1);
  const share = yesAtShare / d;
  const shareLiteral = Number(share.toFixed(4)); // as typed: 0.8, 0.8333 …
  const yes: Record<string, number> = {};
  units.forEach((u, i) => { yes[u.id] = i % 2 === 0 ? yesAtShare : Math.max(0, yesAtShare - 1 + (i % 4 === 1 ? 1 : 0)); });
  // The quorum exactly met (present / members) or just missed.
  const quorum = seed % 7 === 0 && present < members ? Number(((present + 1) / members).toFixed(4)) : Number((present / members).toFixed(4));
  return {
    format: "khoi-block/1",
    block: { name: `Khối ranh giới ${seed}`, year: 2024, leader: "b1" },
    rules: {
      scale: 100,
      tieBreak: ["group:I", "penalty", "exceeded"],
      awards: [
        { id: "flag", label: "Cờ thi đua", count: 1, minScore: 10, requires: ["TTLĐXS"], minVoteShare: shareLiteral },
        // The minimum of the second tier is the first unit's total summed by hand in tenths: met exactly.
        { id: "merit", label: "Bằng khen", count: 2, minScore: handTotalOfFirstUnit(self[units[0].id], fractions[seed % fractions.length], cap) },
      ],
      vote: { quorum, denominator, strict },
    },
    units,
    criteria,
    targets,
    scores: { self, appraised, final },
    votes: { members, present, yes: { flag: yes } },
  };
}

/** The first unit's total by hand, in tenths: every one of its values sits on a boundary whose score is exact
 *  (band reached exactly, linear at its cap, inverse and relative with A = T), plus its points and bonus. */
export function handTotalOfFirstUnit(scores: Json, bandHundredths: number, cap: number): number {
  const tenths = (v: unknown): number => (typeof v === "number" ? Math.round(v * 10) : 0);
  const band = Math.round(bandFractionByHand(bandHundredths) * 20 * 10);
  const linear = Math.round(15 * cap * 10);
  const total = band + linear + 100 + 75 + tenths(scores["II.1"]) + tenths(scores["II.2"]) + tenths(scores.T);
  return decimal(total, 1);
}
