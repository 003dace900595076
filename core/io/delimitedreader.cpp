#include "delimitedreader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

#include <array>

namespace entente {

namespace {

constexpr qint64 kChunkBytes = 256 * 1024;

// Windows-1252 differs from Latin-1 only in 0x80..0x9F. The five bytes it leaves undefined
// map to the C1 control of the same value, as the WHATWG encoding standard does.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Checks UTF-8 up to the last complete sequence. Returns how many bytes were checked; an
// incomplete sequence at the very end is left for the next chunk. *invalid is set at the
// first byte that cannot be UTF-8 (overlong forms and surrogates included).
qsizetype checkUtf8(QByteArrayView bytes, bool *invalid)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            *invalid = true;
            return i;
        }
        if (i + length > n) {
            // Possibly complete in the next chunk: check what is there.
            for (qsizetype k = i + 1; k < n; ++k) {
                const unsigned char lo = k == i + 1 ? low : 0x80;
                const unsigned char hi = k == i + 1 ? high : 0xBF;
                if (p[k] < lo || p[k] > hi) {
                    *invalid = true;
                    return i;
                }
            }
            return i;
        }
        if (p[i + 1] < low || p[i + 1] > high) {
            *invalid = true;
            return i;
        }
        for (int k = 2; k < length; ++k) {
            if (p[i + k] < 0x80 || p[i + k] > 0xBF) {
                *invalid = true;
                return i;
            }
        }
        i += length;
    }
    return i;
}

} // namespace

DelimitedReader::DelimitedReader(QIODevice *device, Options options)
    : m_device(device), m_options(std::move(options))
{
}

DelimitedReader::DelimitedReader(QIODevice *device) : m_device(device) {}

DelimitedReader::DelimitedReader(QIODevice *device, char separator) : m_device(device)
{
    m_options.separator = separator;
}

bool DelimitedReader::isValidUtf8(QByteArrayView bytes)
{
    bool invalid = false;
    return checkUtf8(bytes, &invalid) == bytes.size() && !invalid;
}

QString DelimitedReader::decode(QByteArrayView bytes, Encoding encoding)
{
    if (encoding != Encoding::Windows1252)
        return QString::fromUtf8(bytes);
    QString text = QString::fromLatin1(bytes);
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80 && u <= 0x9F)
            c = QChar(kCp1252High[u - 0x80]);
    }
    return text;
}

DelimitedReader::Encoding DelimitedReader::scanEncoding()
{
    // One pass over the whole input, then back to where it was: an encoding cannot be
    // told from a head when the first non-ASCII byte sits in row 90,000.
    if (m_device->isSequential()) {
        bool invalid = false;
        const QByteArray head = m_device->peek(kChunkBytes);
        checkUtf8(head, &invalid);
        return invalid ? Encoding::Windows1252 : Encoding::Utf8;
    }
    const qint64 start = m_device->pos();
    QByteArray chunk;
    QByteArray carry;
    bool invalid = false;
    for (;;) {
        chunk = carry + m_device->read(kChunkBytes);
        if (chunk.size() == carry.size())
            break;
        const qsizetype checked = checkUtf8(chunk, &invalid);
        if (invalid)
            break;
        carry = chunk.mid(checked);
    }
    if (!invalid && !carry.isEmpty())
        invalid = true; // the input ends inside a sequence
    m_device->seek(start);
    return invalid ? Encoding::Windows1252 : Encoding::Utf8;
}

bool DelimitedReader::fill()
{
    if (m_eof)
        return false;
    m_buffer.resize(kChunkBytes);
    const qint64 n = m_device->read(m_buffer.data(), kChunkBytes);
    m_buffer.resize(n > 0 ? n : 0);
    m_pos = 0;
    if (n <= 0) {
        m_eof = true;
        m_readError = n < 0;
        return false;
    }
    return true;
}

char DelimitedReader::detectSeparator()
{
    const QByteArray &candidates = m_options.candidates;
    if (candidates.isEmpty())
        return ',';
    QVector<int> counts(candidates.size(), 0);
    bool inQuotes = false;
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (c == '"' && m_options.quoting) {
            inQuotes = !inQuotes;
            continue;
        }
        if (inQuotes)
            continue;
        if (c == '\n' || c == '\r')
            break;
        const qsizetype k = candidates.indexOf(c);
        if (k >= 0)
            ++counts[k];
    }
    qsizetype best = 0;
    for (qsizetype k = 1; k < candidates.size(); ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    return candidates.at(best);
}

void DelimitedReader::start()
{
    m_started = true;
    m_encoding = m_options.encoding;
    if (m_encoding == Encoding::Auto && m_device->peek(3) != QByteArrayView("\xEF\xBB\xBF"))
        m_encoding = scanEncoding();
    fill();
    if (m_buffer.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;
        m_bom = true;
        if (m_encoding == Encoding::Auto)
            m_encoding = Encoding::Utf8;
    }
    if (m_encoding == Encoding::Auto)
        m_encoding = Encoding::Utf8;
    m_separator = m_options.separator ? m_options.separator : detectSeparator();
}

QByteArrayView DelimitedReader::rawField(int index) const
{
    if (index < 0 || index >= m_ends.size())
        return {};
    const qsizetype begin = index == 0 ? 0 : m_ends.at(index - 1);
    return QByteArrayView(m_record.constData() + begin, m_ends.at(index) - begin);
}

QString DelimitedReader::field(int index) const
{
    return decode(rawField(index), m_encoding);
}

QStringList DelimitedReader::fields() const
{
    QStringList out;
    out.reserve(fieldCount());
    for (int i = 0; i < fieldCount(); ++i)
        out << field(i);
    return out;
}

QString DelimitedReader::statusMessage(Status status) const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Entente::DelimitedReader", text);
    };
    switch (status) {
    case Status::Ok:
    case Status::End:
        return {};
    case Status::UnterminatedQuote:
        return tr("the file ends inside a quoted field that starts on line %1 (a missing "
                  "closing \" or a truncated file)")
            .arg(m_recordLine);
    case Status::RecordTooLong:
        return tr("the record starting on line %1 is longer than %2 MiB (a stray \"?)")
            .arg(m_recordLine)
            .arg(m_options.maxRecordBytes / (1024 * 1024));
    case Status::BinaryData:
        return tr("a NUL byte on line %1: this is not a text file").arg(m_line);
    case Status::ReadError:
        return tr("cannot be read: %1").arg(m_device->errorString());
    }
    return {};
}

DelimitedReader::Status DelimitedReader::next()
{
    if (!m_started)
        start();
    m_record.clear();
    m_ends.clear();

    const auto atEnd = [this] { return m_pos >= m_buffer.size() && !fill(); };
    const auto nextIs = [&](char c) { return !atEnd() && m_buffer.at(m_pos) == c; };

    // Blank lines between records are not records.
    for (;;) {
        if (atEnd())
            return m_readError ? Status::ReadError : Status::End;
        const char c = m_buffer.at(m_pos);
        if (c != '\n' && c != '\r')
            break;
        ++m_pos;
        if (c == '\r' && nextIs('\n'))
            ++m_pos;
        ++m_line;
    }
    m_recordLine = m_line;

    const char sep = m_separator;
    bool inQuotes = false;
    bool fieldStart = true;
    for (;;) {
        if (m_record.size() > m_options.maxRecordBytes)
            return Status::RecordTooLong;
        if (atEnd()) {
            if (m_readError)
                return Status::ReadError;
            if (inQuotes)
                return Status::UnterminatedQuote;
            m_ends.push_back(m_record.size());
            return Status::Ok;
        }
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        qsizetype i = m_pos;
        if (inQuotes) {
            while (i < size && data[i] != '"' && data[i] != '\n' && data[i] != '\r' && data[i])
                ++i;
            m_record.append(data + m_pos, i - m_pos);
            m_pos = i;
            if (i == size)
                continue;
            const char c = data[i];
            ++m_pos;
            if (c == 0)
                return Status::BinaryData;
            if (c == '"') {
                if (nextIs('"')) {
                    m_record.append('"');
                    ++m_pos;
                } else {
                    inQuotes = false;
                }
                continue;
            }
            // A line end inside quotes belongs to the field; CRLF becomes LF.
            if (c == '\r' && nextIs('\n'))
                ++m_pos;
            m_record.append('\n');
            ++m_line;
            continue;
        }
        if (fieldStart && m_options.quoting && data[i] == '"') {
            inQuotes = true;
            fieldStart = false;
            ++m_pos;
            continue;
        }
        fieldStart = false;
        // Unquoted text (and, leniently, text after a closing quote) runs to the separator.
        while (i < size && data[i] != sep && data[i] != '\n' && data[i] != '\r' && data[i])
            ++i;
        m_record.append(data + m_pos, i - m_pos);
        m_pos = i;
        if (i == size)
            continue;
        const char c = data[i];
        ++m_pos;
        if (c == 0)
            return Status::BinaryData;
        m_ends.push_back(m_record.size());
        if (c == sep) {
            fieldStart = true;
            continue;
        }
        if (c == '\r' && nextIs('\n'))
            ++m_pos;
        ++m_line;
        return Status::Ok;
    }
}

} // namespace entente
