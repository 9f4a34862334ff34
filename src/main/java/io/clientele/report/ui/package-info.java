/** The managers' report views. */
@NullMarked
package io.clientele.report.ui;

import org.jspecify.annotations.NullMarked;
