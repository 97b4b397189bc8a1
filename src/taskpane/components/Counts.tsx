/** Errors / warnings / info counts as badges. */
import { Badge, makeStyles } from "@fluentui/react-components";
import type { Severity } from "../../core/findings";
import { SEVERITIES, type Counts as CountsType } from "../findingsView";
import { useLang } from "../lang";

export const SEVERITY_BADGE: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

const useStyles = makeStyles({ row: { display: "flex", gap: "6px", flexWrap: "wrap" } });

/** All three counts (the summary), or only the non-zero ones (a section's heading). */
export function Counts({
  counts,
  label,
  nonZeroOnly = false,
}: {
  counts: CountsType;
  label?: string;
  nonZeroOnly?: boolean;
}) {
  const { t } = useLang();
  const s = useStyles();
  return (
    <div className={s.row} role="group" aria-label={label ?? t.countsLabel}>
      {SEVERITIES.filter((sev) => !nonZeroOnly || counts[sev] > 0).map((sev) => (
        <Badge
          key={sev}
          appearance={counts[sev] ? "filled" : "outline"}
          color={SEVERITY_BADGE[sev]}
          data-severity={sev}
        >
          {t.severityCount[sev](counts[sev])}
        </Badge>
      ))}
    </div>
  );
}
