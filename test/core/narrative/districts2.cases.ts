/**
 * Four more unseen district reports for the narrative check (districts2.test.ts): a quarter report with a results
 * table inside the prose (tab-separated lines), a 9-month report in "+ Cấp huyện: …; + Cấp xã: …" bullet lists, a year
 * report written with "tỉ lệ", "tỷ lệ", "đạt", "chiếm", "bằng", "so với", and a 2024 six-month report in the newer
 * words ("DVCTT toàn trình" for mức độ 4, "một phần" for mức độ 3, "Bộ phận một cửa huyện", bracketed shares).
 */
import type { DistrictCase } from "./districtSuite";

export const CASES2: DistrictCase[] = [
  {
    name: "Na Rì, quarter report with a results table in the prose",
    text: `ỦY BAN NHÂN DÂN HUYỆN NA RÌ
Số: 48/BC-UBND
Na Rì, ngày 12 tháng 3 năm 2024
BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính quý I năm 2024
I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
Trong quý I, UBND huyện đã ban hành 07 văn bản chỉ đạo, điều hành về CCHC. Kế hoạch CCHC năm 2024 đề ra 41 nhiệm vụ; đến nay đã hoàn thành 06 nhiệm vụ.
II. KẾT QUẢ THỰC HIỆN
1. Cải cách thủ tục hành chính
Trong quý, UBND huyện đã công bố mới 05 thủ tục, bãi bỏ 03 thủ tục; tổng số TTHC thuộc thẩm quyền giải quyết là 356 thủ tục.
Kết quả giải quyết hồ sơ TTHC trong quý như sau:
Cấp	Tiếp nhận	Đã giải quyết	Đúng hạn	Tỷ lệ đúng hạn
Cấp huyện	412	398	396	99,5%
Cấp xã	1.520	1.502	1.502	100%
Như vậy, cấp huyện đã giải quyết 398 hồ sơ, trong đó đúng hạn 369 hồ sơ, đạt 99,5%; cấp xã giải quyết đúng hạn 100% hồ sơ.
2. Xây dựng chính quyền điện tử
Tỷ lệ hồ sơ tiếp nhận trực tuyến trong quý đạt 42,15% (814/1.932 hồ sơ).
Huyện đang cung cấp 98 DVCTT toàn trình và 64 DVCTT một phần trên Cổng Dịch vụ công quốc gia.
3. Cải cách tổ chức bộ máy
Tổng số biên chế công chức được giao là 70 biên chế; có mặt 66 người.
Ngày 30/02/2024, UBND huyện tổ chức hội nghị đối thoại với 120 đại biểu.
Ngày 20 tháng 3 năm 2024, UBND huyện tổ chức kiểm tra công tác CCHC.`,
    values: {
      "1.1": 7,
      "1.2.1": 41,
      "1.2.2": 6,
      "3.1.2": 5,
      "3.1.3": 3,
      "3.1.4": 356,
      "3.3.1": { value: 99.5, decimals: 1 },
      "3.3.1a": 398,
      "3.3.1b": 396,
      "3.3.2": 100,
      "3.3.2a": 1502,
      "3.3.2b": 1502,
      "4.5.1": 70,
      "4.5.2": 66,
      "7.2.1b": 46,
      "7.2.2b": 98,
      "7.2.4": { value: 42.13, decimals: 2 },
      "7.2.4a": 1932,
      "7.2.4b": 814,
    },
    errors: {
      "3.3.1b": [396, 369, "369"],
      "7.2.4": [42.13, 42.15, "42,15%"],
      "7.2.1b": [46, 64, "64"],
    },
    consistent: [
      "1.1",
      "1.2.1",
      "1.2.2",
      "3.1.2",
      "3.1.3",
      "3.1.4",
      "3.3.1",
      "3.3.1a",
      "3.3.2",
      "4.5.1",
      "4.5.2",
      "7.2.2b",
      "7.2.4a",
      "7.2.4b",
    ],
    notInForm: ["120"],
    dates: ["30/02/2024", "Ngày 20 tháng 3 năm 2024"],
  },
  {
    name: "Pác Nặm, 9-month report in bullet lists per level",
    text: `UBND HUYỆN PÁC NẶM
Số: 301/BC-UBND
Pác Nặm, ngày 18 tháng 9 năm 2023
BÁO CÁO
Kết quả công tác cải cách hành chính 9 tháng đầu năm 2023
I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CCHC
1. Công tác chỉ đạo, điều hành
Trong 9 tháng, UBND huyện đã ban hành 11 văn bản chỉ đạo về CCHC.
Kết quả thực hiện Kế hoạch CCHC năm 2023:
+ Số nhiệm vụ đề ra: 36 nhiệm vụ;
+ Số nhiệm vụ đã hoàn thành: 27 nhiệm vụ;
+ Tỷ lệ hoàn thành: 75%.
2. Cải cách thủ tục hành chính
Số TTHC thuộc thẩm quyền giải quyết:
+ Cấp huyện: 259 thủ tục;
+ Cấp xã: 112 thủ tục.
Kết quả giải quyết hồ sơ TTHC:
+ Cấp huyện: đã giải quyết 1.046 hồ sơ, trong đó đúng hạn 1.039 hồ sơ, đạt 99,33%;
+ Cấp xã: đã giải quyết 3.877 hồ sơ, trong đó đúng hạn 3.877 hồ sơ, đạt 100%.
Tiếp nhận, xử lý phản ánh, kiến nghị về quy định TTHC:
+ Tiếp nhận: 03 phản ánh, kiến nghị;
+ Đã giải quyết xong: 02 phản ánh, kiến nghị.
3. Cải cách chế độ công vụ
Công tác tuyển dụng, bổ nhiệm:
+ Tuyển dụng viên chức: 24 người;
+ Bổ nhiệm mới lãnh đạo cấp phòng: 03 người.
Đội ngũ cán bộ, công chức cấp xã:
+ Cán bộ, công chức cấp xã hiện có: 187 người;
+ Được cử đi đào tạo trình độ đại học: 15 người.
4. Cải cách tài chính công
+ Kế hoạch vốn đầu tư công được giao: 112.400 triệu đồng;
+ Giải ngân đến ngày 15/9/2023: 61.820 triệu đồng, đạt 55%.
5. Xây dựng chính quyền điện tử
+ Tỷ lệ văn bản đi được ký số và gửi trên môi trường điện tử: 96,8%;
+ Hồ sơ tiếp nhận trực tuyến: 2.214/4.930 hồ sơ, đạt 44,91%.
+ Ngày 31/9/2023, huyện tổ chức tập huấn sử dụng chữ ký số.`,
    values: {
      "1.1": 11,
      "1.2": 75,
      "1.2.1": 36,
      "1.2.2": 27,
      "3.1.4a": 259,
      "3.1.4b": 121,
      "3.3.1": { value: 99.33, decimals: 2 },
      "3.3.1a": 1046,
      "3.3.1b": 1039,
      "3.3.2": 100,
      "3.3.2a": 3877,
      "3.3.2b": 3877,
      "3.4": 100,
      "3.4.1": 3,
      "3.4.2": 3,
      "5.2.1": 24,
      "5.3.2": 3,
      "6.1": 55,
      "6.1.1": 112400,
      "6.1.2": 68120,
      "7.1a": { value: 96.8, decimals: 1 },
      "7.2.4": { value: 44.91, decimals: 2 },
      "7.2.4a": 4930,
      "7.2.4b": 2214,
    },
    errors: {
      "3.1.4b": [121, 112, "112"],
      "3.4.2": [3, 2, "02"],
      "6.1.2": [68120, 61820, "61.820"],
    },
    consistent: [
      "1.1",
      "1.2",
      "1.2.1",
      "1.2.2",
      "3.1.4a",
      "3.3.1",
      "3.3.1a",
      "3.3.1b",
      "3.3.2",
      "3.3.2a",
      "3.3.2b",
      "3.4.1",
      "5.2.1",
      "5.3.2",
      "6.1",
      "6.1.1",
      "7.1a",
      "7.2.4",
      "7.2.4a",
      "7.2.4b",
    ],
    notInForm: ["187", "15"],
    dates: ["31/9/2023"],
  },
  {
    name: "Ba Bể, year report with tỉ lệ / chiếm / bằng / so với",
    text: `ỦY BAN NHÂN DÂN HUYỆN BA BỂ
Ba Bể, ngày 05 tháng 12 năm 2023
BÁO CÁO
Kết quả công tác cải cách hành chính năm 2023
1. Công tác chỉ đạo, điều hành
Kế hoạch CCHC năm 2023 của huyện gồm 40 nhiệm vụ, đã hoàn thành 38 nhiệm vụ, đạt tỉ lệ 95%, tăng 5% so với năm 2022.
Nhiệm vụ UBND tỉnh giao 12 nhiệm vụ, hoàn thành đúng hạn 11 nhiệm vụ, chiếm 91,67%.
2. Cải cách thủ tục hành chính
Tổng số hồ sơ tiếp nhận trong năm là 7.412 hồ sơ, bằng 112,3% so với năm 2022; trong đó hồ sơ trực tuyến 3.560 hồ sơ, chiếm 48,03% tổng số hồ sơ.
Tỷ lệ hồ sơ giải quyết đúng hạn ở cấp huyện đạt 98,9% (1.254/1.268 hồ sơ), cấp xã đạt 99,6%.
3. Cải cách tổ chức bộ máy
Số đơn vị sự nghiệp công lập trực thuộc là 31 đơn vị, giảm 8 đơn vị so với năm 2015, bằng 20,5%.
Biên chế công chức được giao 68, có mặt 65 người, chiếm 95,6% biên chế được giao.
4. Cải cách tài chính công
Giải ngân vốn đầu tư công đạt 52.300 triệu đồng, bằng 87,17% kế hoạch vốn được giao (60.000 triệu đồng).
Thu ngân sách nhà nước trên địa bàn đạt 41.250 triệu đồng, bằng 103% dự toán.
Ngày 29/02/2023, UBND huyện ban hành Kế hoạch kiểm tra; ngày 28/12/2023 tổ chức tổng kết.`,
    values: {
      "1.2": 95,
      "1.2.1": 40,
      "1.2.2": 38,
      "1.4.1": 12,
      "1.4.2": 11,
      "3.3.1": { value: 98.9, decimals: 1 },
      "3.3.1a": 1268,
      "3.3.1b": 1254,
      "3.3.2": { value: 99.8, decimals: 1 },
      "4.3": 31,
      "4.4": { value: 20.5, decimals: 1 },
      "4.5.1": 68,
      "4.5.2": 65,
      "6.1": { value: 87.17, decimals: 2 },
      "6.1.1": 65000,
      "6.1.2": 52300,
      "7.2.4": { value: 48.03, decimals: 2 },
      "7.2.4a": 7412,
      "7.2.4b": 3650,
    },
    errors: {
      "3.3.2": [99.8, 99.6, "99,6%"],
      "6.1.1": [65000, 60000, "60.000"],
      "7.2.4b": [3650, 3560, "3.560"],
    },
    consistent: [
      "1.2",
      "1.2.1",
      "1.2.2",
      "1.4.1",
      "1.4.2",
      "3.3.1",
      "3.3.1a",
      "3.3.1b",
      "4.3",
      "4.4",
      "4.5.1",
      "4.5.2",
      "6.1",
      "6.1.2",
      "7.2.4",
      "7.2.4a",
    ],
    notInForm: ["5%", "91,67%", "112,3%", "8", "95,6%", "41.250", "103%"],
    dates: ["29/02/2023", "28/12/2023"],
  },
  {
    name: "Chợ Mới, 2024 six-month report in the newer words",
    text: `ỦY BAN NHÂN DÂN HUYỆN CHỢ MỚI
Số: 132/BC-UBND
Chợ Mới, ngày 14 tháng 6 năm 2024
BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024
I. KẾT QUẢ THỰC HIỆN
1. Cải cách thủ tục hành chính
Bộ phận một cửa huyện đã tiếp nhận 3.126 hồ sơ (1.402 trực tuyến); đã giải quyết xong 3.015 hồ sơ, trong đó trước và đúng hạn 3.009 hồ sơ, đạt 99,8%.
Bộ phận một cửa các xã, thị trấn đã giải quyết 4.870 hồ sơ, đúng hạn 4.870 hồ sơ.
2. Xây dựng chính quyền điện tử
Huyện đang cung cấp 102 DVCTT toàn trình và 85 DVCTT một phần; tỷ lệ TTHC đã tích hợp, công khai trên Cổng DVC quốc gia đạt 100%.
Số TTHC có phát sinh phí, lệ phí là 96 thủ tục, đã triển khai thanh toán trực tuyến 96 thủ tục, đạt 100%.
3. Cải cách chế độ công vụ
Trong kỳ, huyện đã bổ nhiệm mới 04 lãnh đạo cấp phòng; bổ nhiệm lại 03 lãnh đạo cấp phòng.
Tổ chức 02 lớp bồi dưỡng kỹ năng số cho 160 lượt cán bộ, công chức.
Kế hoạch số 45/KH-UBND ngày 31/6/2024 được triển khai; ngày 20/6/2024 huyện tổ chức đối thoại.`,
    values: {
      "3.3.1": { value: 99.8, decimals: 1 },
      "3.3.1a": 3015,
      "3.3.1b": 3009,
      "3.3.2": 100,
      "3.3.2a": 4870,
      "3.3.2b": 4870,
      "5.3.2": 4,
      "5.3.5": 3,
      "7.2.1b": 58,
      "7.2.2b": 102,
      "7.2.3": 100,
      "7.2.3a": 187,
      "7.2.4a": 3126,
      "7.2.4b": 1420,
      "7.2.5": 100,
      "7.2.5a": 96,
      "7.2.5b": 96,
    },
    errors: {
      "7.2.1b": [58, 85, "85"],
      "7.2.4b": [1420, 1402, "1.402"],
    },
    consistent: [
      "3.3.1",
      "3.3.1a",
      "3.3.1b",
      "3.3.2a",
      "3.3.2b",
      "5.3.2",
      "5.3.5",
      "7.2.2b",
      "7.2.3",
      "7.2.4a",
      "7.2.5",
      "7.2.5a",
      "7.2.5b",
    ],
    notInForm: ["02", "160"],
    dates: ["31/6/2024", "20/6/2024"],
  },
];
