#pragma once

#include "io/jsondocument.h"
#include "io/jsonreader.h"

#include <string>
#include <string_view>
#include <vector>

namespace entente {

// The parsing half of JsonReader: one pass over the text with an explicit stack (no
// recursion, so the depth limit is the only bound on nesting), appending nodes to a
// JsonDocument in document order. Internal to core/io.
class JsonParser
{
public:
    JsonParser(const QByteArray &source, const JsonLimits &limits, JsonDocument &doc)
        : m_begin(reinterpret_cast<const uchar *>(source.constData())), m_p(m_begin),
          m_end(m_begin + source.size()), m_limits(limits), m_doc(doc), m_nodes(doc.m_nodes)
    {
    }

    bool run();
    JsonError error() const { return m_error; }

private:
    struct Frame
    {
        quint32 node;
        quint32 count;
        quint32 keyBase; // start of this object's keys in m_keys
        bool object;
    };

    using Node = JsonDocument::Node;

    // An object key as read: the offset of its opening quote and its raw length.
    struct Key
    {
        quint32 offset;
        quint32 length;
        bool escaped;
    };

    void skipWhitespace();
    quint32 offsetOf(const uchar *p) const { return quint32(p - m_begin); }
    // The value of an object member takes over the key read just before it.
    quint32 addNode(JsonType type, const uchar *at, quint32 length, quint8 flags = 0)
    {
        const auto index = quint32(m_nodes.size());
        m_nodes.push_back(
            Node{offsetOf(at), length, index + 1, type, quint8(flags | m_keyFlags), m_keyLength});
        m_keyFlags = 0;
        m_keyLength = 0;
        return index;
    }

    bool fail(const uchar *at, const QString &message);
    bool failUnexpected(const uchar *at, const QString &expected);
    bool parseScalar();
    Q_ALWAYS_INLINE bool scanString(const uchar *&s, quint8 &flags);
    bool parseString();
    bool parseKey();
    bool parseEscape(const uchar *&s);
    bool parseNumber();
    bool openContainer(bool object);
    void closeContainer();
    bool checkDuplicateKeys(const Frame &frame);
    std::string_view keyText(const Key &key, std::string &buffer) const;
    QString currentPath() const;

    const uchar *m_begin;
    const uchar *m_p;
    const uchar *m_end;
    const JsonLimits &m_limits;
    const JsonDocument &m_doc;
    std::vector<Node> &m_nodes;
    std::vector<Frame> m_stack;
    std::vector<Key> m_keys; // keys of the open objects, innermost last
    quint16 m_keyLength = 0; // the key waiting for its value
    quint8 m_keyFlags = 0;
    bool m_afterValue = false; // for the path of an error: is the current element done?
    JsonError m_error;
};

} // namespace entente
