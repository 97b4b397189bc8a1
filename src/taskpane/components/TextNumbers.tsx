/**
 * The numbers typed as text that were read with certainty ("02", "98.49%"): one quiet item, collapsed, with one
 * action that turns them all into numbers (undone as one).
 */
import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { TextNumbers as TextNumbersView } from "../../core/present";
import { shortCell } from "../findingsView";
import { useLang } from "../lang";
import { Disclosure } from "./Disclosure";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: "6px" },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  cells: {
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    gap: "4px 10px",
    fontSize: tokens.fontSizeBase200,
  },
  cell: { listStyleType: "none" },
  link: {
    backgroundColor: "transparent",
    border: "none",
    padding: 0,
    fontFamily: "inherit",
    fontSize: "inherit",
    color: tokens.colorBrandForegroundLink,
    cursor: "pointer",
    ":hover": { textDecorationLine: "underline" },
  },
});

export function TextNumbers({
  numbers,
  open,
  onToggle,
  onConvert,
  onSelect,
  busy,
}: {
  numbers: TextNumbersView;
  open: boolean;
  onToggle(open: boolean): void;
  onConvert(): void;
  onSelect(cell: string): void;
  busy: boolean;
}) {
  const { t, lang } = useLang();
  const s = useStyles();
  const n = numbers.findings.length;
  const all = n + numbers.inCards.length;
  return (
    <Disclosure
      id="text-numbers"
      open={open}
      onToggle={onToggle}
      title={
        <>
          <Badge size="small" appearance="tint" color="informative">
            {t.severity.info}
          </Badge>{" "}
          {t.textNumbersTitle(n)}
        </>
      }
      action={
        <Button size="small" onClick={onConvert} disabled={busy}>
          {t.convertButton(all)}
        </Button>
      }
    >
      <div className={s.body}>
        <p className={s.hint}>{t.textNumbersHint}</p>
        {numbers.inCards.length > 0 && <p className={s.hint}>{t.textNumbersInCards(numbers.inCards.length)}</p>}
        <ul className={s.cells}>
          {numbers.findings.map((f, i) => (
            <li key={f.cells[0]} className={s.cell}>
              <button type="button" className={s.link} onClick={() => onSelect(f.cells[0])}>
                {shortCell(f.cells[0])}
              </button>{" "}
              “{f.quote}” → {numbers.fixes[i].display[lang]}
            </li>
          ))}
        </ul>
      </div>
    </Disclosure>
  );
}
