/**
 * Tools for whoever runs a course, started from the command line of the application jar (no
 * server, no Spring context): moving a course's data between databases ({@link
 * org.diffusioncourse.operations.DatabaseCopy}) and an online backup of the embedded H2 file
 * ({@link org.diffusioncourse.operations.DatabaseBackup}). The schema they write is the
 * application's, made by the same Flyway migrations ({@link org.diffusioncourse.operations.Migrations}).
 */
@NullMarked
package org.diffusioncourse.operations;

import org.jspecify.annotations.NullMarked;
