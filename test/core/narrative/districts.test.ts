/**
 * Reports from districts nobody here has seen: a year report with bullet items per level and a 6-month report in
 * long sentences, each with planted disagreements (count, percent, pair, amount, commune vs district), consistent
 * figures, figures that are not in the form (budget revenue, commune staff, training courses), impossible dates
 * and a date after the report date; in composed (NFC) and decomposed (NFD) Unicode.
 */
import { describeDistrictReports, type DistrictCase } from "./districtSuite";

const CASES: DistrictCase[] = [
  {
    name: "Bạch Thông, year report, bullets per level",
    text: `ỦY BAN NHÂN DÂN HUYỆN BẠCH THÔNG
Số: 215/BC-UBND
Bạch Thông, ngày 20 tháng 12 năm 2023
BÁO CÁO
Kết quả công tác cải cách hành chính năm 2023
I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
1. Về kế hoạch CCHC
Thực hiện Kế hoạch số 12/KH-UBND ngày 15 tháng 01 năm 2023 của UBND huyện, trong năm UBND huyện đã ban hành 16 văn bản chỉ đạo, điều hành về CCHC. Kế hoạch CCHC năm 2023 xác định 45 nhiệm vụ, lũy kế đến thời điểm báo cáo đã hoàn thành 42 nhiệm vụ, đạt tỷ lệ 93,33%.
2. Công tác kiểm tra
Đoàn kiểm tra của huyện đã kiểm tra công tác CCHC tại 06 xã, thị trấn; qua kiểm tra phát hiện 09 tồn tại, hạn chế, đến nay đã khắc phục xong 07 tồn tại.
Ngày 31/4/2023, Đoàn kiểm tra đã làm việc tại xã Quân Hà.
II. KẾT QUẢ THỰC HIỆN
1. Cải cách thể chế
Trong năm, UBND huyện đã ban hành 04 VBQPPL; rà soát 27 văn bản QPPL thuộc thẩm quyền.
2. Cải cách thủ tục hành chính
Tổng số TTHC thuộc thẩm quyền giải quyết là 372 thủ tục, trong đó cấp huyện 262 thủ tục, cấp xã 110 thủ tục.
- Cấp huyện: tiếp nhận 1.230 hồ sơ, giải quyết đúng hạn 1.204 hồ sơ trên tổng số 1.215 hồ sơ đã giải quyết, đạt 99,09%.
- Cấp xã: đã giải quyết 5.310 hồ sơ, trong đó đúng hạn 5.298 hồ sơ, đạt tỉ lệ 99,77%.
3. Cải cách tổ chức bộ máy
Tổng số biên chế công chức được giao năm 2023 là 72 biên chế, hiện có 69 công chức. Số người làm việc được giao trong các đơn vị sự nghiệp công lập là 1.012 người, có mặt 987 người.
Đội ngũ cán bộ, công chức cấp xã hiện có 224 người.
4. Cải cách tài chính công
Tổng thu ngân sách trên địa bàn ước đạt 45.120,5 triệu đồng. Kế hoạch vốn đầu tư công năm 2023 được giao 98.650 triệu đồng, đến ngày 15 tháng 12 năm 2023 đã giải ngân 80.013,2 triệu đồng, đạt 81,11% kế hoạch.
5. Xây dựng chính quyền điện tử
Tỷ lệ văn bản đi được gửi hoàn toàn dưới dạng điện tử đạt 97,9%. Tổng số hồ sơ tiếp nhận là 6.720 hồ sơ, trong đó tiếp nhận trực tuyến 3.105 hồ sơ, chiếm 46,21%.
Ngày 25 tháng 12 năm 2023, UBND huyện đã tổ chức hội nghị tổng kết.
Trong năm, huyện tổ chức 03 lớp tập huấn cho 215 lượt CBCCVC.`,
    values: {
      "1.1": 16,
      "1.2": { value: 93.33, decimals: 2 },
      "1.2.1": 45,
      "1.2.2": 42,
      "1.3.1": 6,
      "1.3.2": 9,
      "1.3.3": 7,
      "2.1": 4,
      "2.3.1": 27,
      "3.1.4": 372,
      "3.1.4a": 262,
      "3.1.4b": 110,
      "3.3.1": { value: 99.09, decimals: 2 },
      "3.3.1a": 1215,
      "3.3.1b": 1204,
      "3.3.2": { value: 99.77, decimals: 2 },
      "3.3.2a": 5310,
      "3.3.2b": 5289,
      "4.5.1": 72,
      "4.5.2": 69,
      "4.6a": 1012,
      "4.6.1": 978,
      "6.1": { value: 81.11, decimals: 2 },
      "6.1.1": 98650,
      "6.1.2": { value: 80031.2, decimals: 1 },
      "7.1a": { value: 97.5, decimals: 1 },
      "7.2.4": { value: 46.21, decimals: 2 },
      "7.2.4a": 6720,
      "7.2.4b": 3105,
    },
    errors: {
      "3.3.2b": [5289, 5298, "5.298"],
      "4.6.1": [978, 987, "987"],
      "6.1.2": [80031.2, 80013.2, "80.013,2"],
      "7.1a": [97.5, 97.9, "97,9%"],
    },
    consistent: [
      "1.1",
      "1.2",
      "1.2.1",
      "1.2.2",
      "1.3.1",
      "1.3.2",
      "1.3.3",
      "2.1",
      "2.3.1",
      "3.1.4",
      "3.1.4a",
      "3.1.4b",
      "3.3.1",
      "3.3.1a",
      "3.3.1b",
      "3.3.2",
      "3.3.2a",
      "4.5.1",
      "4.5.2",
      "4.6a",
      "6.1",
      "6.1.1",
      "7.2.4",
      "7.2.4a",
      "7.2.4b",
    ],
    notInForm: ["45.120,5", "224", "03", "215"],
    dates: ["31/4/2023", "Ngày 25 tháng 12 năm 2023"],
  },
  {
    name: "Chợ Đồn, 6-month report, long sentences",
    text: `UỶ BAN NHÂN DÂN HUYỆN CHỢ ĐỒN
Chợ Đồn, ngày 15 tháng 6 năm 2023
BÁO CÁO
Tình hình thực hiện công tác cải cách hành chính 6 tháng đầu năm 2023, phương hướng nhiệm vụ 6 tháng cuối năm 2023
I. KẾT QUẢ THỰC HIỆN
1. Công tác chỉ đạo, điều hành
Trong 6 tháng đầu năm 2023, UBND huyện đã ban hành 09 văn bản chỉ đạo về CCHC, trong đó có Kế hoạch số 05/KH-UBND ngày 29/02/2023 về CCHC năm 2023; Kế hoạch đề ra 38 nhiệm vụ, đến nay đã hoàn thành 17/38 nhiệm vụ, đạt 44,7%.
Thực hiện các nhiệm vụ do UBND tỉnh giao, huyện được giao 24 nhiệm vụ, đã hoàn thành đúng hạn 20 nhiệm vụ, còn 04 nhiệm vụ đang triển khai.
2. Cải cách thủ tục hành chính
Trong kỳ, Bộ phận một cửa huyện đã tiếp nhận 2.845 hồ sơ TTHC (trong đó 1.130 hồ sơ trực tuyến), đã giải quyết xong 2.790 hồ sơ, trong đó giải quyết đúng hạn 2.781 hồ sơ, đạt tỷ lệ 99,68%; số hồ sơ đang giải quyết 55 hồ sơ. Đối với cấp xã, các xã đã giải quyết 4.102/4.120 hồ sơ đúng hạn, đạt 99,56%.
Số phản ánh, kiến nghị về quy định TTHC tiếp nhận là 02 phản ánh, đã giải quyết xong 02 phản ánh, đạt 100%.
3. Cải cách tổ chức bộ máy
Huyện có 12 phòng chuyên môn và 28 đơn vị sự nghiệp công lập trực thuộc. Trong kỳ đã tinh giản 03 biên chế theo Nghị định 29/2023/NĐ-CP.
4. Cải cách chế độ công vụ
Trong 6 tháng, huyện đã tuyển dụng 15 viên chức giáo dục; tổ chức 02 lớp bồi dưỡng cho 146 lượt cán bộ, công chức cấp xã. Có 01 công chức bị xử lý kỷ luật bằng hình thức khiển trách.
5. Cải cách tài chính công
Tổng thu ngân sách nhà nước trên địa bàn 6 tháng đạt 38.215 triệu đồng, bằng 56,2% dự toán. Giải ngân vốn đầu tư công đạt 35.600/84.000 triệu đồng, bằng 42,38% kế hoạch.
6. Xây dựng chính quyền điện tử
Huyện đang cung cấp 135 DVCTT toàn trình; tỷ lệ hồ sơ trực tuyến đạt 39,72%.
II. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu đến ngày 31/12/2023 hoàn thành 100% nhiệm vụ; giải ngân 84.000 triệu đồng.`,
    values: {
      "1.1": 9,
      "1.2": { value: 44.74, decimals: 2 },
      "1.2.1": 38,
      "1.2.2": 17,
      "1.4.1": 24,
      "1.4.2": 21,
      "3.3.1": { value: 99.68, decimals: 2 },
      "3.3.1a": 2790,
      "3.3.1b": 2781,
      "3.3.2": { value: 99.56, decimals: 2 },
      "3.3.2a": 4120,
      "3.3.2b": 4012,
      "3.4": 100,
      "3.4.1": 2,
      "3.4.2": 2,
      "4.1": 12,
      "4.3": 26,
      "4.5.4": 3,
      "5.2.1": 15,
      "5.4.3": 1,
      "6.1": { value: 42.38, decimals: 2 },
      "6.1.1": 84000,
      "6.1.2": 35600,
      "7.2.2b": 153,
      "7.2.4": { value: 39.72, decimals: 2 },
      "7.2.4a": 2845,
      "7.2.4b": 1130,
    },
    errors: {
      "1.4.2": [21, 20, "20"],
      "3.3.2b": [4012, 4102, "4.102"],
      "4.3": [26, 28, "28"],
      "7.2.2b": [153, 135, "135"],
    },
    consistent: [
      "1.1",
      "1.2",
      "1.2.1",
      "1.2.2",
      "1.4.1",
      "3.3.1",
      "3.3.1a",
      "3.3.1b",
      "3.3.2",
      "3.3.2a",
      "3.4",
      "3.4.1",
      "3.4.2",
      "4.1",
      "4.5.4",
      "5.2.1",
      "5.4.3",
      "6.1",
      "6.1.1",
      "6.1.2",
      "7.2.4",
      "7.2.4a",
      "7.2.4b",
    ],
    notInForm: ["38.215", "56,2%", "146"],
    dates: ["29/02/2023"],
  },
];

describeDistrictReports(CASES);
