#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVector>

class QIODevice;

namespace entente {

// A streaming reader of delimited text (RFC 4180 CSV, semicolon CSV, tab-separated) for
// the tabular importers. It reads its device in chunks, so memory is bounded by the
// longest record, not by the file; it counts lines so that every error can name one;
// and it finds the separator and the encoding itself. Separators, quotes and line ends
// are ASCII, so records are split on bytes and only the fields a caller asks for are
// decoded.
class DelimitedReader final
{
public:
    enum class Encoding { Auto, Utf8, Windows1252 };

    enum class Status {
        Ok,
        End,               // no more records
        UnterminatedQuote, // the input ended inside a quoted field
        RecordTooLong,     // a record passed maxRecordBytes (usually a stray quote)
        BinaryData,        // a NUL byte: not a text file
        ReadError
    };

    struct Options
    {
        // 0: the most frequent of `candidates` outside quotes on the first line.
        char separator = 0;
        QByteArray candidates = QByteArrayLiteral(",;\t");
        // Double quotes delimit fields (RFC 4180). Off for GDELT's raw tab files, whose
        // fields are never quoted and may contain a lone quote.
        bool quoting = true;
        // Auto: UTF-8 when the whole input is valid UTF-8, else Windows-1252. A seekable
        // device is scanned once before reading; a UTF-8 byte-order mark settles it.
        Encoding encoding = Encoding::Auto;
        qsizetype maxRecordBytes = 4 * 1024 * 1024;
    };

    // The device must be open for reading and outlive the reader.
    DelimitedReader(QIODevice *device, Options options);
    explicit DelimitedReader(QIODevice *device);
    explicit DelimitedReader(QIODevice *device, char separator);

    // Reads the next record. Empty lines are skipped. Ok: fields() and line() describe it.
    Status next();

    int fieldCount() const { return int(m_ends.size()); }
    QByteArrayView rawField(int index) const;
    QString field(int index) const; // decoded; empty past the last field
    QString trimmedField(int index) const { return field(index).trimmed(); }
    QStringList fields() const;

    int line() const { return m_recordLine; } // 1-based line the record started on
    int endLine() const { return m_line; }    // line the reader is on after it
    char separator() const { return m_separator; }
    Encoding encoding() const { return m_encoding; }
    bool hadByteOrderMark() const { return m_bom; }

    // A translated sentence for a status other than Ok and End, naming the line when useful.
    QString statusMessage(Status status) const;

    // Decodes bytes the way field() does.
    static QString decode(QByteArrayView bytes, Encoding encoding);
    static bool isValidUtf8(QByteArrayView bytes);

private:
    bool fill();  // reads the next chunk; false at the end of input
    void start(); // BOM, encoding and separator detection, before the first record
    char detectSeparator();
    Encoding scanEncoding();

    QIODevice *m_device = nullptr;
    Options m_options;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_readError = false;
    bool m_started = false;
    bool m_bom = false;
    char m_separator = ',';
    Encoding m_encoding = Encoding::Utf8;

    QByteArray m_record;       // the current record's field bytes, unescaped, back to back
    QVector<qsizetype> m_ends; // end offset of each field in m_record
    int m_line = 1;
    int m_recordLine = 0;
};

} // namespace entente
