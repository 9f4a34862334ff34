@NullMarked
package io.clientele.contact.ui;

import org.jspecify.annotations.NullMarked;
