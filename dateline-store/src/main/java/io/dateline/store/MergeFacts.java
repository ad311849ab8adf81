package io.dateline.store;

import java.time.LocalDate;

/** What the merge rule compares of an event: a stored event, or its compact copy in the merge index. */
interface MergeFacts {
    String articleId();

    LocalDate date();

    int timePrecision();

    String eventType();

    String subEventType();

    String plover();

    String actor1();

    String actor1Kind();

    String actor1Country();

    String actor2();

    String country();

    Integer geoPrecision();

    /** Latitude in degrees, NaN without coordinates (primitive: the index keeps no boxed copies). */
    double lat();

    /** Longitude in degrees, NaN without coordinates. */
    double lon();
}
