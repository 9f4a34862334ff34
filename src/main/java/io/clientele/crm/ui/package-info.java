@NullMarked
package io.clientele.crm.ui;

import org.jspecify.annotations.NullMarked;
