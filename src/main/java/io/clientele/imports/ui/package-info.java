@NullMarked
package io.clientele.imports.ui;

import org.jspecify.annotations.NullMarked;
