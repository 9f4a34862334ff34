/** Compile-once JasperReports templates and their fill and PDF export; no feature knowledge. */
@NullMarked
package io.clientele.base.reporting;

import org.jspecify.annotations.NullMarked;
