package dev.redcarpet.discord;

/**
 * A button's custom id, "rc:ACTION:KEY[:PAGE]" (well under Discord's 100 characters). KEY names a
 * {@link Request} in the {@link RequestStore}, so a button still works after the bot restarts.
 */
record ButtonId(Action action, String key, int page) {
    static final String PREFIX = "rc";

    enum Action {
        PAGE("p"), SOURCES("s"), SOURCES_PAGE("sp"), QUOTES("q"), QUOTES_PAGE("qp"), UP("up"), DOWN("dn"), LABEL("x");

        final String code;

        Action(String code) {
            this.code = code;
        }
    }

    String encode() {
        return PREFIX + ":" + action.code + ":" + key + (page == 0 ? "" : ":" + page);
    }

    static String of(Action action, String key, int page) {
        return new ButtonId(action, key, page).encode();
    }

    /** @return null for ids that are not the bot's, or are malformed */
    static ButtonId parse(String id) {
        if (id == null) return null;
        String[] parts = id.split(":");
        if (parts.length < 3 || parts.length > 4 || !parts[0].equals(PREFIX)) return null;
        for (Action a : Action.values()) {
            if (a.code.equals(parts[1])) {
                int page = 0;
                if (parts.length == 4) {
                    try {
                        page = Integer.parseInt(parts[3]);
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }
                return new ButtonId(a, parts[2], page);
            }
        }
        return null;
    }
}
