#include "jsonstreamwriter.h"

#include <QIODevice>

#include <cstdio>

namespace entente {

namespace {
constexpr qsizetype kFlushThreshold = 1 << 20;
}

JsonStreamWriter::JsonStreamWriter(QIODevice *device) : m_device(device)
{
    m_buffer.reserve(kFlushThreshold + (kFlushThreshold >> 2));
}

JsonStreamWriter::~JsonStreamWriter()
{
    flush();
}

void JsonStreamWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_firstInContainer.empty())
        return;
    if (!m_firstInContainer.back())
        m_buffer.append(',');
    m_firstInContainer.back() = false;
    if (m_firstInContainer.size() == 2)
        m_buffer.append('\n');
}

void JsonStreamWriter::beginObject()
{
    beforeValue();
    m_buffer.append('{');
    m_firstInContainer.push_back(true);
}

void JsonStreamWriter::endObject()
{
    m_firstInContainer.pop_back();
    if (m_firstInContainer.empty())
        m_buffer.append("\n}\n");
    else
        m_buffer.append('}');
    maybeFlush();
}

void JsonStreamWriter::beginArray()
{
    beforeValue();
    m_buffer.append('[');
    m_firstInContainer.push_back(true);
}

void JsonStreamWriter::endArray()
{
    const bool empty = m_firstInContainer.back();
    m_firstInContainer.pop_back();
    if (m_firstInContainer.size() == 1 && !empty)
        m_buffer.append('\n');
    m_buffer.append(']');
    maybeFlush();
}

void JsonStreamWriter::key(QByteArrayView name)
{
    beforeValue();
    if (m_firstInContainer.size() == 1)
        m_buffer.append('\n');
    m_buffer.append('"');
    m_buffer.append(name);
    m_buffer.append("\":");
    m_afterKey = true;
}

void JsonStreamWriter::string(QByteArrayView utf8)
{
    beforeValue();
    m_buffer.append('"');
    const char *run = utf8.data();
    const char *const end = utf8.data() + utf8.size();
    // Copy unescaped runs in one go; only quotes, backslashes and control bytes need work.
    for (const char *p = run; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_buffer.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            m_buffer.append("\\\"");
            break;
        case '\\':
            m_buffer.append("\\\\");
            break;
        case '\n':
            m_buffer.append("\\n");
            break;
        case '\t':
            m_buffer.append("\\t");
            break;
        case '\r':
            m_buffer.append("\\r");
            break;
        default: {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
            m_buffer.append(escaped);
        }
        }
    }
    m_buffer.append(run, end - run);
    m_buffer.append('"');
}

void JsonStreamWriter::integer(qint64 value)
{
    beforeValue();
    m_buffer.append(QByteArray::number(value));
}

void JsonStreamWriter::number(double value, int decimals)
{
    beforeValue();
    m_buffer.append(QByteArray::number(value, 'f', decimals));
}

void JsonStreamWriter::maybeFlush()
{
    if (m_buffer.size() >= kFlushThreshold)
        flush();
}

bool JsonStreamWriter::flush()
{
    if (!m_error && !m_buffer.isEmpty()) {
        if (m_device->write(m_buffer) != m_buffer.size())
            m_error = true;
        m_written += m_buffer.size();
    }
    m_buffer.clear();
    return !m_error;
}

} // namespace entente
