package io.clientele.client;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Installation settings for clients.
 *
 * @param addressFormat whether forms show structured addresses or one free-form block; both are stored
 */
@ConfigurationProperties("clientele.clients")
public record ClientSettings(@DefaultValue("STRUCTURED") AddressFormat addressFormat) {

    public enum AddressFormat {
        STRUCTURED,
        FREE_FORM
    }
}
