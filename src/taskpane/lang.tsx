/** The pane's language and words, given once at the top and read by every component. */
import { createContext, useContext, type ReactNode } from "react";
import type { Lang } from "../core/findings";
import { messagesFor, type Messages } from "./i18n";

interface LangValue {
  lang: Lang;
  t: Messages;
}

const LangContext = createContext<LangValue>({ lang: "vi", t: messagesFor("vi") });

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={{ lang, t: messagesFor(lang) }}>{children}</LangContext.Provider>;
}

export function useLang(): LangValue {
  return useContext(LangContext);
}
