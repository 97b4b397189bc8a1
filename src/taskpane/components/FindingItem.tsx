/**
 * One finding: its severity, row code, message and cell; a click selects the cell. A narrative finding shows its
 * sentence with the figure marked. A "Sửa" button writes the fix when the right value is certain.
 */
import { Badge, Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/findings";
import { messageOf, shortCell, splitQuote } from "../findingsView";
import { useLang } from "../lang";
import { SEVERITY_BADGE } from "./Counts";

const useStyles = makeStyles({
  item: {
    listStyleType: "none",
    padding: "6px 8px",
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    display: "flex",
    flexDirection: "column",
    gap: "4px",
  },
  selected: { border: `1px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  head: { display: "flex", gap: "6px", alignItems: "flex-start" },
  badge: { flexShrink: 0, whiteSpace: "nowrap", marginTop: "2px" },
  target: {
    backgroundColor: "transparent",
    border: "none",
    padding: 0,
    margin: 0,
    textAlign: "left",
    fontFamily: "inherit",
    color: "inherit",
    cursor: "pointer",
    flexGrow: 1,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    ":hover": { textDecorationLine: "underline" },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  text: { flexGrow: 1, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  code: { fontWeight: tokens.fontWeightSemibold, marginRight: "4px" },
  cell: { color: tokens.colorNeutralForeground3, marginLeft: "4px", whiteSpace: "nowrap" },
  quote: {
    margin: 0,
    padding: "4px 8px",
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  mark: { backgroundColor: "#FFEB9C", fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", gap: "6px" },
});

export interface FindingItemProps {
  finding: Finding;
  selected: boolean;
  onSelect(f: Finding): void;
  onFix(f: Finding): void;
}

export function FindingItem({ finding: f, selected, onSelect, onFix }: FindingItemProps) {
  const { t, lang } = useLang();
  const s = useStyles();
  const code = f.codes[0] ?? "";
  const cell = f.cells[0];
  const quote = splitQuote(f);
  return (
    <li className={mergeClasses(s.item, selected && s.selected)} data-severity={f.severity} data-code={code}>
      <div className={s.head}>
        <Badge size="small" appearance="tint" color={SEVERITY_BADGE[f.severity]} className={s.badge}>
          {t.severity[f.severity]}
        </Badge>
        {cell ? (
          <button type="button" className={s.target} onClick={() => onSelect(f)} aria-current={selected || undefined}>
            {code && <span className={s.code}>{code}</span>}
            <span>{messageOf(f, lang)}</span>
            <span className={s.cell}>({shortCell(cell)})</span>
          </button>
        ) : (
          <span className={s.text}>
            {code && <span className={s.code}>{code}</span>}
            <span>{messageOf(f, lang)}</span>
          </span>
        )}
      </div>
      {quote && (
        <blockquote className={s.quote}>
          {quote.before}
          {quote.mark && <mark className={s.mark}>{quote.mark}</mark>}
          {quote.after}
        </blockquote>
      )}
      {f.fix && (
        <div className={s.actions}>
          <Button
            size="small"
            appearance="primary"
            onClick={() => onFix(f)}
            aria-label={t.fixLabel(f.fix.code, f.fix.display[lang], shortCell(f.fix.cell))}
          >
            {`${t.fixButton} → ${f.fix.display[lang]}`}
          </Button>
        </div>
      )}
    </li>
  );
}
