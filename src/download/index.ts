/**
 * The download page (download.html): reads the file the add-in put in the address's fragment, saves it, and shows a
 * link to save it again. The fragment is taken off the address at once, so the report does not stay in the history.
 */
import { fileFromFragment } from "../host/downloadLink";

function render(root: HTMLElement, file: ReturnType<typeof fileFromFragment>): void {
  root.textContent = "";
  const h1 = document.createElement("h1");
  const p = document.createElement("p");
  const en = document.createElement("p");
  en.className = "en";
  root.append(h1, p);
  if (!file) {
    h1.textContent = "Không có tệp để tải";
    p.textContent = "Hãy bấm lại “Xuất Word” trong phần bổ trợ, hoặc dùng “Sao chép” rồi dán vào Word.";
    en.textContent = "No file to download: export again from the add-in, or copy and paste into Word.";
    root.append(en);
    return;
  }
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.mimeType }));
  const a = document.createElement("a");
  a.href = url;
  a.download = file.name;
  a.className = "button";
  a.textContent = `Tải về ${file.name}`;
  h1.textContent = "Báo cáo đã sẵn sàng";
  p.textContent = "Tệp đang được tải về thư mục Tải về (Downloads). Nếu trình duyệt không tự tải, bấm nút dưới đây.";
  en.textContent = `The report is downloading. If it does not, click the button (${file.name}).`;
  root.append(a, en);
  a.click();
}

const root = document.getElementById("root");
if (root) {
  const file = fileFromFragment(window.location.hash);
  if (window.location.hash) history.replaceState(null, "", window.location.pathname + window.location.search);
  render(root, file);
}
