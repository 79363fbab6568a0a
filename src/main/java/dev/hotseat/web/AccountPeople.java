package dev.hotseat.web;

import dev.hotseat.account.Identity;
import dev.hotseat.review.People;
import dev.hotseat.store.Database;
import dev.hotseat.store.StoreException;
import io.javalin.http.Context;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/** The review feature's view of accounts: coaches by token or account, learners by name, sessions by owner. */
public record AccountPeople(Database db, Visitors visitors) implements People {
    // Learners go by their account name; a guest (no name) by the start of their id, so a coach can tell them apart.
    private static final String OWNER_NAME =
            "(SELECT COALESCE(p.name, 'guest ' || SUBSTR(p.id, 1, 8)) FROM people p WHERE p.id = s.owner)";

    @Override
    public String coachName(Context ctx) {
        return visitors.current(ctx).filter(Identity::coachAccount).map(Identity::name).orElse("coach");
    }

    @Override
    public Optional<String> learner(Context ctx) {
        return visitors.current(ctx).filter(who -> !who.guest() && !who.coachAccount()).map(Identity::name);
    }

    @Override
    public Optional<String> learnerNamed(String name) {
        try {
            return db.read(connection -> {
                try (PreparedStatement s = connection.prepareStatement(
                        "SELECT name FROM people WHERE name_key = ? AND role = 'learner'")) {
                    s.setString(1, name.strip().toLowerCase(Locale.ROOT));
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                    }
                }
            });
        } catch (SQLException e) {
            throw new StoreException("Cannot look up learner '" + name + "': " + e.getMessage(), e);
        }
    }

    @Override
    public String ownerColumn() {
        return OWNER_NAME;
    }
}
