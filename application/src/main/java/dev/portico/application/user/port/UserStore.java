package dev.portico.application.user.port;

import dev.portico.domain.error.UsernameTaken;
import dev.portico.domain.user.NewUser;
import dev.portico.domain.user.PasswordHash;
import dev.portico.domain.user.User;
import dev.portico.domain.user.UserId;
import dev.portico.domain.user.Username;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where accounts live. Usernames are unique, enforced by the store itself, not by a prior lookup. */
public interface UserStore {

    /** Stores the account and returns it with its new id; a taken username is {@link UsernameTaken}. */
    User create(NewUser user);

    Optional<User> findById(UserId id);

    Optional<User> findByUsername(Username username);

    /** Replaces the hash, e.g. after a login with a hash whose parameters are out of date. */
    void updatePasswordHash(UserId id, PasswordHash hash);

    /** Up to {@code limit} accounts with ids above {@code afterId}, in id order. */
    List<User> listAfter(long afterId, int limit);

    /** Access tokens issued before this instant are no longer accepted for the user. */
    void setTokensNotBefore(UserId id, Instant notBefore);

    /** Every user whose "not before" is later than {@code after}: the ones that can still matter. */
    Map<UserId, Instant> tokensNotBeforeLaterThan(Instant after);
}
