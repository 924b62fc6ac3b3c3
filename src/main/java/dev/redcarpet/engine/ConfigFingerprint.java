package dev.redcarpet.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A hash of each config file that article analysis reads (the event catalogue and the lexicons), as
 * the engine loaded them: from the config folder, or the built-in copy where it has none. The index
 * stores it with each commit, so an edit made while the bot was stopped re-analyses the articles at
 * the next start. Nicknames and synonyms are read at question time and need no re-analysis.
 */
final class ConfigFingerprint {
    static final List<String> FILES = List.of("events.yaml", "lexicons/designers.yaml", "lexicons/garments.yaml",
            "lexicons/colours.yaml", "lexicons/materials.yaml", "lexicons/accessories.yaml", "lexicons/beauty.yaml",
            "lexicons/ignore.yaml");

    private ConfigFingerprint() {
    }

    static Map<String, String> of(Path configDir) {
        Map<String, String> out = new TreeMap<>();
        for (String name : FILES) {
            String hash = hash(configDir, name);
            if (hash != null) out.put(name, hash);
        }
        return out;
    }

    private static String hash(Path configDir, String name) {
        try {
            byte[] bytes;
            Path file = configDir == null ? null : configDir.resolve(name);
            if (file != null && Files.isRegularFile(file)) {
                bytes = Files.readAllBytes(file);
            } else {
                try (InputStream in = ConfigFingerprint.class.getResourceAsStream("/config/" + name)) {
                    if (in == null) return null;
                    bytes = in.readAllBytes();
                }
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (IOException | NoSuchAlgorithmException e) {
            return null; // loading the config reports an unreadable file; an unknown hash means no rebuild
        }
    }
}
