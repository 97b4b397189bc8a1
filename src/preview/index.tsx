/**
 * The browser preview's entry: the task pane over an in-memory workbook (no Office, no network).
 * ?lang=en|vi chooses the pane's language (default: the browser's, Vietnamese unless it prefers English).
 */
import { createRoot } from "react-dom/client";
import type { Lang } from "../core/findings";
import { createMemoryHost } from "./memoryHost";
import { PreviewPage } from "./PreviewPage";

export function previewLanguage(search: string, languages: readonly string[]): Lang {
  const asked = new URLSearchParams(search).get("lang");
  if (asked === "vi" || asked === "en") return asked;
  const first = languages.find((l) => /^(vi|en)\b/i.test(l));
  return first && /^en/i.test(first) ? "en" : "vi";
}

const container = document.getElementById("root");
if (container) {
  const lang = previewLanguage(window.location.search, navigator.languages ?? [navigator.language]);
  // Officers try the preview as their Excel works: Vietnamese number settings with the Vietnamese pane.
  const host = createMemoryHost(undefined, { language: lang, numberLocale: lang === "vi" ? "vi" : "en" });
  // For debugging in the browser console.
  (window as unknown as { cchcPreviewHost?: unknown }).cchcPreviewHost = host;
  createRoot(container).render(<PreviewPage host={host} />);
}
