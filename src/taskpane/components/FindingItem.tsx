/**
 * One card: its severity, the row as printed (its STT, or its label under the parent's STT), what is wrong said
 * once, the notes folded into it, the sentence of the narrative with the figure marked, the related cells, and a
 * "Sửa" button where the right value is certain. A click on the card's head selects the cell.
 */
import { Badge, Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/findings";
import { rowHeading, rowText as rowTextOf, type FindingCard } from "../../core/present";
import { shortLabel } from "../../core/rowName";
import { shortCell, splitQuote } from "../findingsView";
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
    minWidth: 0,
  },
  selected: { border: `1px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  head: { display: "flex", gap: "6px", alignItems: "flex-start", minWidth: 0 },
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
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    ":hover .finding-text": { textDecorationLine: "underline" },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  static: { flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column", gap: "2px" },
  where: { display: "flex", gap: "6px", alignItems: "baseline", minWidth: 0 },
  stt: { fontWeight: tokens.fontWeightSemibold, flexShrink: 0 },
  label: {
    fontStyle: "italic",
    color: tokens.colorNeutralForeground2,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    minWidth: 0,
  },
  cell: { color: tokens.colorNeutralForeground3, marginLeft: "auto", whiteSpace: "nowrap", flexShrink: 0 },
  text: { overflowWrap: "anywhere" },
  tag: { flexShrink: 0 },
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  quote: {
    margin: 0,
    padding: "4px 8px",
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  mark: { backgroundColor: "#FFEB9C", fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", gap: "6px", flexWrap: "wrap" },
});

/** The row as the card names it: "7.2.4", "7.2.3 › Số TTHC cung cấp …", or "Thuyết minh" for a date in the prose. */
export function rowText(card: FindingCard, lang: Lang): string {
  return rowTextOf(card.row, lang);
}

export interface FindingItemProps {
  card: FindingCard;
  selected: boolean;
  onSelect(card: FindingCard): void;
  onFix(card: FindingCard): void;
  /** Turn off the inferred relation the finding rests on (shown only when given and the finding has one). */
  onTurnOff?(card: FindingCard): void;
}

export function FindingItem({ card, selected, onSelect, onFix, onTurnOff }: FindingItemProps) {
  const { t, lang } = useLang();
  const s = useStyles();
  const f = card.finding;
  const code = f.codes[0] ?? "";
  const cell = f.cells[0];
  const quote = card.source === "narrative" ? splitQuote(f) : null;
  const heading = card.row ? rowHeading(card.row, lang) : null;
  const related = f.cells.slice(1).map(shortCell);
  const where = (
    <span className={s.where}>
      {heading?.stt && <span className={s.stt}>{heading.stt}</span>}
      {heading?.label && <span className={s.label}>{shortLabel(heading.label, 70)}</span>}
      {card.source === "narrative" && (
        <Badge size="small" appearance="outline" color="informative" className={s.tag}>
          {t.narrativeTag}
        </Badge>
      )}
      {cell && <span className={s.cell}>{shortCell(cell)}</span>}
    </span>
  );
  const body = (
    <>
      {where}
      <span className={mergeClasses("finding-text", s.text)}>{card.text[lang]}</span>
    </>
  );
  return (
    <li
      className={mergeClasses(s.item, selected && s.selected)}
      data-severity={f.severity}
      data-code={code}
      data-source={card.source}
    >
      <div className={s.head}>
        <Badge size="small" appearance="tint" color={SEVERITY_BADGE[f.severity]} className={s.badge}>
          {t.severity[f.severity]}
        </Badge>
        {cell ? (
          <button
            type="button"
            className={s.target}
            onClick={() => onSelect(card)}
            aria-current={selected || undefined}
          >
            {body}
          </button>
        ) : (
          <span className={s.static}>{body}</span>
        )}
      </div>
      {card.notes.map((n) => (
        <p key={n.vi} className={s.note}>
          {n[lang]}
        </p>
      ))}
      {quote && (
        <blockquote className={s.quote}>
          {quote.before}
          {quote.mark && <mark className={s.mark}>{quote.mark}</mark>}
          {quote.after}
        </blockquote>
      )}
      {related.length > 0 && card.source === "table" && (
        <p className={s.note}>
          {t.relatedCells} {related.join(", ")}
        </p>
      )}
      {(f.fix || (f.inferred && onTurnOff)) && (
        <div className={s.actions}>
          {f.fix && (
            <Button
              size="small"
              appearance="primary"
              onClick={() => onFix(card)}
              aria-label={t.fixLabel(rowText(card, lang), f.fix.display[lang], shortCell(f.fix.cell))}
            >
              {`${t.fixButton} → ${f.fix.display[lang]}`}
            </Button>
          )}
          {f.inferred && onTurnOff && (
            <Button
              size="small"
              appearance="subtle"
              onClick={() => onTurnOff(card)}
              aria-label={t.turnOffLabel(rowText(card, lang))}
            >
              {t.turnOffCheck}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
