package io.clientele.project;

/** Thrown for a project id that does not exist or belongs to a client the caller may not see (or in the trash). */
public class ProjectNotFoundException extends RuntimeException {

    public ProjectNotFoundException(long id) {
        super("No project with id " + id);
    }
}
