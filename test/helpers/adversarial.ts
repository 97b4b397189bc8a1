/**
 * The 1 MB adversarial texts of the narrative check (each once took minutes: quadratic scans, a backtracking pattern,
 * a quote of the whole sentence per figure), generated, not committed. Used by the tests and by `npm run bench`.
 */
const MB = 1 << 20;
const repeat = (unit: string, bytes = MB) => unit.repeat(Math.ceil(bytes / unit.length));

/** A report title, so that the report period and date are known. */
export const ADVERSARIAL_TITLE = "BÁO CÁO Kết quả công tác cải cách hành chính quý III năm 2022\n";

/** Each input of the issue, and realistic ones: a one-paragraph list of communes and their figures. */
export const ADVERSARIAL: Record<string, string> = {
  "dates “ngày 12/12/2022 ”": repeat("ngày 12/12/2022 "),
  "bare numbers “1 2 ”": repeat("1 2 "),
  "brackets “(12 ”": repeat("(12 "),
  "slashes “12/”": repeat("12/"),
  "percents “12%”": repeat("12%"),
  "a paragraph-long list of communes": repeat("xã Bằng Vân 12 hồ sơ, 98,5% đúng hạn, "),
  "quarters “quý II 12 hồ sơ”": repeat("Kết quả quý II 12 hồ sơ "),
  "numbered dots “1. 2. ”": repeat("1. 2. "),
  "a heading that never ends": `I. ${repeat("KẾT QUẢ 12 HỒ SƠ ")}`,
};
