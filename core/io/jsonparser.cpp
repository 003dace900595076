#include "jsonparser.h"

#include <QCoreApplication>

#include <array>
#include <bit>
#include <cstring>
#include <unordered_map>

namespace entente {

namespace {

bool isDigit(uchar c)
{
    return c >= '0' && c <= '9';
}

int hexValue(uchar c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Four hex digits at p (p + 4 <= end checked by the caller), or -1.
int readHex4(const uchar *p)
{
    int v = 0;
    for (int i = 0; i < 4; ++i) {
        const int h = hexValue(p[i]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

// Length of the valid UTF-8 sequence at p, or 0 (overlong forms, UTF-16 surrogates and
// code points past U+10FFFF are invalid, as RFC 3629 says).
int utf8SequenceLength(const uchar *p, const uchar *end)
{
    const uchar c = p[0];
    const auto cont = [&](int i, uchar lo = 0x80, uchar hi = 0xBF) {
        return p + i < end && p[i] >= lo && p[i] <= hi;
    };
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c == 0xE0)
        return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
        return cont(1) && cont(2) ? 3 : 0;
    if (c == 0xED)
        return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (c == 0xF0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c == 0xF4)
        return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

constexpr auto kWhitespace = [] {
    std::array<bool, 256> table{};
    table[' '] = table['\n'] = table['\t'] = table['\r'] = true;
    return table;
}();

// Marks (high bit of each byte) the bytes of w that are a quote, a backslash, a control
// character or non-ASCII. Borrows can mark bytes above a true match, never below, so the
// lowest mark is exact: the string scanner skips plain bytes eight at a time.
inline quint64 specialBytes(quint64 w)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    const auto zeroByte = [](quint64 x) { return (x - ones) & ~x & highs; };
    return (w & highs) | zeroByte(w ^ (ones * '"')) | zeroByte(w ^ (ones * '\\')) |
           ((w - ones * 0x20) & ~w & highs);
}

} // namespace

void JsonParser::skipWhitespace()
{
    while (m_p < m_end && kWhitespace[*m_p])
        ++m_p;
}

bool JsonParser::fail(const uchar *at, const QString &message)
{
    m_error.message = message;
    m_error.offset = at - m_begin;
    const auto pos = m_doc.position(m_error.offset);
    m_error.line = pos.line;
    m_error.column = pos.column;
    m_error.path = currentPath();
    return false;
}

bool JsonParser::failUnexpected(const uchar *at, const QString &expected)
{
    if (at >= m_end)
        return fail(
            at, QCoreApplication::translate("Entente::JsonReader", "unexpected end of input; %1")
                    .arg(expected));
    const uchar c = *at;
    if (c == '/')
        return fail(at, QCoreApplication::translate("Entente::JsonReader",
                                                    "comments are not allowed in JSON; %1")
                            .arg(expected));
    if (c == '\'')
        return fail(at, QCoreApplication::translate("Entente::JsonReader",
                                                    "strings must be enclosed in double quotes; %1")
                            .arg(expected));
    if (c == 0)
        return fail(at, QCoreApplication::translate(
                            "Entente::JsonReader",
                            "unexpected NUL byte: the file is not UTF-8 text (UTF-16?)"));
    QString shown;
    if (c >= 0x80) {
        const int n = utf8SequenceLength(at, m_end);
        if (n == 0)
            return fail(at, QCoreApplication::translate(
                                "Entente::JsonReader",
                                "invalid UTF-8 byte 0x%1: the file must be UTF-8 encoded")
                                .arg(c, 2, 16, QLatin1Char('0')));
        shown = u'\'' + QString::fromUtf8(reinterpret_cast<const char *>(at), n) + u'\'';
    } else if (c < 0x20 || c == 0x7F) {
        shown = QStringLiteral("U+%1").arg(c, 4, 16, QLatin1Char('0'));
    } else {
        shown = u'\'' + QChar(c) + u'\'';
    }
    return fail(at, QCoreApplication::translate("Entente::JsonReader", "unexpected %1; %2")
                        .arg(shown, expected));
}

QString JsonParser::currentPath() const
{
    QString path;
    for (size_t i = 0; i < m_stack.size(); ++i) {
        const Frame &f = m_stack[i];
        const bool innermost = i + 1 == m_stack.size();
        if (f.object) {
            // The member being read is the last key recorded for this object, if any.
            const size_t keyEnd = i + 1 < m_stack.size() ? m_stack[i + 1].keyBase : m_keys.size();
            if (keyEnd > f.keyBase) {
                std::string buffer;
                if (!path.isEmpty())
                    path += u'.';
                path += QString::fromUtf8(keyText(m_keys[keyEnd - 1], buffer));
            }
        } else {
            const quint32 index = innermost && m_afterValue && f.count > 0 ? f.count - 1 : f.count;
            path += u'[' + QString::number(index) + u']';
        }
    }
    return path;
}

bool JsonParser::run()
{
    if (qint64(m_end - m_begin) > m_limits.maxBytes || qint64(m_end - m_begin) >= 0xFFFFFFFFLL)
        return fail(m_begin,
                    QCoreApplication::translate("Entente::JsonReader",
                                                "the input is %1 bytes; the limit is %2 bytes")
                        .arg(qint64(m_end - m_begin))
                        .arg(m_limits.maxBytes));
    if (m_end - m_begin >= 2 &&
        ((m_begin[0] == 0xFF && m_begin[1] == 0xFE) || (m_begin[0] == 0xFE && m_begin[1] == 0xFF)))
        return fail(m_begin,
                    QCoreApplication::translate("Entente::JsonReader",
                                                "the file is UTF-16 encoded; expected UTF-8"));
    if (m_end - m_begin >= 3 && m_begin[0] == 0xEF && m_begin[1] == 0xBB && m_begin[2] == 0xBF)
        m_p += 3; // RFC 8259 lets a parser ignore a UTF-8 byte order mark
    // Most documents have a node per 8..30 bytes; reserving an upper estimate avoids the
    // copy (and the doubled peak) of growing, and untouched capacity costs no memory.
    m_nodes.reserve(size_t((m_end - m_p) / 8 + 16));

    skipWhitespace();
    if (m_p == m_end)
        return fail(m_p, QCoreApplication::translate("Entente::JsonReader",
                                                     "the input is empty; expected a JSON value"));

    // The state machine: read a value, then look at what follows it in the open container.
    enum class State { Value, Key, AfterValue } state = State::Value;
    for (;;) {
        switch (state) {
        case State::Value:
            m_afterValue = false;
            skipWhitespace();
            if (m_p < m_end && (*m_p == '{' || *m_p == '[')) {
                const bool object = *m_p == '{';
                if (!openContainer(object))
                    return false;
                skipWhitespace();
                if (m_p < m_end && *m_p == (object ? '}' : ']')) {
                    ++m_p;
                    closeContainer();
                    state = State::AfterValue;
                } else {
                    state = object ? State::Key : State::Value;
                }
                break;
            }
            if (!parseScalar())
                return false;
            state = State::AfterValue;
            break;

        case State::Key:
            skipWhitespace();
            if (m_p >= m_end || *m_p != '"')
                return failUnexpected(m_p, QCoreApplication::translate(
                                               "Entente::JsonReader",
                                               "expected a string in double quotes as object key"));
            if (!parseKey())
                return false;
            skipWhitespace();
            if (m_p >= m_end || *m_p != ':')
                return failUnexpected(m_p,
                                      QCoreApplication::translate("Entente::JsonReader",
                                                                  "expected ':' after object key"));
            ++m_p;
            state = State::Value;
            break;

        case State::AfterValue: {
            m_afterValue = true;
            if (m_stack.empty()) {
                skipWhitespace();
                if (m_p != m_end)
                    return failUnexpected(m_p,
                                          QCoreApplication::translate(
                                              "Entente::JsonReader",
                                              "expected end of input after the top-level value"));
                return true;
            }
            Frame &top = m_stack.back();
            ++top.count;
            skipWhitespace();
            const char close = top.object ? '}' : ']';
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                m_afterValue = false; // an error now is about the next element
                skipWhitespace();
                if (m_p < m_end && *m_p == close)
                    return fail(
                        m_p, top.object
                                 ? QCoreApplication::translate(
                                       "Entente::JsonReader",
                                       "trailing comma; expected another object member after ','")
                                 : QCoreApplication::translate(
                                       "Entente::JsonReader",
                                       "trailing comma; expected another array element after ','"));
                state = top.object ? State::Key : State::Value;
            } else if (m_p < m_end && *m_p == close) {
                ++m_p;
                if (top.object && !checkDuplicateKeys(top))
                    return false;
                closeContainer();
            } else {
                return failUnexpected(
                    m_p,
                    top.object
                        ? QCoreApplication::translate("Entente::JsonReader",
                                                      "expected ',' or '}' after object member")
                        : QCoreApplication::translate("Entente::JsonReader",
                                                      "expected ',' or ']' after array element"));
            }
            break;
        }
        }
    }
}

bool JsonParser::openContainer(bool object)
{
    if (int(m_stack.size()) >= m_limits.maxDepth)
        return fail(m_p,
                    QCoreApplication::translate(
                        "Entente::JsonReader",
                        "nesting deeper than %1 levels; the limit guards against malicious files")
                        .arg(m_limits.maxDepth));
    const quint32 node = addNode(object ? JsonType::Object : JsonType::Array, m_p, 0);
    m_stack.push_back(Frame{node, 0, quint32(m_keys.size()), object});
    ++m_p;
    return true;
}

void JsonParser::closeContainer()
{
    const Frame f = m_stack.back();
    m_stack.pop_back();
    Node &n = m_nodes[f.node];
    n.length = f.count;
    n.end = quint32(m_nodes.size());
    m_keys.resize(f.keyBase);
}

std::string_view JsonParser::keyText(const Key &key, std::string &buffer) const
{
    const std::string_view raw(reinterpret_cast<const char *>(m_begin) + key.offset + 1,
                               key.length);
    if (!key.escaped)
        return raw;
    buffer = JsonDocument::unescape(raw);
    return buffer;
}

bool JsonParser::checkDuplicateKeys(const Frame &frame)
{
    const size_t first = frame.keyBase;
    const size_t count = m_keys.size() - first;
    const auto report = [&](Key earlier, Key later, std::string_view name) { // copies: m_keys grows
        const auto pos = m_doc.position(earlier.offset);
        // Point the path at the duplicate rather than at the member read last.
        m_keys.push_back(later);
        return fail(m_begin + later.offset,
                    QCoreApplication::translate(
                        "Entente::JsonReader",
                        "duplicate key \"%1\" in object (first at line %2, column %3)")
                        .arg(QString::fromUtf8(name), QString::number(pos.line),
                             QString::number(pos.column)));
    };
    std::string a, b;
    if (count <= 16) { // small objects, the usual case: compare pairs
        const bool escaped = std::any_of(m_keys.begin() + qsizetype(first), m_keys.end(),
                                         [](const Key &k) { return k.escaped; });
        for (size_t i = first; i < m_keys.size(); ++i) {
            const Key &ki = m_keys[i];
            for (size_t j = i + 1; j < m_keys.size(); ++j) {
                const Key &kj = m_keys[j];
                // Without escapes the raw bytes are the keys: lengths, first bytes, then all.
                const bool same = escaped
                                      ? keyText(ki, a) == keyText(kj, b)
                                      : ki.length == kj.length &&
                                            m_begin[ki.offset + 1] == m_begin[kj.offset + 1] &&
                                            std::memcmp(m_begin + ki.offset + 1,
                                                        m_begin + kj.offset + 1, ki.length) == 0;
                if (same)
                    return report(ki, kj, keyText(ki, a));
            }
        }
        return true;
    }
    std::vector<std::string> decoded; // keeps unescaped keys alive for the map's views
    decoded.reserve(count);
    std::unordered_map<std::string_view, size_t> seen;
    seen.reserve(count);
    for (size_t i = first; i < m_keys.size(); ++i) {
        std::string_view k = keyText(m_keys[i], a);
        if (m_keys[i].escaped) {
            decoded.push_back(a);
            k = decoded.back();
        }
        const auto [it, inserted] = seen.emplace(k, i);
        if (!inserted)
            return report(m_keys[it->second], m_keys[i], k);
    }
    return true;
}

bool JsonParser::parseScalar()
{
    if (m_p >= m_end)
        return failUnexpected(
            m_p, QCoreApplication::translate("Entente::JsonReader", "expected a JSON value"));
    const uchar c = *m_p;
    if (c == '"')
        return parseString();
    if (c == '-' || isDigit(c))
        return parseNumber();
    const auto literal = [&](std::string_view word, JsonType type, quint8 flags) {
        if (size_t(m_end - m_p) < word.size() || std::memcmp(m_p, word.data(), word.size()) != 0)
            return fail(
                m_p, QCoreApplication::translate("Entente::JsonReader",
                                                 "invalid literal; expected true, false or null"));
        addNode(type, m_p, quint32(word.size()), flags);
        m_p += word.size();
        return true;
    };
    switch (c) {
    case 't':
        return literal("true", JsonType::Bool, 1);
    case 'f':
        return literal("false", JsonType::Bool, 0);
    case 'n':
        return literal("null", JsonType::Null, 0);
    case 'N':
    case 'I':
        return fail(m_p, QCoreApplication::translate(
                             "Entente::JsonReader", "NaN and Infinity are not valid JSON numbers"));
    default:
        return failUnexpected(m_p, QCoreApplication::translate(
                                       "Entente::JsonReader",
                                       "expected a JSON value (object, array, string, number, "
                                       "true, false or null)"));
    }
}

// Scans a string from its opening quote at `s`; leaves `s` on the closing quote.
Q_ALWAYS_INLINE bool JsonParser::scanString(const uchar *&s, quint8 &flags)
{
    const uchar *start = s++;
    for (;;) {
        while (m_end - s >= 8) {
            quint64 w;
            std::memcpy(&w, s, 8); // little-endian: the first byte is the lowest
            if (const quint64 mask = specialBytes(w)) {
                s += std::countr_zero(mask) >> 3;
                break;
            }
            s += 8;
        }
        if (s >= m_end)
            return fail(
                start, QCoreApplication::translate("Entente::JsonReader",
                                                   "unterminated string; expected a closing '\"'"));
        const uchar c = *s;
        if (c == '"')
            break;
        if (c == '\\') {
            flags |= JsonDocument::Escaped;
            if (!parseEscape(s))
                return false;
        } else if (c < 0x20) {
            return fail(s, c == '\n'
                               ? QCoreApplication::translate(
                                     "Entente::JsonReader",
                                     "line break inside a string; expected \\n or a closing '\"'")
                               : QCoreApplication::translate(
                                     "Entente::JsonReader",
                                     "control character U+%1 inside a string; expected it "
                                     "escaped as \\u%1")
                                     .arg(c, 4, 16, QLatin1Char('0')));
        } else if (c >= 0xC2 && c <= 0xDF && m_end - s >= 2 && (s[1] & 0xC0) == 0x80) {
            s += 2; // two-byte sequences (Arabic, Cyrillic, accents) take the short way
        } else if (c >= 0x80) {
            const int n = utf8SequenceLength(s, m_end);
            if (n == 0)
                return fail(s, QCoreApplication::translate(
                                   "Entente::JsonReader",
                                   "invalid UTF-8 byte 0x%1 in a string: the file must be UTF-8 "
                                   "encoded")
                                   .arg(c, 2, 16, QLatin1Char('0')));
            s += n;
        } else {
            ++s;
        }
    }
    return true;
}

bool JsonParser::parseString()
{
    const uchar *s = m_p;
    quint8 flags = 0;
    if (!scanString(s, flags))
        return false;
    addNode(JsonType::String, m_p, quint32(s - m_p - 1), flags);
    m_p = s + 1;
    return true;
}

bool JsonParser::parseKey()
{
    const uchar *s = m_p;
    quint8 flags = 0;
    if (!scanString(s, flags))
        return false;
    const auto length = quint32(s - m_p - 1);
    // The member's value node keeps the key's length in 16 bits.
    if (length > 0xFFFF)
        return fail(m_p, QCoreApplication::translate("Entente::JsonReader",
                                                     "object key of %1 bytes; keys are limited "
                                                     "to 65535 bytes")
                             .arg(length));
    m_keys.push_back(Key{offsetOf(m_p), length, flags != 0});
    m_keyLength = quint16(length);
    m_keyFlags = flags ? quint8(JsonDocument::KeyEscaped) : quint8(0);
    m_p = s + 1;
    return true;
}

bool JsonParser::parseEscape(const uchar *&s)
{
    if (m_end - s < 2)
        return fail(s, QCoreApplication::translate("Entente::JsonReader",
                                                   "unterminated string; expected a closing '\"'"));
    switch (s[1]) {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
        s += 2;
        return true;
    case 'u':
        break;
    default:
        return fail(s,
                    QCoreApplication::translate(
                        "Entente::JsonReader",
                        "invalid escape '\\%1'; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t "
                        "\\uXXXX")
                        .arg(QString::fromUtf8(reinterpret_cast<const char *>(s + 1),
                                               std::max(1, utf8SequenceLength(s + 1, m_end)))));
    }
    const int unit = m_end - s >= 6 ? readHex4(s + 2) : -1;
    if (unit < 0)
        return fail(s, QCoreApplication::translate("Entente::JsonReader",
                                                   "expected four hex digits after \\u"));
    if (unit >= 0xDC00 && unit <= 0xDFFF)
        return fail(s, QCoreApplication::translate(
                           "Entente::JsonReader",
                           "lone low surrogate \\u%1; expected a high surrogate (\\uD800-\\uDBFF) "
                           "before it")
                           .arg(unit, 4, 16, QLatin1Char('0')));
    if (unit >= 0xD800 && unit <= 0xDBFF) {
        const int low = m_end - s >= 12 && s[6] == '\\' && s[7] == 'u' ? readHex4(s + 8) : -1;
        if (low < 0xDC00 || low > 0xDFFF)
            return fail(s, QCoreApplication::translate(
                               "Entente::JsonReader",
                               "lone high surrogate \\u%1; expected a low surrogate "
                               "(\\uDC00-\\uDFFF) right after it")
                               .arg(unit, 4, 16, QLatin1Char('0')));
        s += 12;
        return true;
    }
    s += 6;
    return true;
}

bool JsonParser::parseNumber()
{
    const uchar *s = m_p;
    quint8 flags = JsonDocument::IntegerLiteral;
    if (*s == '-')
        ++s;
    if (s < m_end && *s == 'I')
        return fail(m_p, QCoreApplication::translate(
                             "Entente::JsonReader", "NaN and Infinity are not valid JSON numbers"));
    if (s >= m_end || !isDigit(*s))
        return failUnexpected(
            s, QCoreApplication::translate("Entente::JsonReader", "expected a digit"));
    if (*s == '0') {
        ++s;
        if (s < m_end && isDigit(*s))
            return fail(s - 1,
                        QCoreApplication::translate("Entente::JsonReader",
                                                    "leading zeros are not allowed in numbers"));
    } else {
        while (s < m_end && isDigit(*s))
            ++s;
    }
    if (s < m_end && *s == '.') {
        flags = 0;
        ++s;
        if (s >= m_end || !isDigit(*s))
            return failUnexpected(
                s, QCoreApplication::translate("Entente::JsonReader",
                                               "expected a digit after the decimal point"));
        while (s < m_end && isDigit(*s))
            ++s;
    }
    if (s < m_end && (*s == 'e' || *s == 'E')) {
        flags = 0;
        ++s;
        if (s < m_end && (*s == '+' || *s == '-'))
            ++s;
        if (s >= m_end || !isDigit(*s))
            return failUnexpected(s,
                                  QCoreApplication::translate("Entente::JsonReader",
                                                              "expected a digit in the exponent"));
        while (s < m_end && isDigit(*s))
            ++s;
    }
    addNode(JsonType::Number, m_p, quint32(s - m_p), flags);
    m_p = s;
    return true;
}

} // namespace entente
