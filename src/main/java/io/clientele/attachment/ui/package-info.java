@NullMarked
package io.clientele.attachment.ui;

import org.jspecify.annotations.NullMarked;
