package dev.redcarpet.engine;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.redcarpet.config.Config;
import dev.redcarpet.index.CorpusIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start reads what the index knows from the start-up file beside the commit and compares data/ by one
 * listing: whatever changed while the bot was stopped is still picked up, and a start-up file that is
 * damaged or belongs to another commit is noticed, never trusted, and written again.
 */
class StartupFileTest {
    private static final String FILE = "redcarpet-startup.bin";

    @TempDir
    Path tmp;
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void listen() {
        logs.start();
        ((Logger) LoggerFactory.getLogger(CorpusIndex.class)).addAppender(logs);
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(CorpusIndex.class)).detachAppender(logs);
    }

    @Test
    void filesAddedChangedOrRemovedWhileStoppedArePickedUpAtStart() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        Path index = tmp.resolve("index");
        Config config = Fixtures.config(data, index);
        try (Engine first = Engine.open(config)) {
            assertThat(first.lastReload().added()).isEqualTo(6);
        }
        assertThat(index.resolve(FILE)).isRegularFile();
        try (Engine again = Engine.open(config)) {
            assertThat(again.lastReload().unchanged()).isEqualTo(6);
            assertThat(again.lastReload().added() + again.lastReload().updated() + again.lastReload().removed()).isZero();
        }

        Files.writeString(data.resolve("2024-06-01-new.txt"), " date 2024-06-01 Mara Quill wore a sea-green Prada gown to the 2024 Tony Awards.\n");
        try (Engine engine = Engine.open(config)) {
            assertThat(engine.lastReload().added()).isEqualTo(1);
            assertThat(engine.ask("what did mara quill wear to the tonys").answer()).contains("Prada");
        }

        // same size, another time: the stamp differs, so the file is read again
        Path changed = data.resolve("2024-06-01-new.txt");
        Files.writeString(changed, " date 2024-06-01 Mara Quill wore a sea-green Dior! gown to the 2024 Tony Awards.\n");
        Files.setLastModifiedTime(changed, FileTime.from(Instant.parse("2024-06-02T10:00:00Z")));
        try (Engine engine = Engine.open(config)) {
            assertThat(engine.lastReload().updated()).isEqualTo(1);
            assertThat(engine.ask("what did mara quill wear to the tonys").answer()).contains("Dior").doesNotContain("Prada");
        }

        Files.delete(changed);
        try (Engine engine = Engine.open(config)) {
            assertThat(engine.lastReload().removed()).isEqualTo(1);
            assertThat(engine.stats().articles()).isEqualTo(6);
        }
    }

    @Test
    void aFileThatCannotBeReadIsReportedAtEveryStart() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        Files.writeString(data.resolve("bad.json"), "{\"title\": \"cut off");
        Config config = Fixtures.config(data, tmp.resolve("index"));
        for (int start = 0; start < 2; start++) {
            try (Engine engine = Engine.open(config)) {
                assertThat(engine.lastReload().failed()).singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("bad.json"));
            }
        }
    }

    @Test
    void aDamagedStartupFileIsIgnoredWithALogLineAndWrittenAgain() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        Path index = tmp.resolve("index");
        Config config = Fixtures.config(data, index);
        List<String> before;
        try (Engine first = Engine.open(config)) {
            before = first.snapshotIds();
        }
        byte[] good = Files.readAllBytes(index.resolve(FILE));
        byte[] damaged = good.clone();
        damaged[damaged.length / 2] ^= 0x5A;
        Files.write(index.resolve(FILE), damaged);

        try (Engine engine = Engine.open(config)) {
            assertThat(logs.list).anySatisfy(e -> assertThat(e.getFormattedMessage())
                    .contains("start-up file").contains("cannot be used").contains("checksum"));
            assertThat(engine.snapshotIds()).isEqualTo(before);
            assertThat(engine.ask("Why were Kim Kardashian's Met Gala shoes heelless?").abstained()).isFalse();
        }
        assertThat(Files.readAllBytes(index.resolve(FILE))).isEqualTo(good);

        Files.write(index.resolve(FILE), new byte[]{1, 2, 3});
        try (Engine engine = Engine.open(config)) {
            assertThat(logs.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("truncated"));
            assertThat(engine.snapshotIds()).isEqualTo(before);
        }
        assertThat(Files.readAllBytes(index.resolve(FILE))).isEqualTo(good);
    }

    @Test
    void aStartupFileOfAnotherCommitIsNotTrusted() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        Path index = tmp.resolve("index");
        Config config = Fixtures.config(data, index);
        try (Engine first = Engine.open(config)) {
            assertThat(first.stats().articles()).isEqualTo(6);
        }
        byte[] old = Files.readAllBytes(index.resolve(FILE));
        Path added = data.resolve("2024-06-01-new.txt");
        Files.writeString(added, " date 2024-06-01 Mara Quill wore a sea-green Prada gown to the 2024 Tony Awards.\n");
        try (Engine engine = Engine.open(config)) {
            assertThat(engine.lastReload().added()).isEqualTo(1);
        }
        // the file as it was before that commit, and data/ back as it was then: only the commit tells them apart
        Files.write(index.resolve(FILE), old);
        Files.delete(added);
        try (Engine engine = Engine.open(config)) {
            assertThat(logs.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("saved for another commit"));
            assertThat(engine.lastReload().removed()).isEqualTo(1);
            assertThat(engine.stats().articles()).isEqualTo(6);
        }
    }

    @Test
    void aReloadWithNothingChangedChangesNothing() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        try (Engine engine = Engine.open(Fixtures.config(data, tmp.resolve("index")))) {
            List<String> before = engine.snapshotIds();
            var r = engine.reload();
            assertThat(r.unchanged()).isEqualTo(6);
            assertThat(r.added() + r.updated() + r.removed()).isZero();
            assertThat(engine.snapshotIds()).isEqualTo(before);
            Files.writeString(data.resolve("2024-06-01-new.txt"), " date 2024-06-01 Mara Quill wore a sea-green Prada gown to the 2024 Tony Awards.\n");
            assertThat(engine.reload().added()).isEqualTo(1);
            assertThat(engine.reload().unchanged()).isEqualTo(7);
        }
    }
}
