/** The search results page that the header's search box opens. */
@NullMarked
package org.diffusioncourse.search.ui;

import org.jspecify.annotations.NullMarked;
