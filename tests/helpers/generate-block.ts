// A deterministic generator of khoi-block/1 documents for round-trip and parity tests: 4–15 units, every leaf type
// and target method, weights sometimes, tie-break chains, award tiers with titles and ballots, duplicated units
// (exact ties), a few missing, out-of-range or unreadable values.

/** mulberry32: a small seeded PRNG, so a seed always gives the same block. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = Record<string, unknown>;

const UNIT_NAMES = [
  "Công ty Điện lực", "Chi nhánh Ga", "Công ty Xăng dầu", "Công ty Lương thực", "Công ty Bảo Minh", "Cảng vụ Hàng hải",
  "Ban Quản lý các Khu công nghiệp", "Công ty Cấp thoát nước", "Công ty Môi trường đô thị", "Công ty Cà phê", "Tổng công ty Khánh Việt",
  "Bưu điện tỉnh", "Công ty Xổ số kiến thiết", "Công ty Thuỷ lợi", "Công ty Cao su",
];
const PROVINCES = ["Lạng Sơn", "Khánh Hòa", "Đồng Nai", "Hải Phòng", "Bến Tre", "Lai Châu"];

export function generateBlock(seed: number): Json {
  const r = rng(seed * 7919 + 13);
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const chance = (p: number): boolean => r() < p;
  const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;

  const n = int(4, 15);
  const province = pick(PROVINCES);
  const units: Json[] = [];
  for (let i = 0; i < n; i++) {
    const unit: Json = { id: `u${String(i + 1).padStart(2, "0")}`, name: `${UNIT_NAMES[i % UNIT_NAMES.length]} ${province} ${i + 1}` };
    const titles = ["TTLĐXS", "CSTĐ"].filter(() => chance(0.6));
    if (titles.length > 0) unit.titles = titles;
    if (chance(0.1)) unit.disqualified = "Đang trong thời gian xem xét kỷ luật";
    units.push(unit);
  }

  // Criteria: 2–4 groups (one nested sometimes), every leaf type and target method over the 50 seeds.
  const methods = ["linear", "bands", "inverse", "relative"] as const;
  const simpleTypes = ["points", "yesno", "count"] as const;
  const leaves: Json[] = [];
  const makeLeaf = (code: string, forceTarget: boolean): Json => {
    const type = forceTarget || chance(0.45) ? "target" : pick(simpleTypes);
    const max = pick([5, 10, 15, 20, 25]);
    const leaf: Json = { code, name: `Tiêu chí ${code}`, type, max };
    if (type === "count") leaf.per = pick([1, 2, 2.5]);
    if (type === "target") {
      const method = pick(methods);
      leaf.method = method;
      if (method === "linear" && chance(0.5)) leaf.cap = pick([1, 1.2]);
      if (method === "relative") leaf.base = pick(["percent", "absolute"]);
      if (method === "bands") leaf.bands = [[1, 1], [0.9, 0.8], [0.8, 0.5]];
    }
    leaves.push(leaf);
    return leaf;
  };
  const groupCount = int(2, 4);
  const criteria: Json[] = [];
  for (let g = 0; g < groupCount; g++) {
    const code = ["I", "II", "III", "IV"][g];
    const children: Json[] = [];
    const count = int(2, 4);
    for (let k = 0; k < count; k++) children.push(makeLeaf(`${code}.${k + 1}`, g === 0 && k === 0));
    if (chance(0.3)) {
      children.push({ code: `${code}.${count + 1}`, name: `Nhóm con ${code}.${count + 1}`, children: [makeLeaf(`${code}.${count + 1}.a`, false), makeLeaf(`${code}.${count + 1}.b`, false)] });
    }
    criteria.push({ code, name: `Nhóm tiêu chí ${code}`, children });
  }
  if (chance(0.3)) criteria.push(makeLeaf("V", false));
  const bonus: Json = { code: "T", name: "Điểm thưởng", type: "bonus", max: 5 };
  const penalty: Json = { code: "TR", name: "Điểm trừ", type: "penalty", max: 10 };
  if (chance(0.3)) (criteria[0].children as Json[]).push(bonus);
  else criteria.push(bonus);
  criteria.push(penalty);
  leaves.push(bonus, penalty);

  const weighted = chance(0.35);
  const baseGroups = criteria.filter((c) => c.children !== undefined || (c.type !== "bonus" && c.type !== "penalty"));
  if (weighted) {
    // Weights in hundredths that sum to exactly 1 after division.
    let left = 100;
    baseGroups.forEach((g, i) => {
      const w = i === baseGroups.length - 1 ? left : int(10, Math.max(10, left - 10 * (baseGroups.length - i - 1)));
      left -= w;
      g.weight = w / 100;
    });
  }
  const scale = weighted && chance(0.5) ? 1000 : 100;

  // Values: a few template rows copied to other units, so exact ties happen.
  const targets: Record<string, Json> = {};
  const self: Record<string, Json> = {};
  const appraised: Record<string, Json> = {};
  const final: Record<string, Json> = {};
  const leafValue = (leaf: Json, target: number | undefined): unknown => {
    const max = leaf.max as number;
    switch (leaf.type) {
      case "points": return chance(0.05) ? max + 1 : round(r() * max, 1);
      case "yesno": return chance(0.8);
      case "count": return int(0, 4);
      case "bonus": return chance(0.5) ? int(0, 5) : undefined;
      case "penalty": return chance(0.3) ? int(1, 10) : undefined;
      default: {
        if (leaf.method === "inverse") return int(0, 3);
        const t = target ?? 100;
        return round(t * (0.7 + r() * 0.6), 1);
      }
    }
  };
  const templates: string[] = [];
  units.forEach((unit, i) => {
    const id = unit.id as string;
    if (i > 0 && chance(0.25) && templates.length > 0) {
      const from = pick(templates);
      targets[id] = { ...targets[from] };
      self[id] = { ...self[from] };
      if (appraised[from]) appraised[id] = { ...appraised[from] };
      if (final[from]) final[id] = { ...final[from] };
      return;
    }
    templates.push(id);
    const t: Json = {};
    const s: Json = {};
    for (const leaf of leaves) {
      const code = leaf.code as string;
      if (leaf.type === "target") t[code] = leaf.method === "inverse" ? int(0, 2) : pick([50, 100, 120, 250, 1000]);
      if (chance(0.02)) continue; // a missing value now and then
      // Now and then what officers really type: a word in a number cell, 1 or 0 for yes/no.
      const v = chance(0.01) ? "chưa có số liệu" : leaf.type === "yesno" && chance(0.1) ? int(0, 1) : leafValue(leaf, t[code] as number | undefined);
      if (v !== undefined) s[code] = v;
    }
    targets[id] = t;
    self[id] = s;
    if (chance(0.4)) {
      const leaf = pick(leaves.filter((l) => l.type === "points"));
      if (leaf) appraised[id] = { [leaf.code as string]: round(r() * (leaf.max as number), 1) };
    }
    if (chance(0.15)) {
      const leaf = pick(leaves.filter((l) => l.type === "yesno" || l.type === "count"));
      if (leaf) final[id] = { [leaf.code as string]: leaf.type === "yesno" ? chance(0.5) : int(0, 3) };
    }
  });

  // Awards and ballots.
  const tiers: Json[] = [];
  const flag: Json = { id: "flag", label: "Cờ thi đua của UBND tỉnh", count: 1 };
  if (chance(0.5)) flag.minScore = scale === 1000 ? 700 : 70;
  if (chance(0.4)) flag.requires = ["TTLĐXS"];
  if (chance(0.4)) flag.minVoteShare = pick([0.5, 0.7, 0.8]);
  if (chance(0.9)) tiers.push(flag);
  if (chance(0.8)) tiers.push({ id: "merit", label: "Bằng khen của Chủ tịch UBND tỉnh", count: int(1, 3), ...(chance(0.3) ? { minScore: scale === 1000 ? 600 : 60 } : {}) });
  if (chance(0.2)) tiers.push({ id: "cert", label: "Giấy khen", count: int(1, 4) });

  const tieBreak: string[] = [];
  const keys = ["group:I", "penalty", "bonus", "exceeded", ...(tiers.length > 0 ? [`vote:${tiers[0].id as string}`] : []), "group:II"];
  for (const k of keys) if (chance(0.3)) tieBreak.push(k);

  const doc: Json = {
    format: "khoi-block/1",
    block: { name: `Khối thi đua số ${seed} tỉnh ${province}`, year: 2020 + (seed % 5), organizer: `UBND tỉnh ${province}`, leader: "u01" },
    rules: { scale, tieBreak, awards: tiers },
    units,
    criteria,
    targets,
    scores: { self, appraised, final },
  };
  if (chance(0.5)) (doc.rules as Json).vote = { quorum: 0.6667, denominator: pick(["present", "members"]), strict: chance(0.5) };
  if (tiers.length > 0 && chance(0.8)) {
    const yes: Record<string, Record<string, number>> = {};
    const present = chance(0.8) ? n : n - 1;
    for (const tier of tiers) {
      const counts: Record<string, number> = {};
      for (const unit of units) if (chance(0.6)) counts[unit.id as string] = int(0, present);
      if (Object.keys(counts).length === 0) counts[units[0].id as string] = 0;
      yes[tier.id as string] = counts;
    }
    doc.votes = { members: n, present, yes };
  }
  return doc;
}
