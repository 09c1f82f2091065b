package dev.portico.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.support.FakePasswordHasher;
import dev.portico.application.support.FakeUserStore;
import dev.portico.domain.error.AccountGone;
import dev.portico.domain.user.NewUser;
import dev.portico.domain.user.Role;
import dev.portico.domain.user.User;
import dev.portico.domain.user.UserId;
import dev.portico.domain.user.Username;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListUsersTest {

    private final FakeUserStore users = new FakeUserStore();
    private final ListUsers listUsers = new ListUsers(users);

    @BeforeEach
    void fiveUsers() {
        for (String name : new String[] {"ann", "bob", "cid", "dee", "eve"}) {
            users.create(new NewUser(Username.of(name), Role.USER, FakePasswordHasher.hashOf("pw", 1),
                    Instant.parse("2026-03-02T14:30:00Z")));
        }
    }

    @Test
    void givenMoreUsersThanTheLimit_page_givesTheIdToContinueAfter() {
        ListUsers.Page page = listUsers.page(0, 2);

        assertThat(page.users()).extracting(user -> user.username().value()).containsExactly("ann", "bob");
        assertThat(page.nextAfterId()).contains(2L);
    }

    @Test
    void givenTheNextAfterId_page_continuesWhereTheLastOneEnded() {
        ListUsers.Page page = listUsers.page(2, 2);

        assertThat(page.users()).extracting(user -> user.id().value()).containsExactly(3L, 4L);
        assertThat(page.nextAfterId()).contains(4L);
    }

    @Test
    void givenTheLastUsers_page_hasNoNextAfterId() {
        ListUsers.Page page = listUsers.page(4, 2);

        assertThat(page.users()).extracting(User::id).containsExactly(new UserId(5));
        assertThat(page.nextAfterId()).isEmpty();
    }

    @Test
    void givenExactlyTheLimitLeft_page_hasNoNextAfterId() {
        ListUsers.Page page = listUsers.page(3, 2);

        assertThat(page.users()).hasSize(2);
        assertThat(page.nextAfterId()).isEmpty();
    }

    @Test
    void givenAnIdBeyondTheLast_page_isEmpty() {
        ListUsers.Page page = listUsers.page(99, 10);

        assertThat(page.users()).isEmpty();
        assertThat(page.nextAfterId()).isEmpty();
    }

    @Test
    void givenAStoredUser_currentUser_findsIt() {
        assertThat(new CurrentUser(users).of(new UserId(3)).username().value()).isEqualTo("cid");
    }

    @Test
    void givenADeletedUser_currentUser_saysTheAccountIsGone() {
        assertThatThrownBy(() -> new CurrentUser(users).of(new UserId(42)))
                .isInstanceOfSatisfying(AccountGone.class, gone -> assertThat(gone.userId()).isEqualTo(42));
    }
}
