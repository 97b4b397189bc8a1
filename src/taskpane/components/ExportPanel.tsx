/** "Xuất Word": a placeholder until the export lands. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useLang } from "../lang";

export function ExportPanel() {
  const { t } = useLang();
  return (
    <MessageBar intent="info">
      <MessageBarBody>{t.exportComing}</MessageBarBody>
    </MessageBar>
  );
}
