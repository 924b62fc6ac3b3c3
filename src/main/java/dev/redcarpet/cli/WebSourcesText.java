package dev.redcarpet.cli;

import dev.redcarpet.corpus.web.FetchReport;
import dev.redcarpet.corpus.web.SourceResult;
import dev.redcarpet.corpus.web.SourceStatus;

import java.io.PrintStream;
import java.util.List;

/** Web sources as the console and the command line print them. */
final class WebSourcesText {
    private WebSourcesText() {
    }

    /** "\nsources 3, failing 1: name (error)" or "" when none are configured. */
    static String line(List<SourceStatus> sources) {
        if (sources.isEmpty()) return "";
        List<SourceStatus> failing = sources.stream().filter(SourceStatus::failing).toList();
        StringBuilder b = new StringBuilder("\nsources " + sources.size() + ", failing " + failing.size());
        for (SourceStatus s : failing) b.append("\n  ").append(s.line());
        return b.toString();
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
