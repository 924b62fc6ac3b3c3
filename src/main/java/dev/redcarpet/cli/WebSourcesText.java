package dev.redcarpet.cli;

import dev.redcarpet.corpus.web.FetchReport;
import dev.redcarpet.corpus.web.SourceResult;

import java.io.PrintStream;

/** Web sources as the console and the command line print them. */
final class WebSourcesText {
    private WebSourcesText() {
    }

    static void print(FetchReport report, PrintStream out) {
        out.println(report.summary());
        for (SourceResult r : report.sources()) {
            out.println("  " + r.summary());
            r.refused().stream().limit(5).forEach(x -> out.println("    not saved: " + x));
            if (r.refused().size() > 5) out.println("    … and " + (r.refused().size() - 5) + " more");
        }
    }

    /** A one-line bar on stderr while pages download. */
    static final class Bar {
        private final PrintStream err;
        private boolean drawn;

        Bar(PrintStream err) {
            this.err = err;
        }

        synchronized void update(int done, int total) {
            if (total == 0) return;
            int width = 30;
            int full = (int) ((long) done * width / total);
            err.print("\rFetching [" + "#".repeat(full) + " ".repeat(width - full) + "] " + done + "/" + total + " pages");
            drawn = true;
        }

        synchronized void finish() {
            if (drawn) err.println();
        }
    }
}
