package dev.portico.application.link.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.application.cluster.port.ClusterEvent;
import dev.portico.application.cluster.port.ClusterEvents;
import dev.portico.application.cluster.support.LocalClusterEvents;
import dev.portico.application.link.port.LinkWriter.CodeTaken;
import dev.portico.application.link.port.LinkWriter.Inserted;
import dev.portico.application.support.FakeLinkStore;
import dev.portico.domain.error.StoreUnavailable;
import dev.portico.domain.link.Link;
import dev.portico.domain.link.NewLink;
import dev.portico.domain.link.RedirectStatus;
import dev.portico.domain.link.ShortCode;
import dev.portico.domain.link.TargetUrl;
import dev.portico.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class AnnouncedLinkWriterTest {

    private static final Instant NOW = Instant.parse("2026-03-02T14:30:00Z");

    private final FakeLinkStore store = new FakeLinkStore();
    private final LocalClusterEvents bus = new LocalClusterEvents();
    private final List<ClusterEvent> heard = new CopyOnWriteArrayList<>();
    private final AnnouncedLinkWriter writer = new AnnouncedLinkWriter(store, bus);

    AnnouncedLinkWriterTest() {
        bus.subscribe(new ClusterEvents.Listener() {
            @Override
            public void on(ClusterEvent event) {
                heard.add(event);
            }

            @Override
            public void mayHaveMissedEvents() {
            }
        });
    }

    @Test
    void anInsert_announcesItsCode_butATakenCodeAnnouncesNothing() {
        Link link = ((Inserted) writer.insert(newLink("launch"), Optional.empty())).link();
        assertThat(writer.insert(newLink("launch"), Optional.empty())).isInstanceOf(CodeTaken.class);

        assertThat(heard).containsExactly(new ClusterEvent.LinkWritten(link.code()));
    }

    @Test
    void withoutInsertAnnouncements_anInsertIsStoredUnheard_butAnUpdateIsHeard() {
        AnnouncedLinkWriter quiet = new AnnouncedLinkWriter(store, bus, false);

        Link link = ((Inserted) quiet.insert(newLink("hushed"), Optional.empty())).link();
        assertThat(heard).isEmpty();
        quiet.delete(link.id());

        assertThat(heard).containsExactly(new ClusterEvent.LinkDeleted(link.id()));
    }

    @Test
    void anUpdateAndADelete_announceTheCodeAndTheId() {
        Link link = ((Inserted) writer.insert(newLink("launch"), Optional.empty())).link();
        heard.clear();

        writer.update(new Link(link.id(), link.code(), link.owner(), url("https://example.org/changed"), link.createdAt(),
                link.expiresIn(), link.expiresAt(), link.maxVisits(), link.redirectStatus(), link.visits(), link.version()),
                link.version());
        writer.delete(link.id());

        assertThat(heard).containsExactly(new ClusterEvent.LinkWritten(link.code()),
                new ClusterEvent.LinkDeleted(link.id()));
        assertThat(store.findByCode(link.code())).isEmpty();
    }

    private static TargetUrl url(String raw) {
        return TargetUrl.parse(raw, "https://sho.rt", false);
    }

    private static NewLink newLink(String code) {
        return new NewLink(ShortCode.custom(code), new UserId(1), url("https://example.org/a"), NOW, null, null,
                RedirectStatus.FOUND);
    }

    @Test
    void aBusThatCannotTakeTheAnnouncement_leavesTheWriteStored_andCountsIt() {
        ClusterEvents down = new ClusterEvents() {
            @Override
            public void publish(ClusterEvent event) {
                throw new StoreUnavailable(StoreUnavailable.Store.SHARED_STATE, Duration.ofSeconds(1));
            }

            @Override
            public void subscribe(Listener listener) {
            }
        };
        AnnouncedLinkWriter unheard = new AnnouncedLinkWriter(store, down);

        Link link = ((Inserted) unheard.insert(newLink("quiet"), Optional.empty())).link();

        assertThat(store.findByCode(link.code())).isPresent();
        assertThat(unheard.unannounced()).isEqualTo(1);
    }
}
