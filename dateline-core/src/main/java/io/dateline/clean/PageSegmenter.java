package io.dateline.clean;

import java.util.List;

/** Cuts a page of text into its stories, dropping page furniture. */
public interface PageSegmenter {
    List<ScrapedStory> segment(String pageText);
}
