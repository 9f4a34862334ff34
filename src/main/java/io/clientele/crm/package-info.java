@NullMarked
package io.clientele.crm;

import org.jspecify.annotations.NullMarked;
