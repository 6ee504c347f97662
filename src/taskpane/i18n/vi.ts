// The task pane's Vietnamese texts: the reference table every other language must match key for key.
// `{name}` marks a value filled in by useText()'s t(key, { name }).

export const vi = {
  "app.title": "Khối",
  "app.subtitle": "Thi đua – khen thưởng",
  "language.label": "Ngôn ngữ",
  "language.vi": "Tiếng Việt",
  "language.en": "English",
  "nav.label": "Các bước trong năm",

  // The year's steps, in order (design §4). A step shows in the navigation once its page exists.
  "step.setup": "Thiết lập",
  "step.scoring": "Chấm điểm",
  "step.validate": "Kiểm tra",
  "step.vote": "Bình xét",
  "step.papers": "Văn bản",
  "step.send": "Gửi đi",
  "step.environment": "Môi trường",

  "env.title": "Môi trường",
  "env.intro": "Khối đang chạy ở đâu và Excel này hỗ trợ những gì.",
  "env.section.where": "Nơi chạy",
  "env.section.support": "Tính năng của Excel",
  "env.host": "Ứng dụng",
  "env.platform": "Nền tảng",
  "env.version": "Phiên bản Office",
  "env.unknown": "Không rõ",
  "env.supported": "Có",
  "env.unsupported": "Không",
  "env.customFunctions": "Hàm KHOI.*",
  "env.customFunctionsErrors": "Thông báo lỗi riêng của hàm",
  "env.sharedRuntime": "Ngăn và hàm dùng chung",
  "env.summary.full": "Excel này chạy được hàm KHOI.* và cho ngăn Khối dùng chung với hàm.",
  "env.summary.noFunctions":
    "Excel này không chạy được hàm KHOI.*. Ngăn Khối vẫn dùng được; để có hàm KHOI.*, hãy dùng Excel cho Microsoft 365 hoặc Excel trên web.",
  "env.summary.outside":
    "Ngăn này đang mở ngoài Excel, hoặc không tải được office.js từ Microsoft. Hãy mở Khối trong Excel: thẻ Trang đầu (Home) → Khối.",

  "platform.PC": "Windows",
  "platform.Mac": "macOS",
  "platform.OfficeOnline": "Excel trên web",
  "platform.iOS": "iPad / iPhone",
  "platform.Android": "Android",
  "platform.Universal": "Windows (ứng dụng Universal)",
  "host.Excel": "Excel",
  "host.none": "Ngoài Office",
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof vi;
/** A complete table: every key of the Vietnamese table, each with a text. */
export type Messages = Record<MessageKey, string>;
