package dev.redcarpet.cli;

import dev.redcarpet.config.Config;
import dev.redcarpet.engine.Engine;
import dev.redcarpet.engine.ReloadReport;
import dev.redcarpet.engine.Stats;
import dev.redcarpet.index.CorpusIndex;
import dev.redcarpet.index.ReloadRefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** Builds or updates the index from the data folder, with a progress bar, then prints a summary. */
@Command(name = "index", mixinStandardHelpOptions = true, description = "Build or update the index from the data folder.")
public final class IndexCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options = new CommonOptions();

    @Option(names = "--rebuild", description = "Delete the index and build it from scratch.")
    boolean rebuild;

    @Option(names = "--fetch", description = "First fetch every source of `sources.list` (feeds, sitemaps, pages) into data/sources/.")
    boolean fetch;

    @Option(names = "--force", description = "Apply the update even when it removes more than corpus.maxDropPercent of the articles.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        Config config = options.load();
        long t0 = System.nanoTime();
        ProgressBar bar = new ProgressBar(System.err);
        Engine.Options open = Engine.Options.defaults().withProgress(bar::update).withForce(force)
                .withAccess(rebuild ? CorpusIndex.Access.REBUILD : CorpusIndex.Access.WRITE);
        try (Engine engine = Engine.open(config, open)) {
            bar.finish();
            if (fetch) {
                WebSourcesText.Bar fetchBar = new WebSourcesText.Bar(System.err);
                var report = engine.fetchSources(true, fetchBar::update);
                fetchBar.finish();
                WebSourcesText.print(report, System.out);
            }
            ReloadReport r = engine.lastReload();
            Stats s = engine.stats();
            if (r.notes().stream().anyMatch(n -> n.startsWith(ReloadRefusedException.PREFIX))) {
                System.out.println("Index at " + config.index() + " left as it was (" + s.articles() + " articles):");
                r.notes().forEach(n -> System.out.println("  " + n));
                return 1;
            }
            System.out.printf("Indexed %s in %.1f s: %d %s loaded (%s), %d skipped.%n", config.data(),
                    (System.nanoTime() - t0) / 1e9, s.articles(), s.articles() == 1 ? "article" : "articles", r.summary(), r.failed().size());
            r.failed().forEach(f -> System.out.println("  skipped " + f));
            if (engine.indexNote() != null) System.out.println("  note: " + engine.indexNote());
            r.notes().stream().filter(n -> !n.equals(engine.indexNote())).forEach(n -> System.out.println("  note: " + n));
            System.out.printf("Index: %d passages, %d looks, %d people, %d KiB at %s%n", s.passages(), s.looks(), s.people(),
                    s.indexBytes() / 1024, config.index());
        }
        return 0;
    }

    /** A one-line progress bar on stderr, drawn only for corpora large enough to wait for. */
    static final class ProgressBar {
        private final java.io.PrintStream err;
        private int lastPercent = -1;
        private boolean drawn;

        ProgressBar(java.io.PrintStream err) {
            this.err = err;
        }

        synchronized void update(int done, int total) {
            if (total < 200) return;
            int percent = (int) (100L * done / total);
            if (percent == lastPercent) return;
            lastPercent = percent;
            int width = 30;
            int full = percent * width / 100;
            err.print("\rIndexing [" + "#".repeat(full) + " ".repeat(width - full) + "] " + percent + "% (" + done + "/" + total + ")");
            drawn = true;
        }

        synchronized void finish() {
            if (drawn) err.println();
        }
    }
}
