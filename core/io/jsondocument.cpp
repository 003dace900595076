#include "jsondocument.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <cstring>
#include <mutex>

namespace entente {

namespace {

constexpr quint32 kBlockShift = 16; // one line-index checkpoint per 64 KiB of source

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

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

char escapedChar(char c)
{
    switch (c) {
    case 'b':
        return '\b';
    case 'f':
        return '\f';
    case 'n':
        return '\n';
    case 'r':
        return '\r';
    case 't':
        return '\t';
    default:
        return c; // '"', '\\', '/'
    }
}

// Unescapes the raw contents of a string the parser has validated, as UTF-8.
std::string decodeUtf8(std::string_view raw)
{
    std::string out;
    out.reserve(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\') {
            out += raw[i];
            continue;
        }
        const char e = raw[++i];
        if (e != 'u') {
            out += escapedChar(e);
            continue;
        }
        char32_t cp = char32_t(readHex4(reinterpret_cast<const uchar *>(raw.data() + i + 1)));
        i += 4;
        if (cp >= 0xD800 && cp <= 0xDBFF) { // the parser guarantees the low half follows
            const auto low =
                char32_t(readHex4(reinterpret_cast<const uchar *>(raw.data() + i + 3)));
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            i += 6;
        }
        appendUtf8(out, cp);
    }
    return out;
}

// The QString of the raw contents of a string the parser has validated.
QString decodeString(std::string_view raw, bool escaped)
{
    if (!escaped)
        return raw.empty() ? QStringLiteral("")
                           : QString::fromUtf8(raw.data(), qsizetype(raw.size()));
    QString out;
    out.reserve(qsizetype(raw.size()));
    size_t run = 0;
    for (size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\')
            continue;
        out += QString::fromUtf8(raw.data() + run, qsizetype(i - run));
        const char e = raw[++i];
        if (e == 'u') {
            // \u escapes are UTF-16 units already, and pairs were checked by the parser.
            out += QChar(char16_t(readHex4(reinterpret_cast<const uchar *>(raw.data() + i + 1))));
            i += 4;
        } else {
            out += QLatin1Char(escapedChar(e));
        }
        run = i + 1;
    }
    out += QString::fromUtf8(raw.data() + run, qsizetype(raw.size() - run));
    return out;
}

// Counts code points (bytes that do not continue a UTF-8 sequence) in [p, end).
qint64 countCodePoints(const uchar *p, const uchar *end)
{
    qint64 n = 0;
    for (; p < end; ++p)
        n += (*p & 0xC0) != 0x80;
    return n;
}

// Line and column after reading [from, to), starting at line:column.
JsonDocument::Position advance(JsonDocument::Position pos, const uchar *from, const uchar *to)
{
    const uchar *lineStart = from;
    for (const uchar *p = from; p < to;) {
        const auto *nl = static_cast<const uchar *>(std::memchr(p, '\n', size_t(to - p)));
        if (!nl)
            break;
        ++pos.line;
        pos.column = 1;
        lineStart = nl + 1;
        p = nl + 1;
    }
    pos.column += int(countCodePoints(lineStart, to));
    return pos;
}

} // namespace

// Checkpoints of line:column every 64 KiB: a position costs at most one block's scan
// and the index stays a few KiB even for huge single-line (minified) files.
struct JsonDocument::LineIndex
{
    std::once_flag built;
    std::vector<Position> blocks;
};

JsonDocument::JsonDocument() : m_lines(std::make_unique<LineIndex>()) {}
JsonDocument::~JsonDocument() = default;
JsonDocument::JsonDocument(JsonDocument &&) noexcept = default;
JsonDocument &JsonDocument::operator=(JsonDocument &&) noexcept = default;

std::string JsonDocument::unescape(std::string_view raw)
{
    return decodeUtf8(raw);
}

qint64 JsonDocument::memoryUsage() const
{
    qint64 bytes = qint64(m_nodes.capacity() * sizeof(Node));
    if (m_lines)
        bytes += qint64(m_lines->blocks.capacity() * sizeof(Position));
    return bytes;
}

JsonDocument::Position JsonDocument::position(qint64 offset) const
{
    if (!m_lines || offset < 0 || offset > m_source.size())
        return {};
    const auto *data = reinterpret_cast<const uchar *>(m_source.constData());
    std::call_once(m_lines->built, [&] {
        const qint64 size = m_source.size();
        Position pos{1, 1};
        m_lines->blocks.reserve(size_t(size >> kBlockShift) + 1);
        for (qint64 start = 0; start <= size; start += qint64(1) << kBlockShift) {
            m_lines->blocks.push_back(pos);
            const qint64 stop = std::min(size, start + (qint64(1) << kBlockShift));
            pos = advance(pos, data + start, data + stop);
        }
    });
    const qint64 block = offset >> kBlockShift;
    Position pos =
        advance(m_lines->blocks[size_t(block)], data + (block << kBlockShift), data + offset);
    // Editors do not show a byte order mark, so it takes no column.
    if (pos.line == 1 && offset >= 3 && m_source.startsWith("\xEF\xBB\xBF"))
        --pos.column;
    return pos;
}

bool JsonValue::toBool() const
{
    return isBool() && (m_doc->m_nodes[m_index].flags & 1);
}

QString JsonValue::toString() const
{
    if (!isString())
        return {};
    return decodeString(rawText(), hasEscapes());
}

std::string JsonValue::toUtf8() const
{
    if (!isString())
        return {};
    return hasEscapes() ? decodeUtf8(rawText()) : std::string(rawText());
}

bool JsonValue::stringEquals(std::string_view utf8) const
{
    if (!isString())
        return false;
    if (!hasEscapes())
        return rawText() == utf8;
    return decodeUtf8(rawText()) == utf8;
}

std::optional<double> JsonValue::toDouble() const
{
    if (!isNumber())
        return std::nullopt;
    const std::string_view raw = rawText();
    double value = 0;
    const auto [ptr, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), value);
    if (ec != std::errc() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<qint64> JsonValue::toInteger() const
{
    if (!isNumber())
        return std::nullopt;
    if (m_doc->m_nodes[m_index].flags & JsonDocument::IntegerLiteral) {
        const std::string_view raw = rawText();
        qint64 value = 0;
        const auto [ptr, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), value);
        if (ec != std::errc())
            return std::nullopt;
        return value;
    }
    const auto d = toDouble();
    constexpr double kExact = 9007199254740992.0; // 2^53: doubles stay exact integers below
    if (!d || std::trunc(*d) != *d || std::fabs(*d) > kExact)
        return std::nullopt;
    return qint64(*d);
}

qsizetype JsonValue::size() const
{
    if (!isArray() && !isObject())
        return 0;
    return m_doc->m_nodes[m_index].length;
}

JsonValue JsonValue::member(std::string_view key) const
{
    for (const JsonMember &m : members()) {
        if (m.keyEquals(key))
            return m.value;
    }
    return {};
}

QString JsonMember::key() const
{
    return decodeString(rawKey(), keyHasEscapes());
}

std::string JsonMember::keyUtf8() const
{
    return keyHasEscapes() ? decodeUtf8(rawKey()) : std::string(rawKey());
}

bool JsonMember::keyEquals(std::string_view utf8) const
{
    return keyHasEscapes() ? decodeUtf8(rawKey()) == utf8 : rawKey() == utf8;
}

qint64 JsonMember::keyOffset() const
{
    return rawKey().data() - value.m_doc->m_source.constData() - 1;
}

JsonPosition JsonMember::keyPosition() const
{
    return value.m_doc->position(keyOffset());
}

qint64 JsonValue::offset() const
{
    return isValid() ? m_doc->m_nodes[m_index].offset : -1;
}

int JsonValue::line() const
{
    return isValid() ? m_doc->position(offset()).line : 0;
}

int JsonValue::column() const
{
    return isValid() ? m_doc->position(offset()).column : 0;
}

QString JsonValue::typeName(JsonType type)
{
    switch (type) {
    case JsonType::Null:
        return QCoreApplication::translate("Entente::JsonReader", "null");
    case JsonType::Bool:
        return QCoreApplication::translate("Entente::JsonReader", "boolean");
    case JsonType::Number:
        return QCoreApplication::translate("Entente::JsonReader", "number");
    case JsonType::String:
        return QCoreApplication::translate("Entente::JsonReader", "string");
    case JsonType::Array:
        return QCoreApplication::translate("Entente::JsonReader", "array");
    case JsonType::Object:
        return QCoreApplication::translate("Entente::JsonReader", "object");
    }
    return {};
}

JsonValue::Range JsonValue::elements() const
{
    if (!isArray())
        return {ElementIterator(nullptr, 0), ElementIterator(nullptr, 0)};
    const auto &n = m_doc->m_nodes[m_index];
    return {ElementIterator(m_doc, m_index + 1), ElementIterator(m_doc, n.end)};
}

JsonValue::MemberRange JsonValue::members() const
{
    if (!isObject())
        return {MemberIterator(nullptr, 0), MemberIterator(nullptr, 0)};
    const auto &n = m_doc->m_nodes[m_index];
    return {MemberIterator(m_doc, m_index + 1), MemberIterator(m_doc, n.end)};
}

} // namespace entente
