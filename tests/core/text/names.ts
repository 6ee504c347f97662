// Real Vietnamese names used by the text tests: provinces, member units, awards and people.

export const PROVINCES = [
  "An Giang", "Bà Rịa – Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương",
  "Bình Phước", "Bình Thuận", "Cà Mau", "Cần Thơ", "Cao Bằng", "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai",
  "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình",
  "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Nam Định", "Nghệ An",
  "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị",
  "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang",
  "Thành phố Hồ Chí Minh", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
];

export const UNITS = [
  "Công ty Điện lực Lạng Sơn", "Chi nhánh Ga Đồng Đăng", "Tổng công ty Khánh Việt", "Công ty Cổ phần Mascopex",
  "UBND huyện Mường Khương", "Sở Giáo dục và Đào tạo", "Trường Trung học phổ thông Chuyên Lương Văn Tụy",
  "Bệnh viện Đa khoa tỉnh", "Cục Thuế tỉnh Quảng Ninh", "Kho bạc Nhà nước huyện Bảo Thắng", "Ban Quản lý dự án",
  "Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Công an thành phố", "Bộ Chỉ huy Quân sự tỉnh",
  "Ngân hàng Nông nghiệp và Phát triển Nông thôn", "Trung tâm Y tế huyện Bát Xát", "Phòng Tài chính – Kế hoạch",
  "Văn phòng Hội đồng nhân dân", "Xí nghiệp Khai thác thủy lợi", "Nhà máy Thủy điện Thác Bà",
  "Cộng hòa Xã hội Chủ nghĩa Việt Nam", "Độc lập – Tự do – Hạnh phúc", "Giấy khen", "Bằng khen của Thủ tướng Chính phủ",
  "Cờ thi đua", "Chiến sĩ thi đua cơ sở", "Lao động tiên tiến", "Tập thể lao động xuất sắc",
  "Khối thi đua các doanh nghiệp", "Trưởng khối", "Phó trưởng khối", "Bưu điện tỉnh Lào Cai", "Đội Quản lý thị trường số 3",
];

export const PEOPLE_AND_WORDS = [
  "Nguyễn Thị Hương", "Trần Văn Đức", "Lê Thị Ngọc Ánh", "Phạm Quốc Khánh", "Hoàng Thị Thúy", "Đỗ Xuân Trường",
  "Ưng Hòa", "Ông Ích Khiêm", "người", "nghiêng", "khuyến khích", "quyết định", "thuở", "rượu", "giếng", "ngoằn ngoèo",
  "khuỷu tay", "Mỹ Đức", "ỷ lại", "yêu cầu", "Yên Thế", "ẩm ướt", "Ấp Bắc", "ĐẠI HỘI THI ĐUA YÊU NƯỚC",
];

export const ALL_NAMES = [...PROVINCES, ...UNITS, ...PEOPLE_AND_WORDS];
