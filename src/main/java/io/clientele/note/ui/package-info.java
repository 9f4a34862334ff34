@NullMarked
package io.clientele.note.ui;

import org.jspecify.annotations.NullMarked;
