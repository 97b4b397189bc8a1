/** When the workbook holds several appendices: which one was checked, and a choice of the others. */
import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useLang } from "../lang";
import type { AppendixCheck } from "../useAppendixCheck";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: "4px" },
  text: { margin: 0, fontSize: tokens.fontSizeBase200 },
});

export function AppendixChoice({ check }: { check: AppendixCheck }) {
  const { t } = useLang();
  const s = useStyles();
  const { result, appendixSheets } = check;
  if (result?.status !== "checked" || appendixSheets.length < 2) return null;
  return (
    <div className={s.box}>
      <p className={s.text}>{t.appendixCount(appendixSheets.length, result.sheetName)}</p>
      <Field label={t.appendixSwitch} size="small">
        <Select
          size="small"
          value={result.sheetName}
          disabled={check.busy}
          onChange={(_, data) => void check.checkSheet(data.value)}
        >
          {appendixSheets.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
