/**
 * zod for the core's schemas (the form, the report details file): zod/mini, the same checks and messages as zod's
 * chained API at a fraction of its weight in the task pane and the ribbon's function file, which validate the
 * built-in form as they load. Import it as `import * as z from "../zod"`.
 *
 * zod/mini leaves the messages to a locale: English here, as the full zod has them (a form file's errors quote them).
 */
import { en } from "zod/locales";
import { config } from "zod/mini";

config(en());

export * from "zod/mini";
