// Vietnamese messages of every finding, one function per FindingCode: what is wrong, where, and what counts meanwhile.
import { MAX_MAGNITUDE } from "../limits";
import type { LayerName } from "../types";
import { formatList, formatNumber, formatPercent, formatValue, looksLikeTypedNumber } from "./format";
import type { CriterionRef, IneligibleReason, MessageParams, MessageTable, Source, TierRef, UnitRef } from "./params";

const LIMIT = formatNumber(MAX_MAGNITUDE, "vi");
/** A name or number the message needs, "?" when a caller left it out. */
const txt = (v: unknown): string => (v === undefined || v === null ? "?" : String(v));
const num = (n: number | null | undefined): string => formatNumber(n, "vi");
const raw = (v: unknown): string => formatValue(v, "vi");
const pct = (s: number | null | undefined): string => formatPercent(s, "vi");
const unitName = (u: UnitRef | undefined): string => (u ? u.name || u.id : "?");
const unitList = (us: UnitRef[] | undefined): string => formatList((us ?? []).map(unitName), "vi");
const criterion = (c: CriterionRef | undefined): string => (c ? (c.name ? `tiêu chí ${c.code} «${c.name}»` : `tiêu chí ${c.code}`) : "?");
const criterionTitle = (c: CriterionRef | undefined): string => (c ? (c.name ? `Tiêu chí ${c.code} «${c.name}»` : `Tiêu chí ${c.code}`) : "?");
const tier = (t: TierRef | null | undefined): string => (t ? `«${t.label || t.id}»` : "?");
const subject = (p: MessageParams): string => [p.unit ? unitName(p.unit) : "", p.criterion ? criterion(p.criterion) : ""].filter(Boolean).join(" – ");

const LAYER: Record<LayerName, string> = { self: "điểm tự chấm", appraised: "điểm thẩm định", final: "điểm thống nhất" };
const layer = (l: LayerName | undefined): string => (l ? LAYER[l] : "giá trị");

const SOURCE: Record<Source, string> = {
  "scores.self": "Bảng điểm tự chấm",
  "scores.appraised": "Bảng điểm thẩm định",
  "scores.final": "Bảng điểm thống nhất",
  targets: "Bảng chỉ tiêu đăng ký",
  votes: "Kết quả bỏ phiếu",
  "declared.ranks": "Thứ hạng khai báo",
  "declared.awards": "Danh sách đề nghị khen thưởng",
  "block.leader": "Trưởng khối",
  "block.deputy": "Phó trưởng khối",
};
const source = (s: Source | undefined): string => (s ? SOURCE[s] : "Tệp khối");

const VALUE_HINT: Record<string, string> = {
  points: "phải là một số",
  bonus: "phải là một số",
  penalty: "phải là một số",
  yesno: "phải là Có/Không (true/false hoặc 1/0)",
  count: "phải là số lần, số nguyên từ 0 trở lên",
  target: "kết quả thực hiện phải là số từ 0 trở lên",
};

function reason(r: IneligibleReason): string {
  switch (r.kind) {
    case "disqualified": return `đang không được xét khen thưởng (${r.reason})`;
    case "minScore": return `tổng điểm ${num(r.total)} thấp hơn mức tối thiểu ${num(r.minScore)}`;
    case "requires": return `chưa có danh hiệu ${formatList(r.missing, "vi")}`;
    case "vote":
      return r.share === null
        ? "chưa có kết quả bỏ phiếu"
        : `tỷ lệ phiếu đồng ý ${pct(r.share)} chưa ${r.strict ? "vượt" : "đạt"} ${pct(r.threshold)}`;
  }
}

const FORMAT: Record<string, (path: string, p: MessageParams) => string> = {
  document: () => "Tệp không phải là một khối thi đua: nội dung phải là một đối tượng JSON.",
  format: (_, p) => `Tệp không phải là khối thi đua của Khối: "format" phải là "khoi-block/1"${p.value === undefined ? "" : ` (đang là «${raw(p.value)}»)`}.`,
  missing: (path) => `Thiếu ${path} (bắt buộc).`,
  object: (path) => `${path} phải là một đối tượng {…}.`,
  array: (path) => `${path} phải là một danh sách […].`,
  nonEmptyArray: (path) => `${path} phải có ít nhất một phần tử.`,
  text: (path) => `${path} phải là chuỗi ký tự.`,
  nonEmptyText: (path) => `${path} không được để trống.`,
  integer: (path) => `${path} phải là số nguyên.`,
  number: (path) => `${path} phải là số.`,
  textOrNull: (path) => `${path} phải là chuỗi ký tự hoặc null.`,
  textList: (path) => `${path} phải là danh sách các chuỗi ký tự.`,
  tooDeep: (path) => `Bảng tiêu chí lồng nhau quá 20 cấp ở ${path}; hãy gộp bớt các nhóm (bảng tiêu chí thường chỉ có 2–3 cấp).`,
  internal: (_, p) => `Không đọc được khối do một lỗi ngoài dự kiến${p.detail ? ` (${p.detail})` : ""}; hãy gửi tệp này cho người phát triển.`,
};

const CRITERIA: Record<string, (p: MessageParams) => string> = {
  type: (p) => `loại tiêu chí «${raw(p.value)}» không hợp lệ (phải là points, yesno, count, bonus, penalty hoặc target)`,
  max: (p) => `điểm tối đa phải là số lớn hơn 0 và không quá ${LIMIT} (đang là «${raw(p.value)}»)`,
  method: (p) => `cách tính «${raw(p.value)}» không hợp lệ (phải là linear, bands, inverse hoặc relative)`,
  bands: () => "các mức (bands) phải là danh sách các cặp [tỷ lệ hoàn thành, phần điểm] với tỷ lệ từ 0 trở lên và phần điểm từ 0 đến 1",
  cap: (p) => `mức trần (cap) phải là số lớn hơn 0 và không quá ${LIMIT} (đang là «${raw(p.value)}»)`,
  per: (p) => `điểm mỗi lần (per) phải là số lớn hơn 0 và không quá ${LIMIT} (đang là «${raw(p.value)}»)`,
  base: (p) => `cách tính mức vượt (base) «${raw(p.value)}» phải là percent hoặc absolute`,
};

const RULES: Record<string, (p: MessageParams) => string> = {
  scale: (p) => `thang điểm phải là số lớn hơn 0 và không quá ${LIMIT} (đang là «${raw(p.value)}»); tạm dùng 100`,
  tieBreakList: () => "các tiêu chí phụ (tieBreak) phải là một danh sách; bỏ qua",
  tieBreakKey: (p) => `tiêu chí phụ «${raw(p.value)}» không hợp lệ (dùng group:MÃ_NHÓM, penalty, bonus, exceeded hoặc vote:MÃ_KHEN_THƯỞNG); bỏ qua`,
  tieBreakGroup: (p) => `tiêu chí phụ «${raw(p.value)}» ghi mã tiêu chí không có trong bảng tiêu chí; bỏ qua`,
  tieBreakVote: (p) => `tiêu chí phụ «${raw(p.value)}» ghi hình thức khen thưởng không có trong quy tắc; bỏ qua`,
  awardsList: () => "các hình thức khen thưởng (awards) phải là một danh sách; bỏ qua",
  awardEntry: () => "mỗi hình thức khen thưởng phải là một đối tượng {…}; bỏ qua",
  awardId: () => "hình thức khen thưởng thiếu mã (id); bỏ qua hình thức này",
  awardCount: (p) => `số suất (count) phải là số nguyên từ 1 trở lên (đang là «${raw(p.value)}»); bỏ qua hình thức này`,
  awardDuplicate: (p) => `mã khen thưởng «${raw(p.value)}» bị trùng; chỉ dùng mục đầu tiên`,
  minScore: (p) => `điểm tối thiểu (minScore) phải là một số (đang là «${raw(p.value)}»); bỏ qua hình thức này`,
  requires: () => "danh hiệu yêu cầu (requires) phải là danh sách các chuỗi ký tự; bỏ qua hình thức này",
  threshold: (p) => `tỷ lệ phiếu tối thiểu (minVoteShare) phải từ 0 đến 1 (đang là «${raw(p.value)}»); bỏ qua hình thức này`,
  quorum: (p) => `tỷ lệ có mặt tối thiểu (quorum) phải từ 0 đến 1 (đang là «${raw(p.value)}»); bỏ qua`,
  denominator: (p) => `mẫu số (denominator) «${raw(p.value)}» phải là present hoặc members; tạm dùng present`,
  strict: (p) => `strict phải là true hoặc false (đang là «${raw(p.value)}»); tạm dùng false`,
  voteRules: () => "quy tắc bỏ phiếu (vote) phải là một đối tượng {…}; bỏ qua",
  layerDivergence: (p) => `mức chênh lệch cho phép (layerDivergence) phải là số từ 0 trở lên (đang là «${raw(p.value)}»); tạm dùng 0,1`,
};

const LEGACY: Record<string, string> = {
  tcvn3: "bảng mã TCVN3 (ABC, phông .VnTime)",
  vni: "bảng mã VNI (phông VNI-Times)",
  mojibake: "chữ UTF-8 bị đọc nhầm theo bảng mã Windows-1252",
};

export const vi: MessageTable = {
  FORMAT_INVALID: (p) => (FORMAT[p.formatProblem ?? "document"] ?? FORMAT.document)(p.path ?? "", p),
  UNIT_DUPLICATE: (p) => {
    const [a, b] = p.units ?? [];
    return p.duplicateBy === "id"
      ? `Mã đơn vị «${txt(a?.id)}» được dùng cho nhiều đơn vị: «${unitName(a)}» và «${unitName(b)}». Mỗi đơn vị phải có mã riêng.`
      : `Hai đơn vị trùng tên: «${unitName(a)}» (mã ${txt(a?.id)}) và «${unitName(b)}» (mã ${txt(b?.id)}). Mỗi đơn vị chỉ được khai một lần.`;
  },
  UNIT_LEGACY_ENCODING: (p) =>
    `${p.criterion ? `Tên tiêu chí ${p.criterion.code}` : "Tên đơn vị"} «${txt(p.text)}» có vẻ được gõ bằng ${LEGACY[p.encoding ?? "mojibake"]}, không phải Unicode; ${typeof p.offer === "string" ? `chuyển thành «${p.offer}»?` : "hãy chuyển sang Unicode dựng sẵn để tên hiển thị và so khớp đúng."}`,
  UNIT_UNKNOWN: (p) => `${source(p.source)}: mã đơn vị «${txt(p.code)}» không có trong danh sách đơn vị của Khối.`,
  CRITERION_UNKNOWN: (p) =>
    `${source(p.source)}: mã tiêu chí «${txt(p.code)}» ${p.isGroup ? "là một nhóm tiêu chí, không phải tiêu chí để chấm điểm" : "không có trong bảng tiêu chí"}${p.units?.length ? ` (đơn vị: ${unitList(p.units)})` : ""}; giá trị này không được tính.`,
  CRITERIA_DUPLICATE_CODE: (p) =>
    `Mã tiêu chí «${txt(p.code)}» được dùng cho nhiều mục: ${formatList((p.names ?? []).map((n) => `«${n}»`), "vi")}. Mỗi tiêu chí phải có mã riêng.`,
  CRITERIA_INVALID: (p) =>
    p.criteriaProblem === "emptyGroup"
      ? `Nhóm tiêu chí ${p.criterion?.code} «${p.criterion?.name}»: không có tiêu chí nào được chấm điểm (ngoài điểm thưởng, điểm trừ); nhóm này không được tính vào điểm cơ bản.`
      : `${criterionTitle(p.criterion)}: ${(CRITERIA[p.criteriaProblem ?? "type"] ?? CRITERIA.type)(p)}; tiêu chí này tính 0 điểm cho mọi đơn vị.`,
  CRITERIA_MAX_SUM_MISMATCH: (p) =>
    `Tổng điểm tối đa của các nhóm tiêu chí là ${num(p.sum)}, khác thang điểm ${num(p.scale)}; hãy kiểm tra lại bảng điểm hoặc thang điểm (rules.scale).`,
  RULES_INVALID: (p) => `Quy tắc ${txt(p.path)}: ${(RULES[p.rulesProblem ?? "tieBreakKey"] ?? RULES.tieBreakKey)(p)}.`,
  WEIGHTS_INVALID: (p) => {
    const parts: string[] = [];
    if (p.codes?.length) parts.push(`nhóm ${formatList(p.codes, "vi")} chưa có trọng số lớn hơn 0`);
    if (typeof p.sum === "number" && Math.abs(p.sum - 1) > 1e-9) parts.push(`tổng trọng số là ${formatNumber(p.sum, "vi", 6)}, phải bằng 1`);
    return `Trọng số các nhóm tiêu chí không hợp lệ: ${parts.join("; ")}. Tạm tính điểm cơ bản bằng tổng điểm các nhóm, không trọng số.`;
  },
  SCORE_MISSING: (p) =>
    `${subject(p)}: chưa có ${p.leafType === "target" ? "kết quả thực hiện" : "điểm"} ở lớp điểm nào (tự chấm, thẩm định, thống nhất); tạm tính 0 điểm.`,
  SCORE_INVALID: (p) => {
    const what = p.leafType === "target" ? `kết quả thực hiện (${layer(p.layer)})` : layer(p.layer);
    const hint = typeof p.offer === "number"
      ? `đây là chữ, không phải số — chuyển thành ${formatNumber(p.offer, "vi", 6)}?`
      : looksLikeTypedNumber(p.value)
      ? "đây là chữ, không phải số (thường do dấu thập phân hoặc dấu phân cách hàng nghìn); hãy nhập lại dưới dạng số"
      : VALUE_HINT[p.leafType ?? "points"] ?? VALUE_HINT.points;
    return `${subject(p)}: ${what} «${raw(p.value)}» không hợp lệ — ${hint}; tạm tính 0 điểm.`;
  },
  SCORE_OUT_OF_RANGE: (p) =>
    `${subject(p)}: ${layer(p.layer)} ${raw(p.value)} nằm ngoài khoảng 0–${num(p.max)}; tạm tính ${num(p.counted)}.`,
  TARGET_MISSING: (p) =>
    p.value === undefined || p.value === null
      ? `${subject(p)}: chưa có chỉ tiêu đăng ký trong giao ước. Tiêu chí này tạm tính 0 điểm.`
      : `${subject(p)}: chỉ tiêu đăng ký «${raw(p.value)}» không hợp lệ (phải là số ${p.method === "inverse" ? "từ 0 trở lên" : "lớn hơn 0"}). Tiêu chí này tạm tính 0 điểm.`,
  LAYER_DIVERGENCE: (p) =>
    `${subject(p)}: điểm tự chấm (${num(p.self)}) và điểm thẩm định (${num(p.appraised)}) chênh nhau ${num(Math.abs((p.self ?? 0) - (p.appraised ?? 0)))} điểm, quá mức cho phép ${num(p.limit)} điểm.`,
  TIE_UNRESOLVED: (p) =>
    `${unitList(p.units)} bằng điểm (${num(p.total)}) và vẫn bằng nhau sau mọi tiêu chí phụ nên cùng xếp hạng ${txt(p.rank)}; Khối cần quyết định thứ tự (thêm tiêu chí phụ hoặc bỏ phiếu).`,
  TIE_AT_AWARD_BOUNDARY: (p) =>
    `${unitList(p.units)} cùng hạng ${txt(p.rank)} nhưng ${tier(p.tier)} chỉ còn ${txt(p.places)} suất; chưa đơn vị nào trong số này được xét ${tier(p.tier)}. Khối cần phân định (thêm tiêu chí phụ hoặc bỏ phiếu).`,
  VOTE_QUORUM_NOT_MET: (p) => {
    const tiers = formatList((p.tiers ?? []).map(tier), "vi");
    if (!(typeof p.members === "number" && p.members > 0)) return `Chưa có kết quả bỏ phiếu (số thành viên của Khối); chưa xét ${tiers}.`;
    return `Số thành viên dự họp chưa đủ: có mặt ${num(p.present ?? 0)}/${num(p.members)}, cần ít nhất ${pct(p.quorum)}; chưa xét ${tiers}.`;
  },
  VOTE_THRESHOLD_NOT_MET: (p) => {
    const base = p.denominator === "members" ? `${num(p.members)} thành viên` : `${num(p.present)} thành viên có mặt`;
    return `${unitName(p.unit)} đạt ${pct(p.share)} phiếu đồng ý (${num(p.yes)}/${base}), chưa ${p.strict ? "vượt" : "đạt"} tỷ lệ ${pct(p.threshold)} để được đề nghị ${tier(p.tier)}.`;
  },
  RANK_MISMATCH: (p) => `${unitName(p.unit)}: thứ hạng khai báo là ${num(p.declaredRank)}, nhưng thứ hạng tính theo điểm là ${txt(p.computedRank)}.`,
  AWARD_INELIGIBLE: (p) =>
    `${unitName(p.unit)} được đề nghị ${tier(p.tier)} nhưng chưa đủ điều kiện: ${(p.reasons ?? []).map(reason).join("; ")}.`,
  AWARD_QUOTA_EXCEEDED: (p) =>
    `${tier(p.tier)} chỉ có ${txt(p.count)} suất nhưng được đề nghị cho ${p.units?.length ?? 0} đơn vị: ${unitList(p.units)}.`,
  AWARD_MISMATCH: (p) =>
    p.unknownTier !== undefined
      ? `${unitName(p.unit)} được đề nghị «${p.unknownTier}», không phải hình thức khen thưởng nào trong quy tắc của Khối.`
      : `${unitName(p.unit)}: đề nghị khai báo là ${p.declaredTier ? tier(p.declaredTier) : "không khen thưởng"}, nhưng theo kết quả tính được là ${p.computedTier ? tier(p.computedTier) : "không được khen thưởng"}.`,
  CELL_IGNORED: (p) => `Ô ${txt(p.where)} có «${txt(p.text)}» nằm ngoài các vùng Khối đọc nên không được tính; thêm đơn vị, tiêu chí bằng trang Thiết lập hoặc xoá ô này.`,
  FORMULA_OVERWRITTEN: (p) => `Công thức ở ô ${txt(p.where)} đã bị ghi đè (${txt(p.text)}); kết quả ở ô này không còn do Khối tính. Áp dụng lại Thiết lập để khôi phục công thức.`,
  TOTAL_MISMATCH: (p) => `${unitName(p.unit)}: tổng điểm trong sổ là ${num(p.declared)}, nhưng tổng điểm tính được là ${num(p.expected)}.`,
  ROW_MISSING: (p) => `${p.unit ? unitName(p.unit) : criterion(p.criterion)} không có dòng trên trang ${txt(p.where)} (dòng đã bị xoá?); áp dụng lại Thiết lập để khôi phục.`,
  ENCODING_INVALID: (p) => `Tệp không phải văn bản UTF-8 hợp lệ (${txt(p.detail)}): các chữ có dấu có thể đã bị hỏng. Lưu lại tệp với mã hoá UTF-8.`,
  BALLOT_COUNTS_INVALID: (p) => {
    const [a, b] = p.counts ?? [NaN, NaN];
    switch (p.countProblem) {
      case "present>members": return `Số thành viên có mặt (${num(a)}) lớn hơn số thành viên của Khối (${num(b)}).`;
      case "returned>issued": return `Số phiếu thu về (${num(a)}) lớn hơn số phiếu phát ra (${num(b)}).`;
      case "valid>returned": return `Số phiếu hợp lệ (${num(a)}) lớn hơn số phiếu thu về (${num(b)}).`;
      case "yes>present": return `${unitName(p.unit)} có ${num(a)} phiếu đồng ý ${p.tier ? tier(p.tier) : `«${txt(p.category)}»`}, nhiều hơn số thành viên có mặt (${num(b)}).`;
      default: return `${p.unit ? unitName(p.unit) : `«${txt(p.text)}»`} có ${num(a)} phiếu đồng ý ${p.tier ? tier(p.tier) : `«${txt(p.category)}»`}, nhiều hơn số phiếu hợp lệ (${num(b)}).`;
    }
  },
  EXEMPLARY_TIE: (p) =>
    `Suy tôn «${txt(p.category)}»: ${formatList((p.names ?? []).map((n) => `«${n}»`), "vi")} bằng phiếu nhau (${num(p.yes)} phiếu) ở suất cuối cùng (còn ${txt(p.places)} suất); chưa ai được chọn — Khối cần bỏ phiếu lại hoặc quyết định.`,
  LEADER_INVALID: (p) =>
    p.leaderProblem === "same"
      ? `${unitName(p.unit)} được chọn vừa làm Trưởng khối vừa làm Phó trưởng khối năm sau; chọn hai đơn vị khác nhau.`
      : `${unitName(p.unit)} được chọn làm ${p.role === "deputy" ? "Phó trưởng khối" : "Trưởng khối"} năm sau nhưng không đủ điều kiện khen thưởng (${txt(p.text)}).`,
  LOG_CUT: (p) => {
    const [a, b] = p.counts ?? [NaN, NaN];
    return p.logProblem === "changed"
      ? `Dòng thứ ${num(a)} của Nhật ký (trong ${num(b)} dòng có lúc niêm phong) đã bị sửa hoặc xoá sau khi niêm phong: Nhật ký không còn đủ để biết ai đã sửa gì.`
      : `Nhật ký bị cắt sau khi niêm phong: lúc niêm phong có ${num(a)} dòng, nay chỉ còn ${num(b)} dòng. Những thay đổi đã ghi có thể đã bị xoá.`;
  },
  FORMULA_BROKEN: (p) => {
    const why = p.brokenProblem === "foreign"
      ? "trỏ hàm KHOI.* sang một tệp khác (đường dẫn hoặc [1]), nên ô báo #NAME?"
      : p.brokenProblem === "noCustomFunctions"
        ? "dùng hàm KHOI.* mà Excel này không chạy được, nên ô báo #NAME?"
        : "có hàm KHOI.* bị Excel lưu với tiền tố _xldudf_ (mở trên máy chưa cài Khối), nên ô báo #NAME?";
    return `Công thức ở ô ${txt(p.where)} ${why}: =${txt(p.text)}. Bấm «Sửa công thức» (hoặc chạy khoi repair) để ghi lại công thức của Khối: =${txt(p.formula)}.`;
  },
};
