/** Administration of user accounts. */
@NullMarked
package io.clientele.account.ui;

import org.jspecify.annotations.NullMarked;
