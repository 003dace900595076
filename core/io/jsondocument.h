#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

// A parsed JSON text that remembers where every value sits in its source (see
// JsonReader): a flat vector of 16-byte nodes, one per value, that refer into the source
// buffer. Object keys take no node of their own (a member's value node knows its key's
// length and finds it just before itself). Strings are unescaped only when asked for;
// line:column is derived on demand from a node's byte offset, so positions cost no memory
// per value.

enum class JsonType : quint8 { Null, Bool, Number, String, Array, Object };

// 1-based line and column (the column counts Unicode code points); 0 when unknown.
struct JsonPosition
{
    int line = 0;
    int column = 0;
};

class JsonDocument;

// A lightweight handle to one value of a JsonDocument; valid while the document lives.
// A default-constructed (invalid) value stands for "absent": every accessor on it returns
// the empty answer, so `obj.member("x").isString()` needs no separate presence check.
class JsonValue
{
public:
    JsonValue() = default;

    bool isValid() const { return m_doc != nullptr; }
    JsonType type() const;
    bool isNull() const { return isValid() && type() == JsonType::Null; }
    bool isBool() const { return isValid() && type() == JsonType::Bool; }
    bool isNumber() const { return isValid() && type() == JsonType::Number; }
    bool isString() const { return isValid() && type() == JsonType::String; }
    bool isArray() const { return isValid() && type() == JsonType::Array; }
    bool isObject() const { return isValid() && type() == JsonType::Object; }

    bool toBool() const;
    // The unescaped string; a null QString for anything that is not a string.
    QString toString() const;
    // The unescaped string as UTF-8; empty for anything that is not a string.
    std::string toUtf8() const;
    // True when the (unescaped) string equals `utf8`, without building a QString.
    bool stringEquals(std::string_view utf8) const;
    // The raw source bytes of a string's contents (still escaped) or of a number.
    std::string_view rawText() const;
    bool hasEscapes() const;
    // The value when it is a number with an integral value that fits in 64 bits ("5",
    // "5.0" and "5e0" all qualify); nullopt otherwise.
    std::optional<qint64> toInteger() const;
    // The value of a finite number; nullopt for non-numbers and overflowing literals.
    std::optional<double> toDouble() const;

    // Number of array elements or object members; 0 for scalars.
    qsizetype size() const;
    // The value of an object's member `key` (first match, linear), or an invalid value.
    JsonValue member(std::string_view key) const;

    // Where the value starts in the source: byte offset, and 1-based line and column
    // (the column counts Unicode code points from the start of the line).
    qint64 offset() const;
    int line() const;
    int column() const;

    static QString typeName(JsonType type); // translated: "string", "object", ...

    class ElementIterator;
    class MemberIterator;
    struct Range;
    struct MemberRange;
    Range elements() const;      // empty unless an array
    MemberRange members() const; // empty unless an object

    friend bool operator==(const JsonValue &a, const JsonValue &b)
    {
        return a.m_doc == b.m_doc && a.m_index == b.m_index;
    }

private:
    friend class JsonDocument;
    friend class JsonParser;
    friend struct JsonMember;
    JsonValue(const JsonDocument *doc, quint32 index) : m_doc(doc), m_index(index) {}

    const JsonDocument *m_doc = nullptr;
    quint32 m_index = 0;
};

// One member of an object: its value, and its key read from the source when asked for.
struct JsonMember
{
    JsonValue value;

    std::string_view rawKey() const; // as written, escapes included
    bool keyHasEscapes() const;
    QString key() const; // unescaped
    std::string keyUtf8() const;
    bool keyEquals(std::string_view utf8) const;
    qint64 keyOffset() const; // the key's opening quote
    JsonPosition keyPosition() const;
};

// The parsed form of one JSON text. Move-only values keep JsonValue handles stable: a
// JsonValue points at its document, so do not move a document that values refer to.
class JsonDocument
{
public:
    JsonDocument();
    ~JsonDocument();
    JsonDocument(JsonDocument &&) noexcept;
    JsonDocument &operator=(JsonDocument &&) noexcept;
    JsonDocument(const JsonDocument &) = delete;
    JsonDocument &operator=(const JsonDocument &) = delete;

    bool isEmpty() const { return m_nodes.empty(); }
    JsonValue root() const { return isEmpty() ? JsonValue() : JsonValue(this, 0); }
    const QByteArray &source() const { return m_source; }
    qsizetype nodeCount() const { return qsizetype(m_nodes.size()); }
    // Bytes held besides the source: the node vector's capacity and the line index.
    qint64 memoryUsage() const;

    using Position = JsonPosition;
    // Line and column of a byte offset into source().
    Position position(qint64 offset) const;

private:
    friend class JsonValue;
    friend class JsonReader;
    friend class JsonParser;
    friend struct JsonMember;

    enum NodeFlag : quint8 { Escaped = 1, IntegerLiteral = 2, KeyEscaped = 4 };

    // Strings: `offset` is the opening quote and `length` the bytes between the quotes;
    // numbers: the literal; containers: `length` counts elements or members. `end` is the
    // index after the subtree. A member's key ends in the quote before the ':' that
    // precedes `offset`, and `keyLength` bytes long (only white space may sit between).
    struct Node
    {
        quint32 offset;
        quint32 length;
        quint32 end;
        JsonType type;
        quint8 flags;
        quint16 keyLength;
    };
    static_assert(sizeof(Node) == 16);

    std::string_view rawKey(quint32 index) const;
    // The UTF-8 text of the raw contents of a valid string.
    static std::string unescape(std::string_view raw);

    struct LineIndex;

    QByteArray m_source;
    std::vector<Node> m_nodes;
    std::unique_ptr<LineIndex> m_lines; // built on first position() call
};

class JsonValue::ElementIterator
{
public:
    JsonValue operator*() const { return JsonValue(m_doc, m_index); }
    ElementIterator &operator++();
    bool operator!=(const ElementIterator &o) const { return m_index != o.m_index; }

private:
    friend class JsonValue;
    ElementIterator(const JsonDocument *doc, quint32 index) : m_doc(doc), m_index(index) {}
    const JsonDocument *m_doc;
    quint32 m_index;
};

class JsonValue::MemberIterator
{
public:
    JsonMember operator*() const { return {JsonValue(m_doc, m_index)}; }
    MemberIterator &operator++();
    bool operator!=(const MemberIterator &o) const { return m_index != o.m_index; }

private:
    friend class JsonValue;
    MemberIterator(const JsonDocument *doc, quint32 index) : m_doc(doc), m_index(index) {}
    const JsonDocument *m_doc;
    quint32 m_index;
};

struct JsonValue::Range
{
    ElementIterator first;
    ElementIterator last;
    ElementIterator begin() const { return first; }
    ElementIterator end() const { return last; }
};

struct JsonValue::MemberRange
{
    MemberIterator first;
    MemberIterator last;
    MemberIterator begin() const { return first; }
    MemberIterator end() const { return last; }
};

inline JsonType JsonValue::type() const
{
    return m_doc->m_nodes[m_index].type;
}

inline std::string_view JsonValue::rawText() const
{
    if (!m_doc)
        return {};
    const JsonDocument::Node &n = m_doc->m_nodes[m_index];
    const char *data = m_doc->m_source.constData();
    switch (n.type) {
    case JsonType::String:
        return {data + n.offset + 1, n.length};
    case JsonType::Number:
        return {data + n.offset, n.length};
    default:
        return {};
    }
}

inline bool JsonValue::hasEscapes() const
{
    return isString() && (m_doc->m_nodes[m_index].flags & JsonDocument::Escaped);
}

inline JsonValue::ElementIterator &JsonValue::ElementIterator::operator++()
{
    m_index = m_doc->m_nodes[m_index].end;
    return *this;
}

inline JsonValue::MemberIterator &JsonValue::MemberIterator::operator++()
{
    m_index = m_doc->m_nodes[m_index].end;
    return *this;
}

inline std::string_view JsonDocument::rawKey(quint32 index) const
{
    const char *data = m_source.constData();
    const char *p = data + m_nodes[index].offset;
    const auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
    do // back over white space, the ':' and white space again to the closing quote
        --p;
    while (space(*p));
    do
        --p;
    while (space(*p));
    const quint16 length = m_nodes[index].keyLength;
    return {p - length, length};
}

inline std::string_view JsonMember::rawKey() const
{
    return value.m_doc->rawKey(value.m_index);
}

inline bool JsonMember::keyHasEscapes() const
{
    return value.m_doc->m_nodes[value.m_index].flags & JsonDocument::KeyEscaped;
}

} // namespace entente
