/**
 * A section's content that comes in a chunk of its own (React.lazy): nothing while it loads (a moment, after the
 * first screen has shown), and a message in its place if it cannot be loaded (the add-in's server out of reach):
 * the rest of the pane goes on working.
 */
import { Component, Suspense, type ReactNode } from "react";
import { MessageBar, MessageBarBody, makeStyles } from "@fluentui/react-components";
import { useLang } from "../lang";

export function OnDemand({ children }: { children: ReactNode }) {
  return (
    <LoadBoundary>
      <Suspense fallback={null}>{children}</Suspense>
    </LoadBoundary>
  );
}

class LoadBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    return this.state.error ? <LoadFailed error={this.state.error} /> : this.props.children;
  }
}

const useStyles = makeStyles({
  // A 350 px pane: a long word (an address) wraps rather than running out of the pane.
  body: { overflowWrap: "anywhere" },
});

function LoadFailed({ error }: { error: unknown }) {
  const { t } = useLang();
  const s = useStyles();
  // webpack's ChunkLoadError: "Loading chunk 998 failed.\n(error: https://…)": the first line says enough.
  const why = (error instanceof Error ? error.message : String(error)).split("\n")[0].replace(/\.$/, "");
  return (
    <MessageBar intent="error">
      <MessageBarBody className={s.body}>{t.sectionLoadFailed(why)}</MessageBarBody>
    </MessageBar>
  );
}
