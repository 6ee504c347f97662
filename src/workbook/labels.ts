// Every text the block workbook shows, in Vietnamese and English; readers accept either spelling back.
import type { LeafType, RelativeBase, TargetMethod } from "../core/types";
import type { Language, SheetKey } from "./model";

export const SHEET_NAMES: Record<Language, Record<SheetKey, string>> = {
  vi: {
    guide: "Hướng dẫn", block: "Khối", criteria: "Tiêu chí", targets: "Giao ước", scores: "Chấm điểm",
    detail: "Điểm chi tiết", summary: "Tổng hợp", votes: "Bình xét", log: "Nhật ký", meta: "_khoi",
  },
  en: {
    guide: "Guide", block: "Block", criteria: "Criteria", targets: "Covenant", scores: "Scores",
    detail: "Score detail", summary: "Summary", votes: "Ballots", log: "Log", meta: "_khoi",
  },
};

export const LEAF_TYPE_LABELS: Record<Language, Record<LeafType | "group", string>> = {
  vi: { group: "Nhóm", points: "Điểm", yesno: "Có/Không", count: "Số lần", bonus: "Điểm thưởng", penalty: "Điểm trừ", target: "Chỉ tiêu" },
  en: { group: "Group", points: "Points", yesno: "Yes/No", count: "Count", bonus: "Bonus", penalty: "Penalty", target: "Target" },
};

export const METHOD_LABELS: Record<Language, Record<TargetMethod, string>> = {
  vi: { linear: "Tỷ lệ hoàn thành", bands: "Theo mức", inverse: "Càng thấp càng tốt", relative: "So với đơn vị tốt nhất" },
  en: { linear: "Linear", bands: "Bands", inverse: "Lower is better", relative: "Relative to the best" },
};

export const BASE_LABELS: Record<Language, Record<RelativeBase, string>> = {
  vi: { percent: "Phần trăm", absolute: "Tuyệt đối" },
  en: { percent: "Percent", absolute: "Absolute" },
};

export const YES_NO: Record<Language, { yes: string; no: string }> = {
  vi: { yes: "Có", no: "Không" },
  en: { yes: "Yes", no: "No" },
};

export const DENOMINATOR_LABELS: Record<Language, { present: string; members: string }> = {
  vi: { present: "Số có mặt", members: "Tổng số thành viên" },
  en: { present: "Present", members: "All members" },
};

export type LayerLabelKey = "self" | "appraised" | "final";

export interface Texts {
  title: Record<SheetKey, string>;
  layers: Record<LayerLabelKey, string>;
  info: Record<"name" | "year" | "organizer" | "leader" | "deputy" | "nextLeader" | "nextDeputy" | "note", string>;
  rules: Record<"scale" | "tieBreak" | "layerDivergence" | "quorum" | "denominator" | "strict", string>;
  sections: Record<"info" | "rules" | "awards" | "units" | "leaders", string>;
  leadersHeader: Record<"year" | "leader" | "deputy", string>;
  awardsHeader: Record<"id" | "label" | "count" | "minScore" | "requires" | "minVoteShare", string>;
  unitsHeader: Record<"id" | "name" | "titles" | "disqualified", string>;
  criteriaHeader: Record<"code" | "name" | "parent" | "type" | "max" | "weight" | "method" | "base" | "cap" | "bands" | "per" | "note", string>;
  code: string;
  criterion: string;
  type: string;
  max: string;
  method: string;
  unitsRow: string;
  summaryHeader: Record<"id" | "name" | "base" | "bonus" | "penalty" | "total" | "rank" | "award" | "awardLabel" | "reason", string>;
  helpers: string;
  helperHeader: Record<"roundedTotal" | "candidate" | "granted" | "exceededCount" | "eStar", string>;
  detailBlocks: Record<"effective" | "score" | "excess" | "exceeded", string>;
  votes: Record<"members" | "present" | "quorum" | "issued" | "returned" | "valid" | "yes" | "share" | "exemplary" | "categories" | "nominees" | "chosen", string>;
  categoriesHeader: Record<"id" | "label" | "places" | "minVoteShare", string>;
  nomineesHeader: Record<"category" | "name" | "unit" | "yes" | "share" | "chosen", string>;
  logHeader: Record<"time" | "who" | "what" | "old" | "new" | "cell" | "action" | "reason", string>;
  notes: Record<"scores" | "targets" | "detail" | "summary" | "votes", string>;
  validation: Record<"title" | "number" | "whole" | "yesno" | "share", string>;
  guide: string[];
}

const vi: Texts = {
  title: {
    guide: "HƯỚNG DẪN SỬ DỤNG SỔ CHẤM ĐIỂM", block: "THÔNG TIN KHỐI THI ĐUA", criteria: "BẢNG TIÊU CHÍ CHẤM ĐIỂM",
    targets: "CHỈ TIÊU ĐĂNG KÝ TRONG GIAO ƯỚC THI ĐUA", scores: "BẢNG CHẤM ĐIỂM", detail: "ĐIỂM CHI TIẾT THEO TIÊU CHÍ",
    summary: "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM", votes: "KẾT QUẢ BỎ PHIẾU BÌNH XÉT", log: "NHẬT KÝ THAY ĐỔI", meta: "khoi",
  },
  layers: { self: "Tự chấm", appraised: "Thẩm định", final: "Thống nhất" },
  info: { name: "Tên khối", year: "Năm", organizer: "Cơ quan tổ chức", leader: "Trưởng khối (mã đơn vị)", deputy: "Phó trưởng khối (mã đơn vị)", nextLeader: "Trưởng khối năm sau (mã đơn vị)", nextDeputy: "Phó trưởng khối năm sau (mã đơn vị)", note: "Ghi chú" },
  rules: {
    scale: "Thang điểm", tieBreak: "Tiêu chí phụ khi bằng điểm", layerDivergence: "Ngưỡng chênh lệch tự chấm – thẩm định",
    quorum: "Tỷ lệ có mặt tối thiểu", denominator: "Tỷ lệ phiếu tính trên", strict: "Phải vượt ngưỡng (không tính bằng)",
  },
  sections: { info: "Thông tin chung", rules: "Quy tắc chấm điểm và bình xét", awards: "Hình thức khen thưởng (theo thứ tự ưu tiên)", units: "Đơn vị thành viên", leaders: "Trưởng khối, phó trưởng khối qua các năm" },
  leadersHeader: { year: "Năm", leader: "Trưởng khối", deputy: "Phó trưởng khối" },
  awardsHeader: { id: "Mã", label: "Hình thức khen thưởng", count: "Số lượng", minScore: "Điểm tối thiểu", requires: "Danh hiệu bắt buộc", minVoteShare: "Tỷ lệ phiếu tối thiểu" },
  unitsHeader: { id: "Mã đơn vị", name: "Tên đơn vị", titles: "Danh hiệu đã đạt", disqualified: "Lý do không xét khen thưởng" },
  criteriaHeader: {
    code: "Mã", name: "Tên tiêu chí", parent: "Thuộc nhóm", type: "Loại", max: "Điểm tối đa", weight: "Trọng số", method: "Cách tính",
    base: "Cơ sở so sánh", cap: "Trần tỷ lệ", bands: "Các mức (tỷ lệ:hệ số)", per: "Điểm mỗi lần", note: "Ghi chú",
  },
  code: "Mã tiêu chí", criterion: "Tiêu chí", type: "Loại", max: "Tối đa", method: "Cách tính", unitsRow: "Đơn vị",
  summaryHeader: {
    id: "Mã đơn vị", name: "Tên đơn vị", base: "Điểm cơ bản", bonus: "Điểm thưởng", penalty: "Điểm trừ", total: "Tổng điểm",
    rank: "Xếp hạng", award: "Mã khen thưởng", awardLabel: "Đề nghị khen thưởng", reason: "Lý do không xét",
  },
  helpers: "Cột phụ để tính (không sửa)",
  helperHeader: { roundedTotal: "Tổng làm tròn", candidate: "Ứng viên", granted: "Được xét", exceededCount: "Số chỉ tiêu vượt", eStar: "Mức vượt cao nhất" },
  detailBlocks: { effective: "Giá trị dùng để tính", score: "Điểm đạt", excess: "Mức vượt chỉ tiêu", exceeded: "Vượt chỉ tiêu (1/0)" },
  votes: {
    members: "Tổng số thành viên", present: "Số thành viên có mặt", quorum: "Đủ tỷ lệ có mặt (1 = đủ)",
    issued: "Số phiếu phát ra", returned: "Số phiếu thu về", valid: "Số phiếu hợp lệ", yes: "Phiếu đồng ý", share: "Tỷ lệ",
    exemplary: "Suy tôn điển hình", categories: "Danh hiệu suy tôn và số suất", nominees: "Tập thể, cá nhân được đề cử suy tôn", chosen: "Được suy tôn",
  },
  categoriesHeader: { id: "Mã danh hiệu", label: "Danh hiệu suy tôn", places: "Số suất", minVoteShare: "Tỷ lệ phiếu tối thiểu" },
  nomineesHeader: { category: "Mã danh hiệu", name: "Tập thể / cá nhân được đề cử", unit: "Thuộc đơn vị (mã)", yes: "Phiếu đồng ý", share: "Tỷ lệ", chosen: "Kết quả" },
  logHeader: { time: "Thời gian", who: "Người thực hiện", what: "Nội dung", old: "Giá trị cũ", new: "Giá trị mới", cell: "Ô", action: "Thao tác", reason: "Lý do" },
  notes: {
    scores: "Nhập giá trị theo từng lớp. Giá trị dùng để tính lấy theo thứ tự: Thống nhất, Thẩm định, Tự chấm. Chỉ tiêu định lượng: nhập số thực hiện.",
    targets: "Chỉ tiêu đăng ký của từng đơn vị (theo giao ước).",
    detail: "Trang tính tự động, không sửa trực tiếp.",
    summary: "Xếp hạng theo tổng điểm, bằng điểm thì xét các tiêu chí phụ; khen thưởng theo thứ tự ưu tiên, không chia chỗ khi bằng hạng.",
    votes: "Nhập số phiếu, số phiếu đồng ý cho từng hình thức khen thưởng và kết quả suy tôn điển hình.",
  },
  validation: {
    title: "Giá trị không hợp lệ",
    number: "Nhập một số từ {min} đến {max}.",
    whole: "Nhập một số nguyên không âm.",
    yesno: "Chọn Có hoặc Không.",
    share: "Nhập tỷ lệ từ 0 đến 1 (ví dụ 0,8).",
  },
  guide: [
    "Sổ chấm điểm này do Khối tạo ra cho một khối thi đua. Các trang tính:",
    "• Khối: thông tin khối, quy tắc, hình thức khen thưởng, danh sách đơn vị thành viên.",
    "• Tiêu chí: bảng tiêu chí chấm điểm (khoá, chỉ sửa bằng Khối).",
    "• Giao ước: chỉ tiêu đăng ký của từng đơn vị.",
    "• Chấm điểm: nhập điểm tự chấm, thẩm định, thống nhất. Ô tô đỏ là giá trị không hợp lệ.",
    "• Điểm chi tiết và Tổng hợp: tự động tính tổng điểm, xếp hạng và đề nghị khen thưởng.",
    "• Bình xét: nhập số thành viên, số có mặt và số phiếu đồng ý.",
    "• Nhật ký: mọi thay đổi điểm do Khối ghi lại.",
    "Thứ hạng ô tô vàng là bằng hạng chưa phân định được; dòng tô xanh là đơn vị được đề nghị khen thưởng.",
    "Các công thức chỉ dùng hàm có sẵn của Excel nên mở được ở mọi máy; các trang tính được khoá công thức, không đặt mật khẩu.",
  ],
};

const en: Texts = {
  title: {
    guide: "HOW TO USE THIS SCORING WORKBOOK", block: "EMULATION BLOCK", criteria: "SCORING CRITERIA",
    targets: "TARGETS REGISTERED IN THE COVENANT", scores: "SCORES", detail: "SCORE DETAIL BY CRITERION",
    summary: "SCORE SUMMARY", votes: "BALLOTS", log: "CHANGE LOG", meta: "khoi",
  },
  layers: { self: "Self", appraised: "Appraised", final: "Final" },
  info: { name: "Block name", year: "Year", organizer: "Organizer", leader: "Leader (unit id)", deputy: "Deputy (unit id)", nextLeader: "Next year's leader (unit id)", nextDeputy: "Next year's deputy (unit id)", note: "Note" },
  rules: {
    scale: "Scale", tieBreak: "Tie-break keys", layerDivergence: "Self/appraised divergence threshold",
    quorum: "Quorum", denominator: "Vote share out of", strict: "Must exceed the threshold",
  },
  sections: { info: "Block", rules: "Scoring and ballot rules", awards: "Awards (in order of precedence)", units: "Member units", leaders: "Leaders and deputies by year" },
  leadersHeader: { year: "Year", leader: "Leader", deputy: "Deputy" },
  awardsHeader: { id: "Id", label: "Award", count: "Places", minScore: "Minimum score", requires: "Required titles", minVoteShare: "Minimum vote share" },
  unitsHeader: { id: "Unit id", name: "Unit name", titles: "Titles held", disqualified: "Reason not eligible" },
  criteriaHeader: {
    code: "Code", name: "Criterion", parent: "Parent group", type: "Type", max: "Max", weight: "Weight", method: "Method",
    base: "Excess base", cap: "Cap", bands: "Bands (ratio:fraction)", per: "Points per item", note: "Note",
  },
  code: "Criterion code", criterion: "Criterion", type: "Type", max: "Max", method: "Method", unitsRow: "Unit",
  summaryHeader: {
    id: "Unit id", name: "Unit name", base: "Base", bonus: "Bonus", penalty: "Penalty", total: "Total",
    rank: "Rank", award: "Award id", awardLabel: "Proposed award", reason: "Reason not eligible",
  },
  helpers: "Helper columns (do not edit)",
  helperHeader: { roundedTotal: "Rounded total", candidate: "Candidate", granted: "Granted", exceededCount: "Targets exceeded", eStar: "Best excess" },
  detailBlocks: { effective: "Value used", score: "Score", excess: "Excess over target", exceeded: "Target exceeded (1/0)" },
  votes: {
    members: "Members", present: "Present", quorum: "Quorum met (1 = yes)",
    issued: "Ballots issued", returned: "Ballots returned", valid: "Valid ballots", yes: "Yes votes", share: "Share",
    exemplary: "Exemplary collectives and individuals", categories: "Categories and places", nominees: "Nominees", chosen: "Chosen",
  },
  categoriesHeader: { id: "Category id", label: "Category", places: "Places", minVoteShare: "Minimum share" },
  nomineesHeader: { category: "Category id", name: "Collective / person nominated", unit: "Unit (id)", yes: "Yes votes", share: "Share", chosen: "Result" },
  logHeader: { time: "Time", who: "Who", what: "What", old: "Old value", new: "New value", cell: "Cell", action: "Action", reason: "Reason" },
  notes: {
    scores: "Enter each layer's values. The value used is the first present of Final, Appraised, Self. Target criteria: enter the achieved value.",
    targets: "Each unit's registered targets (covenant).",
    detail: "Computed sheet, do not edit.",
    summary: "Ranked by total, ties broken by the tie-break keys; awards in order of precedence, a tie is never split.",
    votes: "Enter the ballot counts, the yes votes for each award and the exemplary nominees' votes.",
  },
  validation: {
    title: "Invalid value",
    number: "Enter a number from {min} to {max}.",
    whole: "Enter a whole number, 0 or more.",
    yesno: "Choose Yes or No.",
    share: "Enter a share from 0 to 1 (e.g. 0.8).",
  },
  guide: [
    "This scoring workbook was made by Khối for one emulation block. Its sheets:",
    "• Block: block information, rules, awards, member units.",
    "• Criteria: the scoring table (locked; change it with Khối).",
    "• Covenant: each unit's registered targets.",
    "• Scores: self, appraised and final values. A red cell holds an invalid value.",
    "• Score detail and Summary: totals, ranks and proposed awards, computed.",
    "• Ballots: members, present and yes votes.",
    "• Log: every score change Khối makes.",
    "An amber rank is a tie the rules could not break; a green row is a unit proposed for an award.",
    "Formulas use only built-in Excel functions; sheets are protected without a password.",
  ],
};

export const TEXTS: Record<Language, Texts> = { vi, en };

/** Every spelling of a yes/no cell a reader accepts, lower-cased. */
export const YES_WORDS = ["có", "yes"];
export const NO_WORDS = ["không", "no"];
