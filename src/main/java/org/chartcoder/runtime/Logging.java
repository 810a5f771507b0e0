package org.chartcoder.runtime;

import java.net.URL;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import org.slf4j.LoggerFactory;

/** {@code chartcoder.log.format}: {@code text} (logback.xml) or {@code json}, one JSON object per line. */
public final class Logging {

    private Logging() {
    }

    public static void apply(String format) {
        String resource = switch (format) {
            case "text" -> "logback.xml";
            case "json" -> "logback-json.xml";
            default -> throw new IllegalArgumentException("log format must be text or json, not " + format);
        };
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        URL configuration = Logging.class.getClassLoader().getResource(resource);
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(configuration);
        } catch (JoranException e) {
            throw new IllegalStateException("cannot configure logging from " + resource, e);
        }
    }
}
