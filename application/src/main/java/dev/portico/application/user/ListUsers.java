package dev.portico.application.user;

import dev.portico.application.user.port.UserStore;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.user.User;
import java.util.List;
import java.util.Optional;

/** Accounts in id order, a page at a time, for administrators. */
public final class ListUsers {

    public static final int MAX_LIMIT = 100;

    private final UserStore users;

    public ListUsers(UserStore users) {
        this.users = users;
    }

    public Page page(long afterId, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        List<User> fetched = users.listAfter(afterId, limit + 1);
        if (fetched.size() <= limit) {
            return new Page(fetched, Optional.empty());
        }
        List<User> page = fetched.subList(0, limit);
        return new Page(List.copyOf(page), Optional.of(page.get(limit - 1).id().value()));
    }

    /** One page, and the id to continue after when there are more. */
    public record Page(List<User> users, Optional<Long> nextAfterId) {

        public Page {
            users = List.copyOf(users);
        }
    }
}
