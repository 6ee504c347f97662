// Built-in template: a cluster of districts or communes, 1,000 points with weighted groups.
import type { BlockTemplate } from "./template";
import { defaultAwards, DEFAULT_VOTE } from "./common-rules";

export const districtClusterTemplate: BlockTemplate = {
  id: "district-cluster-1000",
  name: "Cụm thi đua huyện, xã (thang 1.000 điểm, nhóm có trọng số)",
  nameEn: "District or commune cluster (1,000-point scale, weighted groups)",
  description: "Kinh tế 50 %, văn hoá – xã hội 20 %, quốc phòng – an ninh 20 %, thi đua 10 %.",
  descriptionEn: "Economy 50 %, culture and society 20 %, defence and security 20 %, emulation work 10 %.",
  rules: {
    scale: 1000,
    tieBreak: ["group:I", "penalty", "bonus"],
    awards: defaultAwards(900, 850, 2),
    vote: DEFAULT_VOTE,
    layerDivergence: 0.1,
  },
  criteria: [
    { code: "I", name: "Phát triển kinh tế", weight: 0.5, children: [
      { code: "I.1", name: "Tốc độ tăng giá trị sản xuất (%)", type: "target", max: 100, method: "relative", base: "percent" },
      { code: "I.2", name: "Thu ngân sách trên địa bàn", type: "target", max: 100, method: "linear", cap: 1 },
      { code: "I.3", name: "Tiêu chí nông thôn mới đạt được", type: "target", max: 100, method: "bands",
        bands: [[1.0, 1.0], [0.9, 0.8], [0.8, 0.5]] },
      { code: "I.4", name: "Giải ngân vốn đầu tư công", type: "target", max: 100, method: "linear", cap: 1 },
    ]},
    { code: "II", name: "Văn hoá – xã hội", weight: 0.2, children: [
      { code: "II.1", name: "Giảm tỷ lệ hộ nghèo (điểm %)", type: "target", max: 100, method: "relative", base: "absolute" },
      { code: "II.2", name: "Tỷ lệ dân số tham gia BHYT", type: "target", max: 50, method: "bands",
        bands: [[1.0, 1.0], [0.95, 0.6]] },
      { code: "II.3", name: "Trường học đạt chuẩn quốc gia mới (trường)", type: "count", max: 50, per: 10 },
    ]},
    { code: "III", name: "Quốc phòng, an ninh, trật tự an toàn xã hội", weight: 0.2, children: [
      { code: "III.1", name: "Hoàn thành chỉ tiêu giao quân", type: "yesno", max: 100 },
      { code: "III.2", name: "Tai nạn giao thông (số vụ)", type: "target", max: 100, method: "inverse" },
    ]},
    { code: "IV", name: "Công tác thi đua, khen thưởng và hoạt động của Cụm", weight: 0.1, children: [
      { code: "IV.1", name: "Ký kết giao ước thi đua", type: "yesno", max: 20 },
      { code: "IV.2", name: "Phát động phong trào, nhân rộng điển hình tiên tiến", type: "points", max: 40 },
      { code: "IV.3", name: "Báo cáo đúng hạn, đầy đủ", type: "points", max: 40 },
    ]},
    { code: "T", name: "Điểm thưởng", type: "bonus", max: 50 },
    { code: "TR", name: "Điểm trừ", type: "penalty", max: 100 },
  ],
};
