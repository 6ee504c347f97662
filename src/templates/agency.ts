// Built-in template: a block of state agencies or management boards, 100 points in three groups.
import type { BlockTemplate } from "./template";
import { defaultAwards, DEFAULT_VOTE } from "./common-rules";

export const agencyTemplate: BlockTemplate = {
  id: "agency-100",
  name: "Khối cơ quan nhà nước, Ban Quản lý (thang 100 điểm)",
  nameEn: "State agencies or management boards (100-point scale)",
  description: "Nhiệm vụ chuyên môn, giải ngân, thu hút đầu tư, cải cách hành chính, thi đua và xây dựng nội bộ.",
  descriptionEn: "Professional tasks, disbursement, investment attraction, administrative reform, emulation, internal affairs.",
  rules: {
    scale: 100,
    tieBreak: ["group:I", "penalty", "exceeded"],
    awards: defaultAwards(90, 85, 1),
    vote: DEFAULT_VOTE,
    layerDivergence: 0.1,
  },
  criteria: [
    { code: "I", name: "Thực hiện nhiệm vụ chuyên môn", children: [
      { code: "I.1", name: "Hoàn thành chỉ tiêu, nhiệm vụ được giao trong năm (%)", type: "target", max: 20,
        method: "bands", bands: [[1.0, 1.0], [0.9, 0.7], [0.8, 0.4]] },
      { code: "I.2", name: "Giải ngân vốn đầu tư công", type: "target", max: 10, method: "linear", cap: 1 },
      { code: "I.3", name: "Thu hút dự án đầu tư mới (dự án)", type: "target", max: 10, method: "relative", base: "absolute" },
      { code: "I.4", name: "Cải cách hành chính, chuyển đổi số", type: "points", max: 10 },
    ]},
    { code: "II", name: "Công tác thi đua, khen thưởng", children: [
      { code: "II.1", name: "Ký kết giao ước thi đua", type: "yesno", max: 5 },
      { code: "II.2", name: "Tổ chức phong trào thi đua, sơ kết, tổng kết", type: "points", max: 10 },
      { code: "II.3", name: "Báo cáo đúng hạn, đầy đủ", type: "points", max: 5 },
      { code: "II.4", name: "Tham gia hoạt động chung của Khối (lượt)", type: "count", max: 5, per: 1 },
    ]},
    { code: "III", name: "Xây dựng Đảng, đoàn thể và nội bộ", children: [
      { code: "III.1", name: "Chi bộ, Đảng bộ hoàn thành tốt nhiệm vụ trở lên", type: "yesno", max: 10 },
      { code: "III.2", name: "Thực hành tiết kiệm, phòng chống tham nhũng, lãng phí", type: "points", max: 10 },
      { code: "III.3", name: "Đơn thư khiếu nại, tố cáo (vụ)", type: "target", max: 5, method: "inverse" },
    ]},
    { code: "T", name: "Điểm thưởng", type: "bonus", max: 5 },
    { code: "TR", name: "Điểm trừ", type: "penalty", max: 10 },
  ],
};
