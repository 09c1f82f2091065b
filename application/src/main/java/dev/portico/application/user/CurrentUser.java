package dev.portico.application.user;

import dev.portico.application.user.port.UserStore;
import dev.portico.domain.error.AccountGone;
import dev.portico.domain.user.User;
import dev.portico.domain.user.UserId;

/** The account behind an authenticated request. */
public final class CurrentUser {

    private final UserStore users;

    public CurrentUser(UserStore users) {
        this.users = users;
    }

    public User of(UserId id) {
        return users.findById(id)
                .orElseThrow(() -> new AccountGone(id.value()));
    }
}
