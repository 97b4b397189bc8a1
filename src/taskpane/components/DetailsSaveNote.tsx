/** The report details could not be saved in the workbook: said, not swallowed (inserting and exporting go on). */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useLang } from "../lang";

export function DetailsSaveNote({ error }: { error: string | null }) {
  const { t } = useLang();
  if (!error) return null;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{t.detailsSaveFailed(error)}</MessageBarBody>
    </MessageBar>
  );
}
