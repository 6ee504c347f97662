// Built-in template: a block of enterprises, 100 points in three groups, covenant targets scored against the block.
import type { BlockTemplate } from "./template";
import { defaultAwards, DEFAULT_VOTE } from "./common-rules";

export const enterpriseTemplate: BlockTemplate = {
  id: "enterprise-100",
  name: "Khối doanh nghiệp (thang 100 điểm)",
  nameEn: "Enterprise block (100-point scale)",
  description: "Chỉ tiêu sản xuất kinh doanh so với giao ước, công tác thi đua, xây dựng Đảng và đoàn thể.",
  descriptionEn: "Business targets against the covenant, emulation work, party and mass organisations.",
  rules: {
    scale: 100,
    tieBreak: ["group:I", "penalty", "bonus", "exceeded"],
    awards: defaultAwards(90, 85, 2),
    vote: DEFAULT_VOTE,
    layerDivergence: 0.1,
  },
  criteria: [
    { code: "I", name: "Thực hiện nhiệm vụ sản xuất, kinh doanh", children: [
      { code: "I.1", name: "Doanh thu so với kế hoạch", type: "target", max: 15, method: "relative", base: "percent" },
      { code: "I.2", name: "Lợi nhuận trước thuế", type: "target", max: 10, method: "relative", base: "percent" },
      { code: "I.3", name: "Nộp ngân sách nhà nước", type: "target", max: 10, method: "linear", cap: 1 },
      { code: "I.4", name: "Thu nhập bình quân người lao động", type: "target", max: 5, method: "bands",
        bands: [[1.0, 1.0], [0.95, 0.8], [0.9, 0.5]] },
      { code: "I.5", name: "Tai nạn lao động (số vụ)", type: "target", max: 5, method: "inverse" },
      { code: "I.6", name: "Đóng đầy đủ BHXH, BHYT, BHTN cho người lao động", type: "yesno", max: 5 },
    ]},
    { code: "II", name: "Công tác thi đua, khen thưởng và hoạt động của Khối", children: [
      { code: "II.1", name: "Ký kết giao ước, phát động phong trào thi đua", type: "yesno", max: 5 },
      { code: "II.2", name: "Báo cáo sơ kết, tổng kết đúng hạn, đầy đủ", type: "points", max: 5 },
      { code: "II.3", name: "Tham gia hoạt động do Khối tổ chức (lượt)", type: "count", max: 5, per: 2.5 },
      { code: "II.4", name: "Điển hình tiên tiến, mô hình mới được nhân rộng", type: "count", max: 5, per: 2.5 },
      { code: "II.5", name: "Khen thưởng kịp thời, đúng đối tượng", type: "points", max: 5 },
    ]},
    { code: "III", name: "Xây dựng Đảng, đoàn thể và an sinh xã hội", children: [
      { code: "III.1", name: "Tổ chức Đảng đạt «Hoàn thành tốt nhiệm vụ» trở lên", type: "yesno", max: 10 },
      { code: "III.2", name: "Công đoàn, Đoàn Thanh niên vững mạnh", type: "points", max: 5 },
      { code: "III.3", name: "Hoạt động an sinh xã hội, từ thiện", type: "points", max: 5 },
      { code: "III.4", name: "Không có đơn thư khiếu nại, tố cáo vượt cấp", type: "yesno", max: 5 },
    ]},
    { code: "T", name: "Điểm thưởng", type: "bonus", max: 5 },
    { code: "TR", name: "Điểm trừ", type: "penalty", max: 10 },
  ],
};
