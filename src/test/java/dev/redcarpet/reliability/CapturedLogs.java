package dev.redcarpet.reliability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every log event of a logger (and its children) while attached, thread-safe. */
final class CapturedLogs extends AppenderBase<ILoggingEvent> implements AutoCloseable {
    private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();
    private final Logger logger;
    private final Level before;

    private CapturedLogs(String name, Level level) {
        this.logger = (Logger) LoggerFactory.getLogger(name);
        this.before = logger.getLevel();
        logger.setLevel(level);
        setContext(logger.getLoggerContext());
        start();
        logger.addAppender(this);
    }

    /** Everything dev.redcarpet logs at level and above. */
    static CapturedLogs of(String name, Level level) {
        return new CapturedLogs(name, level);
    }

    static CapturedLogs all() {
        return new CapturedLogs(Logger.ROOT_LOGGER_NAME, Level.ALL);
    }

    @Override
    protected void append(ILoggingEvent e) {
        e.prepareForDeferredProcessing();
        events.add(e);
    }

    List<ILoggingEvent> events() {
        return List.copyOf(events);
    }

    List<ILoggingEvent> atLeast(Level level) {
        return events.stream().filter(e -> e.getLevel().isGreaterOrEqual(level)).toList();
    }

    void clear() {
        events.clear();
    }

    /** A log event as it would be written: message, arguments, and the whole stack trace. */
    static String fullText(ILoggingEvent e) {
        StringBuilder b = new StringBuilder(e.getLevel() + " " + e.getLoggerName() + " " + e.getFormattedMessage());
        IThrowableProxy t = e.getThrowableProxy();
        if (t != null) b.append('\n').append(ThrowableProxyUtil.asString(t));
        if (e.getArgumentArray() != null) for (Object a : e.getArgumentArray()) b.append(' ').append(a);
        return b.toString();
    }

    String allText() {
        StringBuilder b = new StringBuilder();
        for (ILoggingEvent e : events) b.append(fullText(e)).append('\n');
        return b.toString();
    }

    @Override
    public void close() {
        logger.detachAppender(this);
        logger.setLevel(before);
        stop();
    }
}
