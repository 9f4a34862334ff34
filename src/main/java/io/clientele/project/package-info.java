/** Projects for clients, who works on them, and the time logged against them. */
@NullMarked
package io.clientele.project;

import org.jspecify.annotations.NullMarked;
