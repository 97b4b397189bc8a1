/** Findings grouped by the form's sections (1..7), then the narrative, each group with its counts. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/findings";
import { findingKey, groupFindings, type SectionTitle } from "../findingsView";
import { useLang } from "../lang";
import { Counts } from "./Counts";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  groups: { display: "flex", flexDirection: "column", gap: "12px" },
  group: { display: "flex", flexDirection: "column", gap: "6px" },
  head: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: "8px", flexWrap: "wrap" },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "6px" },
});

export interface FindingListProps {
  findings: Finding[];
  sections: SectionTitle[];
  selectedKey: string | null;
  onSelect(f: Finding): void;
  onFix(f: Finding): void;
}

export function FindingList({ findings, sections, selectedKey, onSelect, onFix }: FindingListProps) {
  const { t } = useLang();
  const s = useStyles();
  const groups = groupFindings(findings, sections);
  return (
    <div className={s.groups}>
      {groups.map((g) => {
        const title =
          g.key === "narrative"
            ? t.narrativeSection
            : g.key === "other"
              ? t.otherSection
              : t.sectionLabel(g.number ?? g.key, g.title ?? "");
        const headingId = `findings-${g.key}`;
        return (
          <section key={g.key} className={s.group} aria-labelledby={headingId} data-section={g.key}>
            <div className={s.head}>
              <h3 id={headingId} className={s.title}>
                {title}
              </h3>
              <Counts counts={g.counts} label={title} nonZeroOnly />
            </div>
            <ul className={s.list}>
              {g.findings.map((f, i) => {
                const key = findingKey(f);
                return (
                  <FindingItem
                    key={`${key}#${i}`}
                    finding={f}
                    selected={key === selectedKey}
                    onSelect={onSelect}
                    onFix={onFix}
                  />
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
