/** The highlight colours, as drawn on the sheet. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { HIGHLIGHT_FILLS } from "../findingsView";
import { useLang } from "../lang";

const useStyles = makeStyles({
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: "4px 12px",
    alignItems: "center",
    fontSize: tokens.fontSizeBase200,
  },
  item: { display: "inline-flex", alignItems: "center", gap: "4px" },
  swatch: {
    display: "inline-block",
    width: "14px",
    height: "14px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: "2px",
  },
});

export function Legend() {
  const { t } = useLang();
  const s = useStyles();
  const items: { colour: string; label: string }[] = [
    { colour: HIGHLIGHT_FILLS.error, label: t.severity.error },
    { colour: HIGHLIGHT_FILLS.warning, label: t.severity.warning },
    { colour: HIGHLIGHT_FILLS.info, label: `${t.severity.info} / ${t.legendRelated.toLowerCase()}` },
  ];
  return (
    <div className={s.legend} role="group" aria-label={t.legendTitle}>
      <span>{t.legendTitle}:</span>
      {items.map((i) => (
        <span key={i.label} className={s.item}>
          <span className={s.swatch} style={{ backgroundColor: i.colour }} aria-hidden="true" />
          {i.label}
        </span>
      ))}
    </div>
  );
}
