package dev.portico.adapters.rest.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.adapters.rest.stream.ClientCommand.Authenticate;
import dev.portico.adapters.rest.stream.ClientCommand.Invalid;
import dev.portico.adapters.rest.stream.ClientCommand.Ping;
import dev.portico.adapters.rest.stream.ClientCommand.Subscribe;
import dev.portico.adapters.rest.stream.ClientCommand.Unsubscribe;
import dev.portico.domain.quote.Symbol;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message shape a client can send, and every refusal the parser gives. */
class ClientCommandParserTest {

    private final ClientCommandParser parser = new ClientCommandParser(new ObjectMapper());

    @Test
    void anAuthMessage_carriesItsToken() {
        assertThat(parser.parse("{\"type\":\"auth\",\"token\":\"abc.def.ghi\"}")).isEqualTo(new Authenticate("abc.def.ghi"));
    }

    @Test
    void anAuthMessageWithoutAToken_carriesTheEmptyToken() {
        assertThat(parser.parse("{\"type\":\"auth\"}")).isEqualTo(new Authenticate(""));
    }

    @Test
    void anAuthMessageWithANumberForAToken_carriesItsText_asBefore() {
        assertThat(parser.parse("{\"type\":\"auth\",\"token\":42}")).isEqualTo(new Authenticate("42"));
    }

    @Test
    void aSubscribeMessage_carriesItsSymbolsInOrder() {
        assertThat(parser.parse("{\"type\":\"subscribe\",\"symbols\":[\"CSCO\",\"AAPL\"]}"))
                .isEqualTo(new Subscribe(List.of(Symbol.parse("CSCO"), Symbol.parse("AAPL"))));
    }

    @Test
    void anUnsubscribeMessage_carriesItsSymbols() {
        assertThat(parser.parse("{\"type\":\"unsubscribe\",\"symbols\":[\"MSFT\"]}"))
                .isEqualTo(new Unsubscribe(List.of(Symbol.parse("MSFT"))));
    }

    @Test
    void aPingMessage_isAPing() {
        assertThat(parser.parse("{\"type\":\"ping\"}")).isEqualTo(new Ping());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"not json", "[1,2]", "\"auth\"", "42", "", "{\"type\":"})
    void textThatIsNotAJsonObject_isInvalidAsAWhole(String text) {
        assertThat(parser.parse(text)).isEqualTo(new Invalid(ClientCommandParser.NOT_AN_OBJECT, null));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{}", "{\"type\":\"dance\"}", "{\"type\":7}", "{\"type\":null}", "{\"type\":\"AUTH\"}"})
    void aMissingOrUnknownType_isInvalidInTheTypeField(String text) {
        assertThat(parser.parse(text)).isEqualTo(new Invalid(ClientCommandParser.UNKNOWN_TYPE, "type"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{\"type\":\"subscribe\"}",
        "{\"type\":\"subscribe\",\"symbols\":[]}",
        "{\"type\":\"subscribe\",\"symbols\":\"AAPL\"}",
        "{\"type\":\"unsubscribe\",\"symbols\":null}"
    })
    void symbolsThatAreNotANonEmptyArray_areInvalidInTheSymbolsField(String text) {
        assertThat(parser.parse(text)).isEqualTo(new Invalid(ClientCommandParser.NOT_A_SYMBOL_LIST, "symbols"));
    }

    @Test
    void aSymbolThatIsNotAString_isInvalidWithoutEchoingIt() {
        assertThat(parser.parse("{\"type\":\"subscribe\",\"symbols\":[\"AAPL\",12]}"))
                .isEqualTo(new Invalid(ClientCommandParser.INVALID_SYMBOL, "symbols"));
    }

    @Test
    void anInvalidSymbol_isNamedInTheMessage() {
        assertThat(parser.parse("{\"type\":\"subscribe\",\"symbols\":[\"no way\"]}"))
                .isEqualTo(new Invalid("Invalid ticker symbol: no way", "symbols"));
    }

    @Test
    void aLongOrUnprintableInvalidSymbol_isAbbreviatedAndMadePrintable() {
        assertThat(parser.parse("{\"type\":\"unsubscribe\",\"symbols\":[\"\\u00e9toile-and-much-more-text\"]}"))
                .isEqualTo(new Invalid("Invalid ticker symbol: ?toile-and-much-...", "symbols"));
    }
}
