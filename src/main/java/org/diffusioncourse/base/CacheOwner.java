package org.diffusioncourse.base;

import java.util.List;

/** Something that keeps {@link BoundedCache}s, so their statistics can be exported. */
public interface CacheOwner {

    /** The caches, each with a name unique on the site. */
    List<BoundedCache<?, ?>> caches();
}
