package io.dateline.actors;

import java.util.Set;

/** The actor kinds of the output contract (ACLED interaction groups plus government, organization, unknown). */
public final class ActorKind {
    public static final String STATE_FORCES = "state_forces";
    public static final String REBEL = "rebel";
    public static final String MILITIA = "militia";
    public static final String IDENTITY_MILITIA = "identity_militia";
    public static final String RIOTERS = "rioters";
    public static final String PROTESTERS = "protesters";
    public static final String CIVILIANS = "civilians";
    public static final String EXTERNAL = "external";
    public static final String GOVERNMENT = "government";
    public static final String ORGANIZATION = "organization";
    public static final String UNKNOWN = "unknown";

    public static final Set<String> ALL = Set.of(STATE_FORCES, REBEL, MILITIA, IDENTITY_MILITIA, RIOTERS, PROTESTERS,
            CIVILIANS, EXTERNAL, GOVERNMENT, ORGANIZATION, UNKNOWN);

    private ActorKind() {
    }

    /** Returns the kind unchanged, or throws if it is not one of the contract's values (catches typos in lexicons). */
    public static String checked(String kind) {
        if (!ALL.contains(kind)) {
            throw new IllegalArgumentException("unknown actor kind: " + kind);
        }
        return kind;
    }
}
