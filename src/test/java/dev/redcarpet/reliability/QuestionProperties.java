package dev.redcarpet.reliability;

import ch.qos.logback.classic.Level;
import dev.redcarpet.answer.Answer;
import dev.redcarpet.discord.Render;
import dev.redcarpet.engine.Conversation;
import dev.redcarpet.engine.Engine;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any text a user can type reaches the real engine and the Discord renderer: random Unicode,
 * emoji, right-to-left text, combining marks, Lucene syntax, unbalanced quotes, Discord markdown,
 * mentions, up to 6,000 characters. The engine never throws, never fails inside, always answers
 * with text, and nothing it renders can ping anyone.
 */
class QuestionProperties {
    /** Mention syntax that Discord turns into a ping when it is not escaped. */
    static final Pattern RAW_MENTION = Pattern.compile("(?<!\\\\)<(@[!&]?|#)\\d+>");

    static TestEngine engine;
    static CapturedLogs logs;

    @BeforeContainer
    static void open() {
        engine = TestEngine.fixtures();
        logs = CapturedLogs.of("dev.redcarpet", Level.WARN);
    }

    @AfterContainer
    static void close() {
        if (logs != null) logs.close();
        if (engine != null) engine.close();
    }

    @Provide
    Arbitrary<String> questions() {
        return Hostile.question();
    }

    @Property
    void askAlwaysAnswersWithTextAndNeverFailsInside(@ForAll("questions") String question) {
        logs.clear();
        Answer a = engine.engine().ask(question);
        assertThat(a).isNotNull();
        assertThat(a.answer()).as("answer to %s", Show.text(question)).isNotBlank();
        assertThat(a.sources()).allSatisfy(s -> assertThat(s.id()).isNotBlank());
        assertThat(logs.atLeast(Level.ERROR)).as("errors logged for %s", Show.text(question)).isEmpty();
        // The generator must reach real answers too, not only the early refusals.
        Statistics.label("answered").collect(!a.abstained());
        Statistics.label("answered").coverage(c -> c.check(true).percentage(p -> p > 2));
    }

    @Property
    void aFollowUpWithAnyContextAlsoAnswers(@ForAll("questions") String first, @ForAll("questions") String second) {
        Engine e = engine.engine();
        Answer a = e.ask(first);
        Conversation c = e.contextOf(a, Conversation.empty());
        Answer b = e.ask(second, c);
        assertThat(b.answer()).isNotBlank();
    }

    @Property
    void browseCommandsAlwaysAnswer(@ForAll("questions") String name, @ForAll("questions") String extra) {
        Engine e = engine.engine();
        logs.clear();
        assertThat(e.person(name, extra.isBlank() ? null : extra).answer()).isNotBlank();
        assertThat(e.quotes(name, extra.isBlank() ? null : extra).answer()).isNotBlank();
        assertThat(e.event(name, null).answer()).isNotBlank();
        assertThat(e.suggestPeople(name, 25)).hasSizeLessThanOrEqualTo(25);
        assertThat(e.suggestEvents(name, 25)).hasSizeLessThanOrEqualTo(25);
        assertThat(logs.atLeast(Level.ERROR)).as("errors logged for %s / %s", Show.text(name), Show.text(extra)).isEmpty();
    }

    @Property
    void theRenderedAnswerKeepsDiscordLimitsAndHoldsNoRawMention(@ForAll("questions") String question) {
        Answer a = engine.engine().ask(question);
        List<MessageEmbed> pages = Render.answer(a, question);
        pages.addAll(new ArrayList<>(Render.sources(a, "Sources · " + question)));
        pages.addAll(Render.quotes(a, "Quotes · " + question));
        assertThat(pages).isNotEmpty();
        for (MessageEmbed e : pages) {
            assertThat(e.isSendable()).as("sendable embed for %s", Show.text(question)).isTrue();
            assertThat(e.getTitle()).isNotBlank().hasSizeLessThanOrEqualTo(256);
            for (String body : bodies(e)) {
                assertThat(RAW_MENTION.matcher(body).find()).as("raw mention in %s", Show.text(body)).isFalse();
            }
        }
    }

    /** The parts of an embed that Discord renders as markdown. */
    static List<String> bodies(MessageEmbed e) {
        List<String> out = new ArrayList<>();
        if (e.getDescription() != null) out.add(e.getDescription());
        for (MessageEmbed.Field f : e.getFields()) {
            out.add(f.getName());
            out.add(f.getValue());
        }
        if (e.getFooter() != null) out.add(e.getFooter().getText());
        return out;
    }
}
