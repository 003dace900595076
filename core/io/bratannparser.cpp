#include "bratannparser.h"

#include <QCoreApplication>
#include <QHash>

namespace entente {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Entente::BratImporter", text);
}

struct Token
{
    QStringView text;
    int column = 0; // 1-based in the line
};

// Space-separated fields of `part`, which starts at 1-based `column` of its line.
QVector<Token> tokens(QStringView part, int column)
{
    QVector<Token> out;
    qsizetype i = 0;
    while (i < part.size()) {
        while (i < part.size() && (part.at(i) == u' ' || part.at(i) == u'\t'))
            ++i;
        const qsizetype start = i;
        while (i < part.size() && part.at(i) != u' ' && part.at(i) != u'\t')
            ++i;
        if (i > start)
            out.push_back({part.mid(start, i - start), column + int(start)});
    }
    return out;
}

bool toOffset(QStringView text, qint64 &out)
{
    bool ok = false;
    out = text.toLongLong(&ok);
    return ok && out >= 0 && !text.startsWith(u'+');
}

} // namespace

void BratAnnParser::error(int line, int column, const QString &message)
{
    Diagnostic d;
    d.file = m_file;
    d.line = line;
    d.column = column;
    d.message = message;
    m_errors.push_back(d);
}

QVector<BratLine> BratAnnParser::parse(QStringView ann)
{
    QVector<BratLine> out;
    QHash<QString, int> seen; // id -> line
    int number = 0;
    qsizetype pos = 0;
    while (pos < ann.size()) {
        qsizetype end = ann.indexOf(u'\n', pos);
        if (end < 0)
            end = ann.size();
        QStringView line = ann.mid(pos, end - pos);
        pos = end + 1;
        ++number;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        BratLine record;
        record.line = number;
        if (!parseLine(line, number, record))
            continue;
        if (!record.id.isEmpty()) {
            const auto it = seen.constFind(record.id);
            if (it != seen.cend()) {
                error(number, 1,
                      tr("duplicate id %1 (already used on line %2)").arg(record.id).arg(*it));
                continue;
            }
            seen.insert(record.id, number);
        }
        out.push_back(std::move(record));
    }
    return out;
}

bool BratAnnParser::parseLine(QStringView line, int number, BratLine &out)
{
    const qsizetype tab = line.indexOf(u'\t');
    if (tab < 0) {
        error(number, int(line.size()) + 1,
              tr("truncated line: expected an id, a tab and the annotation"));
        return false;
    }
    const QStringView id = line.left(tab);
    const QStringView rest = line.mid(tab + 1);
    const int restColumn = int(tab) + 2;
    const QChar kind = id.isEmpty() ? QChar() : id.at(0);
    if (id.isEmpty() || id.contains(u' ') || (kind != u'*' && id.size() < 2) ||
        (kind == u'*' && id.size() != 1)) {
        error(number, 1,
              tr("\"%1\" is not an annotation id (expected e.g. T1, R1, E1, A1, N1, "
                 "#1 or *)")
                  .arg(id));
        return false;
    }
    if (kind != u'*')
        out.id = id.toString();

    if (kind == u'T') {
        out.kind = BratLine::Kind::TextBound;
        return parseTextBound(rest, number, restColumn, out);
    }
    if (kind == u'R' || kind == u'E' || kind == u'*') {
        out.kind = kind == u'R'   ? BratLine::Kind::Relation
                   : kind == u'E' ? BratLine::Kind::Event
                                  : BratLine::Kind::Equiv;
        return parseArguments(rest, number, restColumn, out, kind != u'*');
    }
    if (kind == u'A' || kind == u'M') {
        out.kind = BratLine::Kind::Attribute;
        const QVector<Token> t = tokens(rest, restColumn);
        if (t.size() < 2) {
            error(number, int(line.size()) + 1,
                  tr("truncated line: expected \"%1<tab>Name Target [Value]\"").arg(id));
            return false;
        }
        out.type = t.at(0).text.toString();
        out.target = t.at(1).text.toString();
        out.targetColumn = t.at(1).column;
        if (t.size() > 2) {
            // Our own writer may put spaces in a value; brat itself never does.
            const int from = t.at(2).column - restColumn;
            out.value = rest.mid(from).trimmed().toString();
        }
        return true;
    }
    if (kind == u'N' || kind == u'#') {
        out.kind = kind == u'N' ? BratLine::Kind::Normalization : BratLine::Kind::Note;
        const qsizetype tab2 = rest.indexOf(u'\t');
        const QStringView head = tab2 < 0 ? rest : rest.left(tab2);
        out.text = tab2 < 0 ? QString() : rest.mid(tab2 + 1).trimmed().toString();
        const QVector<Token> t = tokens(head, restColumn);
        const int need = kind == u'N' ? 3 : 2;
        if (t.size() < need) {
            error(number, int(line.size()) + 1,
                  kind == u'N'
                      ? tr("truncated line: expected \"%1<tab>Reference Target DB:ID<tab>name\"")
                            .arg(id)
                      : tr("truncated line: expected \"%1<tab>AnnotatorNotes Target<tab>note\"")
                            .arg(id));
            return false;
        }
        out.type = t.at(0).text.toString();
        out.target = t.at(1).text.toString();
        out.targetColumn = t.at(1).column;
        if (kind == u'N') {
            out.value = t.at(2).text.toString();
            const qsizetype colon = out.value.indexOf(u':');
            if (colon <= 0 || colon == out.value.size() - 1) {
                error(number, t.at(2).column,
                      tr("\"%1\" is not a normalisation (expected DB:ID, e.g. Wikidata:Q1016)")
                          .arg(out.value));
                return false;
            }
        }
        return true;
    }
    error(number, 1,
          tr("\"%1\" is not an annotation id (expected a line starting with T, R, E, A, M, N, "
             "# or *)")
              .arg(id));
    return false;
}

bool BratAnnParser::parseTextBound(QStringView rest, int number, int column, BratLine &out)
{
    const qsizetype tab = rest.indexOf(u'\t');
    if (tab < 0) {
        error(number, column + int(rest.size()),
              tr("truncated line: expected \"%1<tab>Type start end<tab>text\"").arg(out.id));
        return false;
    }
    out.text = rest.mid(tab + 1).toString();
    out.textColumn = column + int(tab) + 1;
    const QStringView head = rest.left(tab);
    const qsizetype space = head.indexOf(u' ');
    if (space <= 0) {
        error(number, column + int(head.size()),
              tr("truncated line: expected a type and offsets \"start end\" before the text"));
        return false;
    }
    out.type = head.left(space).toString();
    out.spanColumn = column + int(space) + 1;
    // Fragments "0 5;16 23" of a discontinuous span.
    qsizetype at = space + 1;
    while (true) {
        qsizetype semi = head.indexOf(u';', at);
        const QStringView part = head.mid(at, semi < 0 ? -1 : semi - at);
        const QVector<Token> t = tokens(part, column + int(at));
        BratLine::Fragment f;
        if (t.size() != 2 || !toOffset(t.at(0).text, f.start) || !toOffset(t.at(1).text, f.end)) {
            error(number, column + int(at),
                  tr("\"%1\" is not a span (expected two offsets \"start end\", fragments "
                     "joined by ';')")
                      .arg(part));
            return false;
        }
        if (f.start >= f.end) {
            error(number, t.at(0).column,
                  f.start > f.end
                      ? tr("reversed offsets %1 %2 (expected start before end)")
                            .arg(f.start)
                            .arg(f.end)
                      : tr("empty span %1 %2 (expected start before end)").arg(f.start).arg(f.end));
            return false;
        }
        out.fragments.push_back(f);
        if (semi < 0)
            break;
        at = semi + 1;
    }
    return true;
}

bool BratAnnParser::parseArguments(QStringView rest, int number, int column, BratLine &out,
                                   bool roles)
{
    // brat writes a trailing tab after R lines; nothing follows it.
    const qsizetype tab = rest.indexOf(u'\t');
    const QStringView head = tab < 0 ? rest : rest.left(tab);
    const QVector<Token> t = tokens(head, column);
    if (t.isEmpty()) {
        error(number, column, tr("truncated line: expected a type and arguments"));
        return false;
    }
    if (out.kind == BratLine::Kind::Event) {
        // "Type:T3": the type and its trigger.
        const QStringView head0 = t.at(0).text;
        const qsizetype colon = head0.indexOf(u':');
        if (colon <= 0 || colon == head0.size() - 1) {
            error(number, t.at(0).column,
                  tr("\"%1\" is not an event head (expected Type:Trigger, e.g. Attack:T3)")
                      .arg(head0));
            return false;
        }
        out.type = head0.left(colon).toString();
        out.arguments.push_back(
            {QString(), head0.mid(colon + 1).toString(), t.at(0).column + int(colon) + 1});
    } else {
        out.type = t.at(0).text.toString();
    }
    for (qsizetype i = 1; i < t.size(); ++i) {
        const QStringView arg = t.at(i).text;
        if (!roles) {
            out.arguments.push_back({QString(), arg.toString(), t.at(i).column});
            continue;
        }
        const qsizetype colon = arg.indexOf(u':');
        if (colon <= 0 || colon == arg.size() - 1) {
            error(number, t.at(i).column,
                  tr("\"%1\" is not an argument (expected Role:Id, e.g. Arg1:T1)").arg(arg));
            return false;
        }
        out.arguments.push_back(
            {arg.left(colon).toString(), arg.mid(colon + 1).toString(), t.at(i).column});
    }
    const int have = int(out.arguments.size());
    if (out.kind == BratLine::Kind::Relation && have != 2) {
        error(number, column + int(head.size()),
              have < 2 ? tr("truncated line: expected two arguments \"Arg1:T1 Arg2:T2\"")
                       : tr("a relation takes two arguments, %1 given").arg(have));
        return false;
    }
    if (out.kind == BratLine::Kind::Equiv && have < 2) {
        error(number, column + int(head.size()),
              tr("truncated line: expected \"*<tab>Equiv T1 T2 [T3...]\""));
        return false;
    }
    return true;
}

} // namespace entente
