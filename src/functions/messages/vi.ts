// Vietnamese messages of the KHOI.* functions (the default language). Placeholders are {name}; en.ts has the same keys.

export const vi = {
  // Argument names as they appear inside messages.
  ARG_TOTALS: "tổng điểm",
  ARG_TIEBREAKS: "cột tiêu chí phụ",
  ARG_ACTUALS: "kết quả thực hiện",
  ARG_TARGETS: "chỉ tiêu đăng ký",
  ARG_SCORES: "bảng điểm",
  ARG_MAXIMA: "điểm tối đa",
  ARG_GROUPS: "nhóm tiêu chí",
  ARG_WEIGHTS: "trọng số",
  ARG_TIERS: "bảng danh hiệu",
  ARG_RANKS: "thứ hạng",
  ARG_DISQUALIFIED: "lý do không xét",
  ARG_TITLES: "danh hiệu đã có",
  ARG_YES: "số phiếu đồng ý",
  ARG_MEMBERS: "số thành viên của khối",
  ARG_TEXT: "văn bản",
  ARG_DECLARED_RANKS: "hạng đã khai",
  ARG_COMPUTED_RANKS: "hạng tính được",
  ARG_DECLARED_AWARDS: "danh hiệu đã khai",
  ARG_COMPUTED_AWARDS: "danh hiệu tính được",

  // Shapes of ranges: a whole-call #VALUE!.
  SHAPE_NOT_COLUMN: "Vùng {arg} phải là một cột, nhưng vùng đang có {cols} cột.",
  SHAPE_ROWS_MISMATCH: "Vùng {arg} có {rows} dòng nhưng vùng {ref} có {refRows} dòng: hai vùng phải có cùng số dòng.",
  SHAPE_COLUMNS_MISMATCH: "Vùng {arg} có {cols} cột nhưng vùng {ref} có {refCols} cột: hai vùng phải có cùng số cột.",
  SHAPE_NOT_ROW: "Vùng {arg} phải là một dòng (mỗi cột của {ref} một ô), nhưng đang có {rows} dòng.",
  ARG_REQUIRED: "Thiếu {arg}.",

  // One cell of a row: an error value in that row only.
  CELL_NOT_NUMBER: "Dòng {row}: {arg} \"{text}\" không phải là số.",
  CELL_AMBIGUOUS_NUMBER: "Dòng {row}: {arg} {detail}",
  CELL_ERROR: "Dòng {row}: {arg} đang là lỗi {code}; hãy sửa ô đó trước.",
  CELL_MISSING: "Dòng {row}: chưa có {arg}.",

  RANK_DIRECTIONS_INVALID:
    "Chiều so sánh \"{text}\" không hợp lệ: mỗi cột tiêu chí phụ một dấu, + là cao hơn thì hơn, - là thấp hơn thì hơn (ví dụ \"-+\").",
  RANK_DIRECTIONS_COUNT: "Có {cols} cột tiêu chí phụ nhưng chiều so sánh \"{text}\" có {count} dấu: cần đúng một dấu cho mỗi cột.",

  POINTS_MAX_INVALID: "Điểm tối đa của tiêu chí phải là số lớn hơn 0 (đang là {value}).",
  POINTS_METHOD_UNKNOWN:
    "Phương pháp \"{text}\" không có. Dùng \"linear\" (tuyến tính), \"bands\" (theo mức), \"inverse\" (nghịch) hoặc \"relative\" (tương đối).",
  POINTS_CAP_INVALID: "Mức trần của phương pháp linear phải là số lớn hơn 0, ví dụ 1 hoặc 120% (đang là \"{text}\").",
  POINTS_BANDS_MISSING: "Phương pháp bands cần bảng mức: mỗi dòng hai ô, tỷ lệ hoàn thành và phần điểm được, ví dụ 100% | 100%, 90% | 80%.",
  POINTS_BANDS_INVALID: "Bảng mức, dòng {row}: cần hai số, tỷ lệ hoàn thành ≥ 0 và phần điểm từ 0 đến 1 (100%).",
  POINTS_BASE_INVALID: "Phương pháp relative so sánh theo \"percent\" (phần trăm vượt) hoặc \"absolute\" (số tuyệt đối vượt), không phải \"{text}\".",
  POINTS_OPTION_UNUSED: "Phương pháp inverse không dùng tham số tùy chọn; hãy bỏ trống tham số đó.",
  POINTS_SCORE_MISSING: "Dòng {row}: chưa có kết quả thực hiện.",
  POINTS_SCORE_INVALID: "Dòng {row}: kết quả thực hiện phải là số không âm (đang là {value}).",
  POINTS_TARGET_MISSING: "Dòng {row}: chưa có chỉ tiêu đăng ký.",
  POINTS_TARGET_INVALID: "Dòng {row}: chỉ tiêu đăng ký {value} không dùng được; chỉ tiêu phải lớn hơn 0 (phương pháp inverse chấp nhận 0).",

  TOTAL_GROUP_MISSING: "Cột {col}: chưa ghi nhóm tiêu chí (ví dụ I, II, hoặc \"thưởng\", \"trừ\").",
  TOTAL_MAX_INVALID: "Cột {col}: điểm tối đa phải là số lớn hơn 0.",
  TOTAL_NO_BASE_GROUP: "Không có cột nào thuộc nhóm tiêu chí chính (ngoài điểm thưởng và điểm trừ).",
  TOTAL_WEIGHTS_COUNT: "Có {groups} nhóm tiêu chí ({names}) và {cols} cột điểm, nhưng có {count} trọng số.",
  TOTAL_WEIGHTS_CONFLICT: "Nhóm {group} có hai trọng số khác nhau ({a} và {b}).",
  TOTAL_WEIGHT_INVALID: "Trọng số của nhóm {group} phải là số lớn hơn 0 (đang là \"{text}\").",
  TOTAL_WEIGHTS_SUM: "Tổng trọng số các nhóm là {sum}, phải bằng 1 (100%).",
  TOTAL_SCALE_INVALID: "Thang điểm phải là số lớn hơn 0, ví dụ 100 hoặc 1000 (đang là {value}).",
  TOTAL_SCORE_MISSING: "Dòng {row}, cột {col}: chưa có điểm.",
  TOTAL_SCORE_INVALID: "Dòng {row}, cột {col}: \"{text}\" không phải là điểm.",
  TOTAL_SCORE_NEGATIVE: "Dòng {row}, cột {col}: điểm {value} là số âm; điểm tiêu chí không thể âm.",
  TOTAL_SCORE_OUT_OF_RANGE: "Dòng {row}, cột {col}: điểm {value} nằm ngoài khoảng 0 đến {max}.",

  AWARD_TIERS_EMPTY: "Bảng danh hiệu trống: mỗi dòng một danh hiệu, theo thứ tự ưu tiên (tên, số suất, điểm tối thiểu, danh hiệu bắt buộc, tỷ lệ phiếu).",
  AWARD_TIERS_COLUMNS: "Bảng danh hiệu cần từ 2 đến 5 cột (tên, số suất, điểm tối thiểu, danh hiệu bắt buộc, tỷ lệ phiếu), đang có {cols} cột.",
  AWARD_TIER_LABEL_MISSING: "Bảng danh hiệu, dòng {row}: chưa có tên danh hiệu.",
  AWARD_TIER_COUNT_INVALID: "Danh hiệu \"{tier}\": số suất phải là số nguyên từ 1 trở lên (đang là \"{text}\").",
  AWARD_TIER_MIN_SCORE_INVALID: "Danh hiệu \"{tier}\": điểm tối thiểu phải là số (đang là \"{text}\").",
  AWARD_TIER_SHARE_INVALID: "Danh hiệu \"{tier}\": tỷ lệ phiếu phải từ 0 đến 1, ví dụ 0,8 hoặc 80% (đang là \"{text}\").",
  AWARD_TIER_DUPLICATE: "Bảng danh hiệu có hai dòng cùng tên \"{tier}\".",
  AWARD_YES_COLUMNS: "Vùng số phiếu đồng ý có {cols} cột nhưng bảng có {tiers} danh hiệu: mỗi danh hiệu một cột, cùng thứ tự.",
  AWARD_MEMBERS_REQUIRED: "Danh hiệu \"{tier}\" cần tỷ lệ phiếu nhưng chưa nhập số thành viên của khối.",
  AWARD_QUORUM_NOT_MET:
    "Không đủ túc số: {present}/{members} thành viên có mặt, cần tối thiểu {quorum}. Các danh hiệu cần bỏ phiếu chưa xét được.",
  AWARD_BOUNDARY_TIE_NONE:
    "Đồng hạng {rank} với dòng {others} ở ranh giới danh hiệu \"{tier}\": không đủ suất cho cả nhóm và Khối không tự chọn giữa các đơn vị bằng điểm; cần thêm tiêu chí phụ hoặc bỏ phiếu. Hiện đơn vị này chưa được danh hiệu nào.",
  AWARD_BOUNDARY_TIE_LOWER:
    "Đồng hạng {rank} với dòng {others} ở ranh giới danh hiệu \"{tier}\": không đủ suất cho cả nhóm và Khối không tự chọn giữa các đơn vị bằng điểm; cần thêm tiêu chí phụ hoặc bỏ phiếu. Theo quy tắc hiện tại, đơn vị này được \"{now}\".",

  VOTE_THRESHOLD_INVALID: "Ngưỡng tỷ lệ phiếu phải từ 0 đến 1, ví dụ 0,8 hoặc 80% (đang là {value}).",
  VOTE_MEMBERS_INVALID: "Số thành viên của khối phải là số nguyên lớn hơn 0 (đang là {value}).",
  VOTE_PRESENT_INVALID: "Số thành viên có mặt phải là số nguyên từ 0 đến số thành viên (đang là {value}, khối có {members}).",
  VOTE_QUORUM_INVALID: "Túc số phải là tỷ lệ từ 0 đến 1, ví dụ 2/3 hoặc 0,75 (đang là {value}).",
  VOTE_DENOMINATOR_UNKNOWN: "Mẫu số \"{text}\" không có: dùng \"present\" (số có mặt) hoặc \"members\" (tổng số thành viên).",
  VOTE_YES_INVALID: "Dòng {row}: số phiếu đồng ý phải là số nguyên từ 0 đến {limit} (đang là {value}).",
  VOTE_QUORUM_NOT_MET: "Không đủ túc số: {present}/{members} thành viên có mặt, cần tối thiểu {quorum}; cuộc bỏ phiếu không có giá trị.",

  CHECK_OK: "OK",
  CHECK_RANK_MISMATCH: "Hạng khai {declared}, hạng tính {computed}",
  CHECK_RANK_NOT_DECLARED: "Chưa khai hạng (hạng tính {computed})",
  CHECK_RANK_DECLARED_INVALID: "Hạng khai \"{text}\" không phải là số",
  CHECK_RANK_COMPUTED_INVALID: "Hạng tính được đang lỗi hoặc trống",
  CHECK_RANK_NOT_COMPUTED: "Có hạng khai {declared} nhưng đơn vị không có hạng tính được",
  CHECK_AWARD_MISMATCH: "Danh hiệu khai \"{declared}\", tính \"{computed}\"",
  CHECK_AWARD_COMPUTED_INVALID: "Danh hiệu tính được đang lỗi: hãy xem ô đó",
  CHECK_NONE: "không có",

  INTERNAL: "Lỗi không mong đợi trong KHOI.{fn}: {detail}. Hãy báo cho người phụ trách Khối kèm tệp Excel.",
} as const;

export type MessageKey = keyof typeof vi;
