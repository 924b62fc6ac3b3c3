package dev.redcarpet.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * Starts shard sessions as JDA's {@link ConcurrentSessionController} does, but connects to the
 * configured gateway address instead of the one Discord names. The shard-count request
 * (GET gateway/bot) is sent by the shard's own REST client, so it goes to the configured REST base
 * like every other request.
 */
final class GatewaySessions extends ConcurrentSessionController {
    private final String gatewayUrl;

    /** @param gatewayUrl the gateway to connect to; null for the one Discord's gateway/bot answer names */
    GatewaySessions(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    @Override
    public String getGateway() {
        return gatewayUrl != null ? gatewayUrl : super.getGateway();
    }

    @Override
    public ShardedGateway getShardedGateway(JDA jda) {
        ShardedGateway fromRest = super.getShardedGateway(jda);
        return gatewayUrl == null ? fromRest : new ShardedGateway(gatewayUrl, fromRest.getShardTotal(), fromRest.getConcurrency());
    }
}
