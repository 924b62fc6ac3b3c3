package dev.redcarpet.cli;

import dev.redcarpet.analysis.ArticleFacts;
import dev.redcarpet.analysis.looks.Look;
import dev.redcarpet.analysis.looks.LookField;
import dev.redcarpet.analysis.people.PersonRole;
import dev.redcarpet.analysis.quotes.Quote;
import dev.redcarpet.analysis.structure.ReadSentence;
import dev.redcarpet.config.Config;
import dev.redcarpet.corpus.Article;
import dev.redcarpet.corpus.CorpusReader;
import dev.redcarpet.corpus.FileRead;
import dev.redcarpet.engine.Knowledge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Prints what was understood of one article file: date, event edition, people, quotes, looks. */
@Command(name = "inspect", mixinStandardHelpOptions = true, description = "Show what RedCarpet understands of an article file.")
public final class InspectCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options = new CommonOptions();

    @Parameters(paramLabel = "FILE", description = "An article file (txt, json, jsonl, md or html).")
    Path file;

    @Option(names = "--json", description = "Print one JSON object: articles with people and roles, quotes, looks and every sentence's part, subject and segment.")
    boolean json;

    @Override
    public Integer call() {
        if (!Files.exists(file)) throw new Main.UserError("file not found: " + file);
        if (!Files.isRegularFile(file)) throw new Main.UserError(file + " is not a regular file (a pipe, device or folder); give an article file");
        Config config = options.load();
        PrintStream out = Terminal.safe(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        Path parent = file.toAbsolutePath().getParent();
        FileRead read = new CorpusReader(config.corpus().maxFileBytes()).readFile(file.toAbsolutePath(), parent);
        read.skipped().forEach(s -> out.println("skipped: " + s));
        Knowledge knowledge = Knowledge.load(config.configDir());
        if (json) {
            List<ArticleFacts> facts = new ArrayList<>();
            for (Article a : read.articles()) facts.add(knowledge.analyzer().analyze(a));
            out.println(InspectJson.render(file.toString(), read.articles(), facts));
            return read.articles().isEmpty() ? 1 : 0;
        }
        for (Article a : read.articles()) {
            ArticleFacts f = knowledge.analyzer().analyze(a);
            out.println("Article " + a.id() + " (" + a.format() + ")");
            out.println("  title:   " + (f.title() == null ? a.displayTitle() : f.title()));
            out.println("  date:    " + (a.date() == null ? "unknown" : a.date()));
            if (a.source() != null) out.println("  source:  " + a.source());
            out.println("  event:   " + (f.edition() != null ? f.edition().label() : f.eventId() != null ? f.eventName() + " (year unknown)" : "none recognised"));
            out.println("  people:  " + (f.people().isEmpty() ? "none" : String.join(", ", f.people())));
            for (PersonRole r : f.roles()) out.println("    " + r.name() + " (" + r.role() + ")  \u2190 \u201C" + r.evidence() + "\u201D");
            out.println("  sentences (" + f.sentences().size() + "):");
            for (ReadSentence s : f.sentences()) {
                out.println("    [" + s.segment() + " " + s.part().label() + " " + (s.subject() == null ? "-" : s.subject()) + "] " + s.text());
            }
            out.println("  passages: " + f.passages().size());
            out.println("  quotes (" + f.quotes().size() + "):");
            for (Quote q : f.quotes()) {
                out.println("    \u201C" + q.text() + "\u201D \u2014 " + (q.speaker() == null ? "unattributed" : q.speaker())
                        + (q.outlet() == null ? "" : " (to " + q.outlet() + ")"));
            }
            out.println("  looks (" + f.looks().size() + "):");
            for (Look l : f.looks()) {
                out.println("    " + l.person() + (l.edition() == null ? "" : " at the " + l.edition().label()));
                for (LookField field : l.fields()) {
                    out.println("      " + field.kind() + ": " + field.value() + "  \u2190 \u201C" + field.evidence() + "\u201D");
                }
            }
        }
        return read.articles().isEmpty() ? 1 : 0;
    }
}
