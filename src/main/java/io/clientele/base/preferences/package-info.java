/** What each user chose once and expects to find again: page sizes, visible columns. */
@NullMarked
package io.clientele.base.preferences;

import org.jspecify.annotations.NullMarked;
