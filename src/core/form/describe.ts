/** Naming the form a check used, for the pane and the command line: "Biểu cấp huyện 2022", "Biểu đọc từ trang tính: …". */
import type { Bilingual } from "../findings";
import { FORMS } from ".";
import type { FormDefinition, FormLevel } from "./schema";

const LEVEL: Record<FormLevel, Bilingual> = {
  province: { vi: "cấp tỉnh", en: "provincial" },
  district: { vi: "cấp huyện", en: "district" },
  commune: { vi: "cấp xã", en: "commune" },
};

/** What a form holds: "36 chỉ tiêu, 8 tỷ lệ, 3 tổng, 3 so sánh thành phần với tổng". */
export function formContents(form: FormDefinition): Bilingual {
  const indicators = form.rows.filter((r) => r.kind !== "heading").length;
  const count = (t: string) => form.relations.filter((r) => r.type === t).length;
  const [ratios, sums, parts] = [count("ratio"), count("sum"), count("part-of")];
  return {
    vi: `${indicators} chỉ tiêu, ${ratios} tỷ lệ, ${sums} tổng, ${parts} so sánh thành phần với tổng`,
    en: `${indicators} indicators, ${ratios} ratios, ${sums} sums, ${parts} part-of-total checks`,
  };
}

/** The form's name as the officer reads it. */
export function formName(form: FormDefinition): Bilingual {
  // A form read from the sheet is titled "Biểu đọc từ trang tính"; a saved or hand-written one by its office.
  if (!FORMS.includes(form)) return { vi: form.title, en: form.titleEn };
  return {
    vi: `Biểu ${LEVEL[form.level].vi} ${form.year}`,
    en: `${LEVEL[form.level].en[0].toUpperCase()}${LEVEL[form.level].en.slice(1)} form ${form.year}`,
  };
}

/** "Biểu đọc từ trang tính: 36 chỉ tiêu, 8 tỷ lệ, 3 tổng, 3 so sánh thành phần với tổng". */
export function describeForm(form: FormDefinition): Bilingual {
  const name = formName(form);
  const contents = formContents(form);
  return { vi: `${name.vi}: ${contents.vi}`, en: `${name.en}: ${contents.en}` };
}
