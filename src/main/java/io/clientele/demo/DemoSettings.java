package io.clientele.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data: whether to seed an empty database at start-up, how many clients, and the random seed that makes every
 * run produce the same data.
 */
@ConfigurationProperties("clientele.demo")
public record DemoSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("250") int clients,
        @DefaultValue("20261123") long seed) {}
