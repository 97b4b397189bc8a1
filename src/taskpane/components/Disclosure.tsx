/** A collapsed block: a toggle (with its title) and an optional action beside it; the body shows when open. */
import { useId, type ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  box: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "6px 8px",
    display: "flex",
    flexDirection: "column",
    gap: "6px",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: { display: "flex", alignItems: "center", gap: "8px", flexWrap: "wrap" },
  toggle: {
    backgroundColor: "transparent",
    border: "none",
    padding: 0,
    margin: 0,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    color: "inherit",
    cursor: "pointer",
    textAlign: "left",
    display: "inline-flex",
    alignItems: "center",
    gap: "6px",
    flexGrow: 1,
    minWidth: 0,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  chevron: { display: "inline-block", width: "10px", transitionDuration: "100ms", flexShrink: 0 },
  open: { transform: "rotate(90deg)" },
});

export function Disclosure({
  id,
  title,
  action,
  open,
  onToggle,
  children,
}: {
  id: string;
  title: ReactNode;
  action?: ReactNode;
  open: boolean;
  onToggle(open: boolean): void;
  children: ReactNode;
}) {
  const s = useStyles();
  const bodyId = `${useId()}-${id}`;
  return (
    <div className={s.box} data-disclosure={id}>
      <div className={s.head}>
        <button
          type="button"
          className={s.toggle}
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => onToggle(!open)}
        >
          <span className={`${s.chevron} ${open ? s.open : ""}`} aria-hidden="true">
            ›
          </span>
          <span>{title}</span>
        </button>
        {action}
      </div>
      <div id={bodyId} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
