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

/** The chip colours: the highlight colours' darker kin, so a chip reads as its cells' mark. */
const CHIP: Record<Severity, { on: string; text: string }> = {
  error: { on: tokens.colorPaletteRedBackground3, text: tokens.colorPaletteRedForeground1 },
  warning: { on: tokens.colorPaletteMarigoldBackground3, text: tokens.colorPaletteMarigoldForeground2 },
  info: { on: tokens.colorPaletteBlueBackground2, text: tokens.colorPaletteBlueForeground2 },
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
                  ? { backgroundColor: CHIP[sev].text, color: tokens.colorNeutralForegroundOnBrand }
                  : { backgroundColor: CHIP[sev].on, color: CHIP[sev].text }
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
