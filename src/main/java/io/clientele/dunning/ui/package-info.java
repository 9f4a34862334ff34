/** The Payment reminders settings tab, the client overview's Reminders tab and the invoice row's reminder items. */
@NullMarked
package io.clientele.dunning.ui;

import org.jspecify.annotations.NullMarked;
