package dev.redcarpet.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The figures as a Markdown table for the README, with the targets beside them. */
public final class BenchReport {
    private BenchReport() {
    }

    public static String markdown(BenchSuite.Report r) {
        StringBuilder b = new StringBuilder();
        b.append("Machine: ").append(r.machine()).append("  \nDate: ").append(r.date()).append("  \nCommand: `")
                .append(r.command()).append("`\n\n");
        List<BenchSuite.SizeResult> s = r.sizes();
        b.append("| figure |");
        s.forEach(x -> b.append(' ').append(String.format(Locale.ROOT, "%,d", x.engine().articles())).append(" articles |"));
        b.append(" target |\n|---|");
        s.forEach(x -> b.append("---|"));
        b.append("---|\n");
        row(b, s, "index build (articles/s)", x -> Double.isNaN(x.engine().buildSeconds()) ? "– (index reused)"
                : String.format(Locale.ROOT, "%,.0f (%.1f s)", x.engine().buildRate(), x.engine().buildSeconds()), "≥ 2,000 at 10k");
        row(b, s, "plain Lucene build, same articles, same run (articles/s)", x -> String.format(Locale.ROOT, "%,.0f (%.1f s)",
                x.engine().articles() / x.plainLuceneSeconds(), x.plainLuceneSeconds()), "");
        row(b, s, "our build rate ÷ plain Lucene's", x -> Double.isNaN(x.engine().buildSeconds()) ? "–"
                : String.format(Locale.ROOT, "%.0f%%", 100 * x.buildShare()), "≥ 50%");
        row(b, s, "`ask` p50 / p99 (ms)", x -> pair(x.engine().ask()) + " (after " + x.engine().warmups() + " untimed pass"
                + (x.engine().warmups() == 1 ? "" : "es") + ")", "p99 ≤ 10 at 10k, ≤ 20 at 100k");
        row(b, s, "`ask` first pass, cold, p50 / p99 (ms): wall; CPU", x -> pair(x.engine().firstPass()) + "; " + pair(x.engine().firstPassCpu()), "");
        for (String kind : s.get(0).engine().askByKind().keySet()) {
            row(b, s, "&nbsp;&nbsp;" + kind + " p50 / p99", x -> pair(x.engine().askByKind().getOrDefault(kind, Sample.NONE)), "");
        }
        row(b, s, "`ask` CPU time of the asking thread p50 / p99 (ms)", x -> pair(x.engine().askCpu()), "");
        row(b, s, "allocated per `ask` p50 / p99", x -> EngineBench.Memory.kib(x.engine().askMemory().allocatedP50())
                + " / " + EngineBench.Memory.kib(x.engine().askMemory().allocatedP99()), "flat");
        row(b, s, "GC during the timed `ask` rounds", x -> String.format(Locale.ROOT, "%d collections, %d ms over %d questions",
                x.engine().askMemory().collections(), x.engine().askMemory().gcMillis(), x.engine().askMemory().questions()), "");
        row(b, s, "answers citing the source in top 5", x -> pct(x.engine().hitAt5()), "");
        row(b, s, "suggestPeople p50 / p99 (ms)", x -> pair(x.engine().suggestPeople()), "");
        row(b, s, "suggestEvents p50 / p99 (ms)", x -> pair(x.engine().suggestEvents()), "");
        row(b, s, "reload after adding 1%, in the JVM that built the index, p50 / max (ms)", x -> pair(x.engine().reload()) + " (+" + x.engine().reloadAdded() + ")", "≤ 1,500 at 100k");
        row(b, s, "the same in a fresh JVM right after opening the index (a restarted bot), p50 / max (ms)", x -> pair(x.reloadFresh()), "≤ 1,500 at 100k");
        row(b, s, "startup to first answer, JVM included, p50 / max (ms)", x -> pair(x.startup()), "≤ 3,000 at 100k");
        row(b, s, "the same with bin/redcarpet's class-data archive, p50 / max (ms)", x -> pair(x.startupArchived()), "≤ 3,000 at 100k");
        row(b, s, "heap after load (MiB, after full GC)", x -> String.valueOf(x.heapBytes() / (1024 * 1024)), "≤ 256 at 100k");
        if (s.stream().anyMatch(x -> x.peer() != null)) {
            row(b, s, "MiniSearch index (s) / ours (s)", x -> x.peer() == null ? "–" : String.format(Locale.ROOT, "%.1f / %.1f = %.2f×",
                    x.peer().indexSeconds(), x.engine().buildSeconds(), x.peer().indexSeconds() / x.engine().buildSeconds()), "");
            row(b, s, "MiniSearch search p50 / p99 (ms)", x -> x.peer() == null ? "–" : pair(x.peer().search()), "");
            row(b, s, "MiniSearch ÷ our `ask`, p50 / p99", x -> x.peer() == null ? "–" : String.format(Locale.ROOT, "%.1f× / %.1f×",
                    x.peer().search().p50() / x.engine().ask().p50(), x.peer().search().p99() / x.engine().ask().p99()), "> 1 (faster)");
            row(b, s, "MiniSearch source in top 5", x -> x.peer() == null ? "–" : pct(x.peer().hitAt5()), "");
        }
        if (r.ours() != null) {
            b.append("\nDev set (").append(r.ours().answerable()).append(" answerable questions), sources ranked:\n\n");
            b.append("| | recall@1 | recall@3 | recall@5 | MRR@10 |\n|---|---|---|---|---|\n");
            b.append(String.format(Locale.ROOT, "| RedCarpet | %.3f | %.3f | %.3f | %.3f |%n", r.ours().recall1(), r.ours().recall3(), r.ours().recall5(), r.ours().mrr10()));
            if (r.peer() != null) {
                b.append(String.format(Locale.ROOT, "| MiniSearch | %.3f | %.3f | %.3f | %.3f |%n", r.peer().recall1(), r.peer().recall3(), r.peer().recall5(), r.peer().mrr10()));
            }
        }
        return b.toString();
    }

    private static void row(StringBuilder b, List<BenchSuite.SizeResult> s, String name, Function<BenchSuite.SizeResult, String> f, String target) {
        b.append("| ").append(name).append(" |");
        s.forEach(x -> b.append(' ').append(f.apply(x)).append(" |"));
        b.append(' ').append(target).append(" |\n");
    }

    private static String pair(Sample s) {
        return Sample.ms(s.p50()) + " / " + Sample.ms(s.p99());
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.0f%%", v * 100);
    }
}
