/**
 * The sections below the first screen come in a chunk of their own: when it cannot be loaded (the add-in's server out
 * of reach), each says so in its place and the rest of the pane goes on working.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { fakeHost } from "./fakeHost";

jest.mock("../../src/taskpane/components/ExportPanel", () => {
  throw new Error("Loading chunk 998 failed.\n(error: https://cchc.example/998.js)");
});
jest.mock("../../src/taskpane/components/FormPanel", () => {
  throw new Error("Loading chunk 998 failed.\n(error: https://cchc.example/998.js)");
});
jest.mock("../../src/taskpane/components/InsertPanel", () => {
  throw new Error("Loading chunk 998 failed.\n(error: https://cchc.example/998.js)");
});

test("a section that cannot be loaded says so in its place; the check still works", async () => {
  // React reports the errors its boundaries catch on the console.
  const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    const host = fakeHost();
    render(<App host={host} />);
    for (const id of ["form", "insert", "export"])
      expect(
        await within(document.getElementById(id)!).findByText(
          "Không tải được phần này của khung bên (Loading chunk 998 failed). Hãy đóng khung bên rồi mở lại; các phần khác vẫn dùng được.",
        ),
      ).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra phụ lục" }));
    await waitFor(() => expect(host.readWorkbook).toHaveBeenCalledTimes(2));
    const check = within(document.getElementById("check")!);
    expect((await check.findAllByText(/^Không tìm thấy biểu phụ lục/)).length).toBeGreaterThan(0);
  } finally {
    logged.mockRestore();
  }
});
