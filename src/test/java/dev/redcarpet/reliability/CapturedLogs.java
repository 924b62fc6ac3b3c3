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
    private final java.util.Map<Logger, Level> lowered = new java.util.HashMap<>();

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

    /** Every event at every level, including JDA's and the bot's own loggers that logback.xml sets higher. */
    static CapturedLogs all() {
        CapturedLogs c = new CapturedLogs(Logger.ROOT_LOGGER_NAME, Level.ALL);
        for (String name : new String[]{"net.dv8tion", "dev.redcarpet", "org.apache.lucene"}) {
            Logger l = (Logger) LoggerFactory.getLogger(name);
            c.lowered.put(l, l.getLevel());
            l.setLevel(Level.ALL);
        }
        return c;
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
        lowered.forEach(Logger::setLevel);
        logger.detachAppender(this);
        logger.setLevel(before);
        stop();
    }
}
