// Validator messages in Vietnamese wherever a schema gives none of its own (zod ships the locale):
// an import's bad lines and a form's unexpected input read like the rest of the desk.
import { z } from "zod";

z.config(z.locales.vi());
