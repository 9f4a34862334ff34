@NullMarked
package io.clientele.client.ui;

import org.jspecify.annotations.NullMarked;
