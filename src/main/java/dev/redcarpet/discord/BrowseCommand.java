package dev.redcarpet.discord;

/** A public, rate-limited browsing command (/event, /person, /quote, /sources): everyone in the channel sees the reply. */
abstract class BrowseCommand implements AnsweringCommand {
    @Override
    public final boolean limited() {
        return true;
    }

    @Override
    public final boolean ephemeral(SlashCall call) {
        return false;
    }
}
