@NullMarked
package io.clientele.project.ui;

import org.jspecify.annotations.NullMarked;
