package dev.redcarpet.cli;

import dev.redcarpet.config.Config;
import dev.redcarpet.config.ConfigLoader;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every command takes: where the config, the articles and the index are. */
public final class CommonOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "Folder of articles (overrides config `data`).")
    Path data;

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (overrides config `index`).")
    Path index;

    @Option(names = "--config", paramLabel = "DIR", description = "Folder holding redcarpet.yaml, events.yaml and the lexicons (default: ./config, else built in).")
    Path config;

    Config load() {
        Config c = new ConfigLoader(System.getenv()).load(config);
        if (data != null) c = c.withData(data);
        if (index != null) c = c.withIndex(index);
        return c;
    }
}
