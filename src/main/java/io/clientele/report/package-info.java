/** Managers' reports over clients and billing: aggregated in SQL, per currency, never summed across currencies. */
@NullMarked
package io.clientele.report;

import org.jspecify.annotations.NullMarked;
