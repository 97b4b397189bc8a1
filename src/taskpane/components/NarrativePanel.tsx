/** "Đối chiếu thuyết minh": waits for the narrative check (src/core/narrative) to land. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useLang } from "../lang";
import type { AppendixCheck } from "../useAppendixCheck";

export function NarrativePanel(_props: { check: AppendixCheck }) {
  const { t } = useLang();
  return (
    <MessageBar intent="info">
      <MessageBarBody>{t.narrativeUnavailable}</MessageBarBody>
    </MessageBar>
  );
}
