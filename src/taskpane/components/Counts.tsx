/** The counts of errors / warnings / info as filters: click "5 lỗi" to see only the errors, again to see all. */
import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../core/findings";
import { useLang } from "../lang";

export const SEVERITIES: Severity[] = ["error", "warning", "info"];

export const SEVERITY_BADGE: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

/**
 * The chip colours: Excel's own conditional-formatting presets, as the highlights use (light red fill with dark red
 * text, yellow with dark yellow, light blue with dark blue); a pressed chip is the dark colour with white text.
 */
const CHIP: Record<Severity, { fill: string; text: string }> = {
  error: { fill: "#FFC7CE", text: "#9C0006" },
  warning: { fill: "#FFEB9C", text: "#7A4500" },
  info: { fill: "#DDEBF7", text: "#1F4E79" },
};

const useStyles = makeStyles({
  row: { display: "flex", gap: "6px", flexWrap: "wrap" },
  chip: { minWidth: 0, borderRadius: tokens.borderRadiusCircular, fontWeight: tokens.fontWeightSemibold },
});

export function Counts({
  counts,
  filter,
  onFilter,
}: {
  counts: Record<Severity, number>;
  filter: Severity | null;
  onFilter(severity: Severity | null): void;
}) {
  const { t } = useLang();
  const s = useStyles();
  return (
    <div className={s.row} role="group" aria-label={t.countsLabel} title={t.filterHint}>
      {SEVERITIES.map((sev) => {
        const pressed = filter === sev;
        const none = counts[sev] === 0;
        return (
          <ToggleButton
            key={sev}
            size="small"
            className={s.chip}
            checked={pressed}
            disabled={none && !pressed}
            data-severity={sev}
            style={
              none
                ? undefined
                : pressed
                  ? { backgroundColor: CHIP[sev].text, color: "#FFFFFF", borderColor: CHIP[sev].text }
                  : { backgroundColor: CHIP[sev].fill, color: CHIP[sev].text, borderColor: CHIP[sev].fill }
            }
            onClick={() => onFilter(pressed ? null : sev)}
          >
            {t.severityCount[sev](counts[sev])}
          </ToggleButton>
        );
      })}
    </div>
  );
}
