/** The Client Center views, under their own layout. */
@NullMarked
package io.clientele.portal.ui;

import org.jspecify.annotations.NullMarked;
