package dev.redcarpet.ops;

import net.dv8tion.jda.api.events.session.SessionDisconnectEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts and logs gateway drops and reconnects of every shard. */
final class GatewayWatch extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayWatch.class);
    private final Metrics metrics;

    GatewayWatch(Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void onSessionDisconnect(SessionDisconnectEvent event) {
        LOG.warn("Shard {} lost its gateway connection (close code {}); reconnecting",
                event.getJDA().getShardInfo().getShardId(),
                event.getCloseCode() == null ? "none" : event.getCloseCode().getCode());
    }

    @Override
    public void onSessionResume(SessionResumeEvent event) {
        metrics.gatewayReconnect(true);
        LOG.info("Shard {} resumed its gateway session", event.getJDA().getShardInfo().getShardId());
    }

    @Override
    public void onSessionRecreate(SessionRecreateEvent event) {
        metrics.gatewayReconnect(false);
        LOG.info("Shard {} reconnected with a new gateway session", event.getJDA().getShardInfo().getShardId());
    }
}
