/** The cards, errors first then warnings (the table's and the narrative's together), as core/present.ts orders them. */
import { makeStyles } from "@fluentui/react-components";
import type { FindingCard } from "../../core/present";
import { useLang } from "../lang";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "6px" },
});

export interface FindingListProps {
  cards: FindingCard[];
  selectedKey: string | null;
  onSelect(card: FindingCard): void;
  onFix(card: FindingCard): void;
  onTurnOff?(card: FindingCard): void;
}

export function FindingList({ cards, selectedKey, onSelect, onFix, onTurnOff }: FindingListProps) {
  const { t } = useLang();
  const s = useStyles();
  return (
    <ul className={s.list} aria-label={t.checkTitle}>
      {cards.map((card, i) => (
        <FindingItem
          key={`${card.key}#${i}`}
          card={card}
          selected={card.key === selectedKey}
          onSelect={onSelect}
          onFix={onFix}
          onTurnOff={onTurnOff}
        />
      ))}
    </ul>
  );
}
