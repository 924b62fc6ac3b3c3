package dev.redcarpet.ops;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.MDC;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The project's logback.xml: readable lines by default, one JSON object a line with REDCARPET_LOG_FORMAT=json. */
class LogFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Configures a fresh logback context from logback.xml with the given format, logs one line with context, returns stderr. */
    private static String logWith(String format) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter());
        if (format != null) context.putProperty("REDCARPET_LOG_FORMAT", format);
        context.putProperty("REDCARPET_LOG", "INFO");
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(context);
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            joran.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
            Logger log = context.getLogger("dev.redcarpet.discord.BotListener");
            MDC.put("command", "ask");
            MDC.put("user", "59971b63194e");
            MDC.put("latency_ms", "218");
            log.info("Answered in {} ms", 218);
            log.debug("not shown at INFO");
        } finally {
            MDC.clear();
            System.setErr(err);
            context.stop();
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void defaultIsOneReadableLineWithTheInteractionContext() throws Exception {
        String out = logWith(null);
        assertThat(out.lines()).hasSize(1);
        assertThat(out).matches("(?s)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  BotListener \\[.*\\] - Answered in 218 ms\\R")
                .contains("command=ask").contains("user=59971b63194e").contains("latency_ms=218");
    }

    @Test
    void jsonFormatWritesOneObjectPerLineForLogShippers() throws Exception {
        String out = logWith("json");
        assertThat(out.lines()).hasSize(1);
        JsonNode line = JSON.readTree(out);
        assertThat(line.path("level").asText()).isEqualTo("INFO");
        assertThat(line.path("loggerName").asText()).isEqualTo("dev.redcarpet.discord.BotListener");
        assertThat(line.path("formattedMessage").asText()).isEqualTo("Answered in 218 ms");
        assertThat(line.path("mdc").path("command").asText()).isEqualTo("ask");
        assertThat(line.path("mdc").path("user").asText()).isEqualTo("59971b63194e");
        assertThat(line.path("mdc").path("latency_ms").asText()).isEqualTo("218");
        assertThat(line.path("timestamp").asLong()).isPositive();
    }
}
