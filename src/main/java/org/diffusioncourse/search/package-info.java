/**
 * Site search: an in-memory Lucene index of the course (lessons, sections, claims, notation,
 * misconceptions and the sources each lesson cites), with English stemming and BM25 ranking,
 * built anew from each loaded course and swapped in whole, so a search never waits for a reload
 * and never sees half an index. Each result links to the exact element of the lesson page.
 */
@NullMarked
package org.diffusioncourse.search;

import org.jspecify.annotations.NullMarked;
