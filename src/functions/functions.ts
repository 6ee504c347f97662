// The KHOI.* custom functions: declarations whose JSDoc generates functions.json. Each is a thin wrapper: coerce the
// Excel arguments, call src/core, turn problems into #VALUE! / #N/A with a message (see docs/functions.md).
import { awardColumn } from "./award";
import { checkColumn } from "./check";
import { boundary } from "./errors";
import { pointsColumn } from "./points";
import { rankColumn } from "./rank";
import { textMatrix } from "./text";
import { totalTable } from "./total";
import { voteMatrix } from "./vote";

interface FunctionsRuntime {
  associate(id: string, fn: (...args: never[]) => unknown): void;
}

function functionsRuntime(): FunctionsRuntime {
  const runtime = (globalThis as { CustomFunctions?: Partial<FunctionsRuntime> }).CustomFunctions;
  return runtime && typeof runtime.associate === "function" ? (runtime as FunctionsRuntime) : { associate: () => undefined };
}

/**
 * The build (custom-functions-metadata-plugin's loader) appends one `CustomFunctions.associate("ID", fn);` line per
 * function to this file, so this module never associates anything itself: each id is associated exactly once.
 * Those appended lines resolve to this binding: Excel's runtime when present, a no-op elsewhere (jest, a task pane
 * in an Excel without custom functions), so loading the module never throws.
 */
export const CustomFunctions: FunctionsRuntime = functionsRuntime();

/**
 * Xếp hạng các đơn vị theo tổng điểm (cao hơn đứng trước; bằng điểm thì cùng hạng: 1, 2, 2, 4). Có thể thêm các cột tiêu chí phụ để phân định đơn vị bằng điểm, xét lần lượt từ trái sang phải.
 * @customfunction RANK
 * @param totals Cột tổng điểm của các đơn vị. Dòng trống cho kết quả trống; ô không phải số cho lỗi #VALUE! ở dòng đó.
 * @param tiebreaks Các cột tiêu chí phụ (cùng số dòng với tổng điểm), xét từ trái sang phải khi tổng điểm bằng nhau. Ô trống tính là 0.
 * @param directions Chiều so sánh của từng cột phụ: "+" là cao hơn thì hơn (mặc định), "-" là thấp hơn thì hơn (điểm trừ). Ví dụ "-+" cho cột điểm trừ rồi cột điểm thưởng.
 * @returns Cột thứ hạng, cùng số dòng với tổng điểm.
 * @helpurl https://localhost:3000/help/rank.html
 */
export function rank(totals: unknown[][], tiebreaks?: unknown[][], directions?: string): unknown[][] {
  return boundary("RANK", () => rankColumn(totals, tiebreaks, directions));
}

/**
 * Chấm điểm một tiêu chí có chỉ tiêu cho mọi đơn vị của khối cùng lúc, theo phương pháp tuyến tính (linear), theo mức (bands), nghịch (inverse, càng thấp càng tốt) hoặc tương đối (relative, so với đơn vị vượt nhiều nhất).
 * @customfunction POINTS
 * @param actuals Cột kết quả thực hiện của các đơn vị.
 * @param targets Cột chỉ tiêu đăng ký trong giao ước, cùng số dòng với kết quả thực hiện.
 * @param max Điểm tối đa của tiêu chí.
 * @param method Phương pháp chấm: "linear", "bands", "inverse" hoặc "relative" (hoặc "tuyến tính", "theo mức", "nghịch", "tương đối").
 * @param option Tùy chọn của phương pháp: với linear là mức trần tỷ lệ (mặc định 1, ví dụ 120%); với bands là bảng mức hai cột (tỷ lệ hoàn thành, phần điểm); với relative là "percent" (mặc định) hoặc "absolute"; inverse thì bỏ trống.
 * @returns Cột điểm của tiêu chí, cùng số dòng với kết quả thực hiện.
 * @helpurl https://localhost:3000/help/points.html
 */
export function points(actuals: unknown[][], targets: unknown[][], max: number, method: string, option?: unknown[][]): unknown[][] {
  return boundary("POINTS", () => pointsColumn(actuals, targets, max, method, option));
}

/**
 * Tính điểm cơ bản, điểm thưởng, điểm trừ và tổng điểm của từng đơn vị từ bảng điểm các tiêu chí: cộng điểm theo nhóm, áp trọng số nhóm nếu có, rồi tổng = điểm cơ bản + thưởng - trừ (không âm).
 * @customfunction TOTAL
 * @param scores Bảng điểm: mỗi dòng một đơn vị, mỗi cột một tiêu chí (kể cả cột điểm thưởng, điểm trừ).
 * @param maxima Dòng điểm tối đa của từng cột tiêu chí.
 * @param groups Dòng ghi nhóm của từng cột: mã nhóm như I, II, III; "thưởng" cho cột điểm thưởng, "trừ" cho cột điểm trừ.
 * @param weights Trọng số các nhóm (tùy chọn, tổng bằng 1): mỗi nhóm một số theo thứ tự xuất hiện, hoặc một dòng ứng với từng cột. Bỏ trống là cộng thẳng.
 * @param scale Thang điểm khi có trọng số, ví dụ 100 hoặc 1000 (mặc định 100).
 * @returns Bốn cột cho mỗi đơn vị: điểm cơ bản, điểm thưởng, điểm trừ, tổng điểm.
 * @helpurl https://localhost:3000/help/total.html
 */
export function total(scores: unknown[][], maxima: unknown[][], groups: unknown[][], weights?: unknown[][], scale?: number): unknown[][] {
  return boundary("TOTAL", () => totalTable(scores, maxima, groups, weights, scale));
}

/**
 * Đề xuất danh hiệu cho từng đơn vị theo thứ hạng và bảng danh hiệu (Cờ thi đua, Bằng khen…): xét danh hiệu theo thứ tự ưu tiên, bỏ qua đơn vị bị loại hoặc chưa đủ điều kiện; không tự chia suất khi các đơn vị đồng hạng ở ranh giới.
 * @customfunction AWARD
 * @param totals Cột tổng điểm của các đơn vị (dùng để xếp hạng nếu không có cột thứ hạng, và để xét điểm tối thiểu).
 * @param tiers Bảng danh hiệu theo thứ tự ưu tiên, mỗi dòng: tên, số suất, điểm tối thiểu, danh hiệu bắt buộc phải có, tỷ lệ phiếu tối thiểu (ba cột sau có thể bỏ trống). Có thể kèm dòng tiêu đề.
 * @param ranks Cột thứ hạng (ví dụ kết quả KHOI.RANK có tiêu chí phụ). Bỏ trống thì xếp hạng theo tổng điểm.
 * @param disqualified Cột lý do không xét khen thưởng: ô có nội dung (hoặc TRUE) thì đơn vị không được danh hiệu nào.
 * @param titles Cột danh hiệu đơn vị đã có, cách nhau bởi dấu ; (ví dụ "TTLĐXS"), để so với danh hiệu bắt buộc.
 * @param yes Số phiếu đồng ý của từng đơn vị: mỗi danh hiệu một cột, cùng thứ tự với bảng danh hiệu.
 * @param members Số thành viên của khối (cần khi có danh hiệu yêu cầu tỷ lệ phiếu).
 * @param present Số thành viên có mặt khi bỏ phiếu (mặc định bằng số thành viên).
 * @param quorum Túc số: tỷ lệ có mặt tối thiểu, ví dụ gõ 2/3 cho hai phần ba (bỏ trống là không yêu cầu).
 * @param denominator Tỷ lệ phiếu tính trên "present" (số có mặt, mặc định) hay "members" (tổng số thành viên).
 * @param strict TRUE nếu tỷ lệ phiếu phải vượt ngưỡng; FALSE (mặc định) nếu đạt ngưỡng là đủ.
 * @returns Cột tên danh hiệu được đề xuất (trống nếu không có), cùng số dòng với tổng điểm.
 * @helpurl https://localhost:3000/help/award.html
 */
export function award(
  totals: unknown[][],
  tiers: unknown[][],
  ranks?: unknown[][],
  disqualified?: unknown[][],
  titles?: unknown[][],
  yes?: unknown[][],
  members?: number,
  present?: number,
  quorum?: number,
  denominator?: string,
  strict?: boolean,
): unknown[][] {
  return boundary("AWARD", () =>
    awardColumn({ totals, tiers, ranks, disqualified, titles, yes, members, present, quorum, denominator, strict }),
  );
}

/**
 * Cho biết mỗi đề cử có đạt tỷ lệ phiếu đồng ý hay không (TRUE/FALSE), có xét túc số, mẫu số (số có mặt hay tổng số thành viên) và yêu cầu vượt ngưỡng.
 * @customfunction VOTE
 * @param yes Số phiếu đồng ý: một ô hoặc một cột, mỗi dòng một đề cử.
 * @param present Số thành viên có mặt khi bỏ phiếu.
 * @param members Tổng số thành viên của khối.
 * @param threshold Tỷ lệ phiếu cần đạt, ví dụ 0,8 hoặc 80%.
 * @param quorum Túc số: tỷ lệ có mặt tối thiểu, ví dụ gõ 2/3 cho hai phần ba (bỏ trống là không yêu cầu).
 * @param denominator Tỷ lệ tính trên "present" (số có mặt, mặc định) hay "members" (tổng số thành viên).
 * @param strict TRUE nếu tỷ lệ phải vượt ngưỡng (như "trên 50%"); FALSE (mặc định) nếu bằng ngưỡng là đủ.
 * @returns TRUE hoặc FALSE cho mỗi số phiếu, cùng hình dạng với vùng số phiếu.
 * @helpurl https://localhost:3000/help/vote.html
 */
export function vote(
  yes: unknown[][],
  present: number,
  members: number,
  threshold: number,
  quorum?: number,
  denominator?: string,
  strict?: boolean,
): unknown[][] {
  return boundary("VOTE", () => voteMatrix(yes, present, members, threshold, quorum, denominator, strict));
}

/**
 * Đối chiếu thứ hạng (và danh hiệu) đã khai trong bảng hoặc biên bản với kết quả tính được: mỗi dòng ghi "OK" hoặc chỉ rõ chỗ sai.
 * @customfunction CHECK
 * @param declaredRanks Cột thứ hạng đã khai.
 * @param computedRanks Cột thứ hạng tính được (ví dụ kết quả KHOI.RANK), cùng số dòng.
 * @param declaredAwards Cột danh hiệu đã khai (tùy chọn; ô trống là không đề xuất danh hiệu).
 * @param computedAwards Cột danh hiệu tính được (ví dụ kết quả KHOI.AWARD), cần khi có cột danh hiệu đã khai.
 * @returns Cột "OK" hoặc nội dung sai lệch của từng dòng.
 * @helpurl https://localhost:3000/help/check.html
 */
export function check(declaredRanks: unknown[][], computedRanks: unknown[][], declaredAwards?: unknown[][], computedAwards?: unknown[][]): unknown[][] {
  return boundary("CHECK", () => checkColumn(declaredRanks, computedRanks, declaredAwards, computedAwards));
}

/**
 * Chuẩn hóa chữ tiếng Việt: chuyển văn bản gõ bằng bảng mã cũ TCVN3 (ABC), VNI hoặc bị lỗi phông UTF-8 sang Unicode dựng sẵn (NFC), bỏ khoảng trắng thừa.
 * @customfunction TEXT
 * @param text Ô hoặc vùng chứa văn bản cần chuẩn hóa, ví dụ tên đơn vị.
 * @returns Văn bản Unicode chuẩn, cùng hình dạng với vùng đầu vào; số giữ nguyên.
 * @helpurl https://localhost:3000/help/text.html
 */
export function text(text: unknown[][]): unknown[][] {
  return boundary("TEXT", () => textMatrix(text));
}
