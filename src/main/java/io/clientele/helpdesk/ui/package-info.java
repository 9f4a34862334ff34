@NullMarked
package io.clientele.helpdesk.ui;

import org.jspecify.annotations.NullMarked;
