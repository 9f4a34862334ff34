package io.clientele.base.ui;

import java.util.Optional;

/**
 * The shell a signed-in user normally sees, for pages that have no route of their own (the "not available" page). A
 * feature with its own layout (the Client Center) contributes one; the back office's {@link MainLayout} is the
 * default for staff.
 */
public interface ShellFor {

    /** This feature's shell for the current user, or empty when the user is not one of its users. */
    Optional<AppShellLayout> shell();

    /** Where this shell's home is, e.g. {@code portal}. */
    String homePath();
}
