package io.newsroom.schemas;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** IPTC publication status of an article version. */
public enum PubStatus {
    USABLE, WITHHELD, CANCELED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PubStatus fromWire(String value) {
        return value == null ? null : valueOf(value.toUpperCase(Locale.ROOT));
    }
}
