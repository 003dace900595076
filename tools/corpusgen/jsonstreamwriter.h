#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

class QIODevice;

namespace entente {

// Writes JSON to a device token by token through a buffer, so a corpus of any size can be
// produced without holding it in memory. Strings are passed as UTF-8 and escaped here.
// Elements of arrays directly under the root object start on their own line, which keeps
// the output readable and gives importers useful line numbers.
class JsonStreamWriter
{
public:
    explicit JsonStreamWriter(QIODevice *device);
    ~JsonStreamWriter();

    JsonStreamWriter(const JsonStreamWriter &) = delete;
    JsonStreamWriter &operator=(const JsonStreamWriter &) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QByteArrayView name);

    void string(QByteArrayView utf8);
    void integer(qint64 value);
    void number(double value, int decimals);

    void member(QByteArrayView name, QByteArrayView utf8)
    {
        key(name);
        string(utf8);
    }
    void member(QByteArrayView name, qint64 value)
    {
        key(name);
        integer(value);
    }

    // Writes out what is buffered; false once any write to the device has failed.
    bool flush();
    bool hasError() const { return m_error; }
    qint64 bytesWritten() const { return m_written + m_buffer.size(); }

private:
    void beforeValue();
    void maybeFlush();

    QIODevice *m_device;
    QByteArray m_buffer;
    std::vector<bool> m_firstInContainer;
    bool m_afterKey = false;
    bool m_error = false;
    qint64 m_written = 0;
};

} // namespace entente
