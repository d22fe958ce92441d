package org.cpchub.web.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

/**
 * Builders of JSON objects and arrays from one JSON-P provider found once. {@code Json.createObjectBuilder()} looks
 * the provider up through the service loader on every call, which made that lookup most of the time an API answer
 * took (measured with the perf profile).
 */
public final class JsonBuilders {
    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonBuilders() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonProvider provider() {
        return PROVIDER;
    }
}
