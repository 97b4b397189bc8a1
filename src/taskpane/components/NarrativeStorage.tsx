/**
 * The narrative is kept inside the workbook (its document settings) and so travels with the .xlsx sent to the
 * province: the pane says so while one is kept, and says when saving or removing it failed.
 */
import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useLang } from "../lang";

const useStyles = makeStyles({
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface NarrativeStorageProps {
  stored: boolean;
  storageError: { kind: "save" | "remove"; message: string } | null;
}

export function NarrativeStorage({ stored, storageError }: NarrativeStorageProps) {
  const { t } = useLang();
  const s = useStyles();
  return (
    <>
      {stored && !storageError && <p className={s.hint}>{t.narrativeStored}</p>}
      {storageError && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {storageError.kind === "save"
              ? t.narrativeSaveFailed(storageError.message)
              : t.narrativeRemoveFailed(storageError.message)}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
