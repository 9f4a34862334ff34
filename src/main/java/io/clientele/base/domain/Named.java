package io.clientele.base.domain;

/** Something users know by a name they can change: a client group, a lead source, a payment term. */
public interface Named {

    String getName();

    void setName(String name);
}
